package org.backspasm.ui.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a file to import: UTF-8 (with or without a byte-order mark), or, when it is not valid UTF-8, the
 * Windows Western encoding older spreadsheets save in (so "Müller" does not stop an import).
 */
final class ImportText {
    private ImportText() {
    }

    /** Thrown when the file is larger than anything worth reading. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("too large");
        }
    }

    static String read(Path file, long max) throws IOException {
        if (Files.size(file) > max) {
            throw new TooLarge();
        }
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
