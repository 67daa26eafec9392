package org.backspasm.core.state;

import java.io.IOException;

/**
 * A file problem whose words are a {@link Notice}, so the window tells it in the user's language (the message, for
 * logs, is the English).
 */
public final class NoticeException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Notice notice;

    public NoticeException(Notice notice) {
        super(notice.english());
        this.notice = notice;
    }

    public NoticeException(Notice notice, Throwable cause) {
        super(notice.english(), cause);
        this.notice = notice;
    }

    public Notice notice() {
        return notice;
    }

    /** The words of a file problem in the locale's language: a notice's own, else {@link FileProblem}'s. */
    public static String text(IOException e, java.util.Locale locale) {
        return FileProblem.text(e, locale);
    }
}
