package org.backspasm.core.redflag;

/** The warning-sign content cannot be used; the message names the sign and the field. */
public final class ContentException extends Exception {
    private static final long serialVersionUID = 1L;

    public ContentException(String message) {
        super(message);
    }

    public ContentException(String message, Throwable cause) {
        super(message, cause);
    }
}
