package org.backspasm.core.stretch;

/** A content file is broken; the message names the file, the item and the field at fault. */
public final class ContentException extends Exception {
    public ContentException(String message) {
        super(message);
    }
}
