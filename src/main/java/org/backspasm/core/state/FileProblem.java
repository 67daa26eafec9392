package org.backspasm.core.state;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Why a file could not be read or written, in plain words of the {@code notices} bundle, for a message about the
 * user's data. The operating system's own message is in the language of the system (often English, whatever the
 * user chose): the common cases get our own words; any other keeps the system's detail, labelled as the system's,
 * so it is not mistaken for the app's text.
 */
public final class FileProblem {
    private FileProblem() {
    }

    /** The reason as a notice (to put inside another notice). */
    public static Notice why(Throwable e) {
        if (e instanceof NoticeException n) {
            return n.notice();
        }
        if (e instanceof AccessDeniedException) {
            return Notice.of("reason.permissionDenied");
        }
        if (e instanceof NoSuchFileException) {
            return Notice.of("reason.notThere");
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return Notice.of("reason.exists");
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return Notice.of("reason.notAFolder");
        }
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? "" : e.getMessage().strip();
        String said = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : detail;
        String lower = said.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("not enough space") || lower.contains("disk full")
                || lower.contains("quota exceeded")) {
            return Notice.of("reason.diskFull");
        }
        if (lower.contains("read-only file system")) {
            return Notice.of("reason.readOnly");
        }
        return detail.isEmpty() ? Notice.of("reason.unknown")
                : Notice.of("reason.system", detail);
    }

    /** Only the system's own detail, labelled as the system's (where our words already say what went wrong). */
    public static Notice detail(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? Notice.of("reason.unknown") : Notice.of("reason.detail", m.strip());
    }

    /** The reason in the locale's language. */
    public static String text(Throwable e, Locale locale) {
        return why(e).text(locale);
    }
}
