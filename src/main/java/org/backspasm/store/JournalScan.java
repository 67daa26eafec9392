package org.backspasm.store;

import org.backspasm.core.state.Notice;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backspasm.core.journal.JournalEntry;

/**
 * One pass over the journal's bytes: the entries that can be read, how many lines cannot (bad JSON, an unknown
 * kind, a value out of range, text that is not UTF-8, a line far longer than any entry), and a torn last line (the
 * bytes after the last newline, left by a crash mid-write). An entry whose id came before is the same entry again
 * (a segment journalled twice around a crash, copies merged by hand): it is read once, and counted in
 * {@code doubled}. {@code ids} holds the id of every entry read, so the store need not work it out again. Reads only;
 * changes nothing.
 */
record JournalScan(List<JournalEntry> entries, java.util.Set<String> ids, int damaged, int tornFrom, byte[] bytes,
        int doubled) {
    /** Far longer than any entry the app writes; such a line is not read at all. */
    static final int MAX_LINE_BYTES = 1024 * 1024;

    static JournalScan of(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            bytes = new byte[0];
        }
        return of(bytes);
    }

    static JournalScan of(byte[] bytes) {
        CharsetDecoder utf8 = strictUtf8();
        List<JournalEntry> out = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        int damaged = 0;
        int doubled = 0;
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            if (!blank(bytes, start, i)) {
                JournalEntry e = decode(bytes, start, i, utf8);
                if (e == null) {
                    damaged++;
                } else if (ids.add(e.id())) {
                    out.add(e);
                } else {
                    doubled++;
                }
            }
            start = i + 1;
        }
        return new JournalScan(out, ids, damaged, start < bytes.length ? start : -1, bytes, doubled);
    }

    boolean torn() {
        return tornFrom >= 0;
    }

    byte[] tornBytes() {
        return torn() ? java.util.Arrays.copyOfRange(bytes, tornFrom, bytes.length) : new byte[0];
    }

    /** The lines that can be read, byte for byte, each with its newline: the journal without its damage. */
    byte[] readableBytes() {
        CharsetDecoder utf8 = strictUtf8();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length);
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                if (!blank(bytes, start, i) && decode(bytes, start, i, utf8) != null) {
                    out.write(bytes, start, i + 1 - start);
                }
                start = i + 1;
            }
        }
        return out.toByteArray();
    }

    /** What is wrong, a sentence for the user; only when something is. */
    Notice problem() {
        if (damaged == 0) {
            return Notice.of("journal.torn");
        }
        return torn() ? Notice.of("journal.unreadableAndTorn", damaged) : Notice.of("journal.unreadable", damaged);
    }

    private static JournalEntry decode(byte[] bytes, int from, int to, CharsetDecoder utf8) {
        if (to - from > MAX_LINE_BYTES) {
            return null;
        }
        try {
            String line = ascii(bytes, from, to) ? new String(bytes, from, to - from, StandardCharsets.ISO_8859_1)
                    : utf8.reset().decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
            return JournalCodec.decode(line);
        } catch (CharacterCodingException | RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** Most lines are plain ASCII, which needs no decoding at all. */
    private static boolean ascii(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean blank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
