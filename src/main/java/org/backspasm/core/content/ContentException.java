package org.backspasm.core.content;

/**
 * A content file the app ships with cannot be used. It names the file, the place inside it as a JSON path
 * ({@code $.stretches[2].dose.reps}) and the reason, so the file can be fixed at once.
 */
public final class ContentException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String path;
    private final String reason;

    public ContentException(String file, String path, String reason) {
        this(file, path, reason, null);
    }

    public ContentException(String file, String path, String reason, Throwable cause) {
        super(file + ", at " + path + ": " + reason, cause);
        this.file = file;
        this.path = path;
        this.reason = reason;
    }

    /** The file name, e.g. {@code stretches.json}. */
    public String file() {
        return file;
    }

    /** Where in the file, as a JSON path; {@code $} is the whole file. */
    public String path() {
        return path;
    }

    /** What is wrong there. */
    public String reason() {
        return reason;
    }
}
