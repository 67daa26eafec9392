package org.backspasm.store;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Which computer has the data folder open, and since when: {@code in-use.json} beside {@code app.lock}. The OS lock
 * on {@code app.lock} keeps a second copy on the same computer out, but a sync service does not carry OS locks to
 * another computer; it does carry this file. So a second computer finds "in use on LAPTOP since 10:42" and asks the
 * user instead of silently writing (the app's {@code StartupTexts} says it in the user's language). The file is
 * written when the app opens the folder and removed when it closes
 * (only if it still names this computer and start); one left by a crash is just older.
 */
public record InUse(String machine, Instant since) {
    public static final String FILE_NAME = "in-use.json";

    /** The record in the folder when another computer wrote it; empty when none, this computer's, or unreadable. */
    public static Optional<InUse> byAnotherComputer(Path dir, String thisMachine) {
        return read(dir).filter(u -> !u.machine().equalsIgnoreCase(thisMachine));
    }

    static Optional<InUse> read(Path dir) {
        try {
            JsonObject o = JsonParser.parseString(Files.readString(dir.resolve(FILE_NAME), StandardCharsets.UTF_8))
                    .getAsJsonObject();
            String machine = o.get("machine").getAsString().strip();
            return machine.isEmpty() ? Optional.empty()
                    : Optional.of(new InUse(machine, Instant.parse(o.get("since").getAsString())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Says in the folder that this computer has it open from now on (written atomically). */
    public void claim(Path dir) throws IOException {
        JsonObject o = new JsonObject();
        o.addProperty("machine", machine);
        o.addProperty("since", since.toString());
        FileSafety.writeAtomically(dir.resolve(FILE_NAME), o + "\n");
    }

    /** Removes the record when it is still this one (another computer may have taken the folder over since). */
    public void release(Path dir) {
        try {
            if (read(dir).filter(this::equals).isPresent()) {
                Files.deleteIfExists(dir.resolve(FILE_NAME));
            }
        } catch (IOException e) {
            // left behind: the next start on another computer asks once more, which is harmless
        }
    }

    /**
     * This computer's name as people see it: {@code COMPUTERNAME} on Windows, the kernel's host name on Linux,
     * {@code HOSTNAME}, then the network's name for it; "this computer" when none is known. Never a network lookup
     * that could hang the start when a cheaper answer exists.
     */
    public static String thisMachine() {
        String name = System.getenv("COMPUTERNAME");
        for (String file : new String[] {"/proc/sys/kernel/hostname", "/etc/hostname"}) {
            if (blank(name)) {
                name = firstLine(Path.of(file));
            }
        }
        if (blank(name)) {
            name = System.getenv("HOSTNAME");
        }
        if (blank(name)) {
            try {
                name = java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException | RuntimeException e) {
                name = null;
            }
        }
        return blank(name) ? "this computer" : name.strip();
    }

    private static String firstLine(Path file) {
        try {
            return Files.isReadable(file) ? Files.readAllLines(file).stream().findFirst().orElse(null) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
