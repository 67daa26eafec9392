package org.backspasm.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import org.backspasm.core.journal.PainRating;
import org.backspasm.testing.FakeClock;
import org.backspasm.ui.text.Lang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A screen reader hears each point of the pain chart in the user's language, not JavaFX's own English. */
class PainChartAccessibleTest extends FxRobot {

    @AfterEach
    void cleanup() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void eachPointIsDescribedInSpanish() throws Exception {
        FxToolkit.registerPrimaryStage();
        FakeClock clock = FakeClock.at("2026-12-03T12:00:00Z");
        List<PainRating> ratings = List.of(new PainRating(Instant.parse("2026-12-01T09:00:00Z"), 6, "", ""),
                new PainRating(Instant.parse("2026-12-03T08:30:00Z"), 3, "", ""));
        interact(() -> {
            PainChart chart = new PainChart(clock, new Lang(Locale.forLanguageTag("es-ES")).texts("journal"));
            chart.show(ratings);
            List<Node> symbols = chart.lookupAll(".chart-line-symbol").stream().toList();
            assertEquals(2, symbols.size());
            assertEquals(List.of("Dolor 6 de 10, mar 1 dic 2026, 09:00", "Dolor 3 de 10, jue 3 dic 2026, 08:30"),
                    symbols.stream().map(Node::getAccessibleText).sorted((a, b) -> b.compareTo(a)).toList());
            symbols.forEach(s -> assertEquals("Valoración del dolor", s.getAccessibleRoleDescription()));
            assertEquals("Gráfico de sus valoraciones del dolor de los últimos 14 días", chart.getAccessibleText());
        });
    }
}
