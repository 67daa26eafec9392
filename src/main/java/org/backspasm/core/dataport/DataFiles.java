package org.backspasm.core.dataport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The data folder's files as the export, import and backup features see them (the store implements it): backups
 * made, checked, listed and chosen for a restore, and exports written atomically. Every exception's message says
 * in plain words what went wrong.
 */
public interface DataFiles {
    /** A backup file's kinds: why it was made. */
    String DAILY = "daily";
    String BEFORE_RESTORE = "before-restore";
    String IMPORTED = "imported";
    String MANUAL = "manual";

    /** One backup in the backups folder, from its name and manifest (not yet checked whole). */
    record Listed(Path file, Instant made, String kind, int entries) {
    }

    /** A backup file checked whole: when it was made and how many journal entries it holds. */
    record Checked(Instant made, int entries) {
    }

    /** The backups folder. */
    Path folder();

    /** The backups in the folder, newest first. */
    List<Listed> list();

    /** Whether the data folder holds anything to back up. */
    boolean hasData();

    /** Takes a backup into the backups folder now; its path. */
    Path snapshot(String kind) throws IOException;

    /** Writes a backup of the data as it is now to {@code file}. */
    void writeBackup(Path file) throws IOException;

    /** Takes the day's backup unless one was taken today; empty when none was due. */
    Optional<Path> dailyIfDue() throws IOException;

    /** Checks a backup file whole (every file's size and SHA-256); refuses a damaged one. */
    Checked check(Path backup) throws IOException;

    /** Checks the backup, then marks it to replace the data at the next start (the data first saved as a backup). */
    void stageRestore(Path backup) throws IOException;

    /** Writes text to a file atomically (an export). */
    void writeText(Path file, String text) throws IOException;
}
