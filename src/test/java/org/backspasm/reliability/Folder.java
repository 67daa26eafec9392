package org.backspasm.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a data folder holds, file by file, to tell whether anything changed and whether bytes were kept. */
final class Folder {
    private Folder() {
    }

    /**
     * File name to SHA-256 of its bytes (the instance lock file left out: it is not data; folders too: the app's
     * daily backup goes into {@code backups/}, a copy of the data, not a change to it).
     */
    static Map<String, String> digests(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                if (!p.getFileName().toString().equals("app.lock") && !Files.isDirectory(p)) {
                    out.put(p.getFileName().toString(), digest(p));
                }
            }
        }
        return out;
    }

    static String digest(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * True when the bytes are still in the folder: as a file of their own (the file itself, or a copy kept beside
     * it), or, for a journal whose half-written last line was cut off, as the journal followed by that line's copy.
     */
    static boolean keeps(Path dir, byte[] bytes, Path file) throws IOException {
        String want = digest(bytes);
        Map<String, String> all = digests(dir);
        if (all.containsValue(want)) {
            return true;
        }
        byte[] head = Files.readAllBytes(file);
        for (String name : all.keySet()) {
            if (name.startsWith(file.getFileName() + ".torn.kept-")
                    && digest(Damage.concat(head, Files.readAllBytes(dir.resolve(name)))).equals(want)) {
                return true;
            }
        }
        return false;
    }
}
