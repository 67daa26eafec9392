package org.backspasm.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The operating system's own message (English, whatever the user chose) never passes for the app's words: the common
 * cases are said in the user's language, any other keeps the system's detail labelled as the system's.
 */
class FileProblemTest {
    private static final Locale ES = Locale.forLanguageTag("es");

    @Test
    void theCommonCasesAreSaidInSpanish() {
        assertEquals("permiso denegado", FileProblem.text(new AccessDeniedException("/home/ana/datos"), ES));
        assertEquals("el archivo o la carpeta no existe", FileProblem.text(new NoSuchFileException("/x/y"), ES));
        assertEquals("el disco está lleno",
                FileProblem.text(new FileSystemException("/x", null, "No space left on device"), ES));
        assertEquals("ya hay un archivo con ese nombre",
                FileProblem.text(new java.nio.file.FileAlreadyExistsException("/x"), ES));
        assertEquals("no es una carpeta", FileProblem.text(new java.nio.file.NotDirectoryException("/x"), ES));
        assertEquals("el disco está lleno", FileProblem.text(new IOException("No space left on device"), ES));
        assertEquals("el disco o la carpeta solo se puede leer, no escribir",
                FileProblem.text(new FileSystemException("/x", null, "Read-only file system"), ES));
        assertEquals("no se pudo escribir el diario",
                FileProblem.text(new NoticeException(Notice.of("reason.journalNotWritten")), ES));
    }

    @Test
    void anyOtherKeepsTheSystemsDetailLabelledAsTheSystems() {
        assertEquals("un error de archivo; detalle del sistema: «Input/output error»",
                FileProblem.text(new IOException("Input/output error"), ES));
        assertEquals("detalle del sistema: «zip END header not found»",
                FileProblem.detail(new java.util.zip.ZipException("zip END header not found")).text(ES));
        assertEquals("un error de archivo, sin más detalles", FileProblem.text(new IOException(), ES));
        assertEquals("a file error; the system's own detail: «Input/output error»",
                FileProblem.text(new IOException("Input/output error"), Locale.UK));
    }

    @Test
    void aDataNoticeAboutADiskErrorIsInSpanishAroundTheSystemsDetail() {
        Notice n = Notice.of("journal.cannotOpen", FileProblem.why(new IOException("Stale file handle")));
        assertEquals("No se pudo abrir su diario (un error de archivo; detalle del sistema: «Stale file handle»). "
                + "Las nuevas entradas se seguirán añadiendo.", n.text(ES));
    }
}
