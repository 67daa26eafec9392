package org.backspasm.core.stretch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.backspasm.core.content.ContentException;
import org.backspasm.core.content.LocalText;
import org.backspasm.core.content.SourceRegistry;

/** Small hand-made stretches for player tests, and the shipped content files as text. */
public final class StretchFixtures {
    private StretchFixtures() {
    }

    public static Stretch stretch(String id, Dose dose, List<Gate> gates) {
        return new Stretch(id, en(id + " name"), en("line"), en("purpose"), en("Lie down."), "start",
                List.of(new StretchStep(en("Hold it."), "held", StretchStep.StepKind.HOLD, 0, ""),
                        new StretchStep(en("Let go."), "start", StretchStep.StepKind.MOVE, 3, "")),
                dose, List.of(), List.of(en("Stop if it hurts.")), gates, List.of("CSP"));
    }

    /** A text written by a test, in English only. */
    public static LocalText en(String text) {
        return LocalText.english(text, text);
    }

    /** hold 5 s, 2 reps, left then right, 3 s rest. */
    public static Stretch sided() {
        return stretch("sided", new Dose(5, 0, 2, 1, 4, 1, Sides.LEFT_THEN_RIGHT, 3), List.of());
    }

    /** 2 breaths (16 s), 1 rep, no sides. */
    public static Stretch breathing() {
        return stretch("breathing", new Dose(0, 2, 1, 1, 3, 1, Sides.NONE, 0), List.of());
    }

    public static RoutinePlan plan(Stretch... stretches) {
        return new RoutinePlan("r", en("Routine"), java.util.Arrays.stream(stretches)
                .map(s -> new PlannedStretch(s, s.dose().reps(), List.of())).toList(), List.of());
    }

    public static String resource(String name) {
        try (InputStream in = StretchFixtures.class.getResourceAsStream("/org/backspasm/content/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StretchContent shipped() throws ContentException {
        return new StretchContentLoader(p -> true, SourceRegistry.loadDefault()).load(resource(StretchContentLoader.STRETCHES_FILE),
                resource(StretchContentLoader.ROUTINES_FILE));
    }
}
