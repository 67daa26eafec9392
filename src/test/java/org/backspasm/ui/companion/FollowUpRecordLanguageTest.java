package org.backspasm.ui.companion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.backspasm.core.companion.FollowUpDismissals;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.testing.FakeClock;
import org.backspasm.ui.text.Lang;
import org.junit.jupiter.api.Test;

/** The follow-up card's "record for my doctor" is written in the user's language: the page, its file name, a failure. */
class FollowUpRecordLanguageTest {
    private final FakeClock clock = FakeClock.at("2026-12-03T10:00:00Z");
    private final List<JournalEntry> journal = new ArrayList<>(List.of(
            new PainRating(Instant.parse("2026-12-01T09:00:00Z"), 6, "", "")));
    private final Map<Path, String> written = new HashMap<>();
    private final List<Path> opened = new ArrayList<>();

    private FollowUpModel model(Lang lang, boolean diskFull) {
        return new FollowUpModel(() -> journal, journal::add, () -> Optional.of(Instant.parse("2026-11-20T08:00:00Z")),
                clock, new FollowUpModel.Dismissals() {
                    @Override
                    public FollowUpDismissals load() {
                        return FollowUpDismissals.none();
                    }

                    @Override
                    public void save(FollowUpDismissals d) {
                    }
                }, Path.of("records"), opened::add, (file, text) -> {
                    if (diskFull) {
                        throw new java.nio.file.FileSystemException(file.toString(), null, "No space left on device");
                    }
                    written.put(file, text);
                }, lang);
    }

    @Test
    void inSpanishTheRecordIsInSpanishWithASpanishFileName() {
        model(new Lang(Locale.forLanguageTag("es-MX")), false).openDoctorRecord();
        Path file = Path.of("records", "registro-para-el-medico-2026-12-03.html");
        assertEquals(List.of(file), opened);
        String html = written.get(file);
        assertTrue(html.contains("Compañero para el dolor de espalda"), "the app's name in Spanish");
        assertTrue(html.contains("lang=\"es"), "the page says it is Spanish");
        assertFalse(html.contains("Back Spasm Companion"), "no English app name");
        assertFalse(html.contains("Pain ratings"), "no English section heading");
    }

    @Test
    void aFailureIsToldInSpanishWithTheSystemsDetailNamedAsSuch() throws IOException {
        FollowUpModel m = model(new Lang(Locale.forLanguageTag("es")), true);
        m.openDoctorRecord();
        String said = m.messageProperty().get();
        assertTrue(said.startsWith("No se pudo guardar el registro (el disco está lleno)"), said);
        assertFalse(said.contains("No space left"), said);
    }
}
