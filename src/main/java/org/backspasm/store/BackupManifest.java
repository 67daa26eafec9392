package org.backspasm.store;

import java.time.Instant;
import java.util.List;
import org.backspasm.core.dataport.DataFiles;

/**
 * The {@code manifest.json} inside a backup file: what made it, when, why, how many journal entries it holds, and
 * the size and SHA-256 of each data file in it (a file the data folder did not have is not listed).
 *
 * @param kind why it was made: {@link #DAILY}, {@link #BEFORE_RESTORE}, {@link #IMPORTED} or {@link #MANUAL}
 */
public record BackupManifest(String format, int formatVersion, String appVersion, int schemaVersion,
        Instant createdAt, String kind, int entries, List<FileSum> files) {
    public static final String FORMAT = "back-spasm-companion-backup";
    public static final int FORMAT_VERSION = 1;
    public static final String DAILY = DataFiles.DAILY;
    public static final String BEFORE_RESTORE = DataFiles.BEFORE_RESTORE;
    public static final String IMPORTED = DataFiles.IMPORTED;
    public static final String MANUAL = DataFiles.MANUAL;

    public BackupManifest {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** One data file: its name in the data folder, its size in bytes and its SHA-256 (lower-case hex). */
    public record FileSum(String name, long bytes, String sha256) {
    }
}
