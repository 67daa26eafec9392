package org.backspasm.core.stretch;

import java.util.List;

/** {@code stretches.json} and {@code routines.json} as Gson binds them, before {@link StretchContentLoader} checks them. */
final class StretchFiles {
    private StretchFiles() {
    }

    record Stretches(General general, List<RawStretch> stretches) {
    }

    record General(List<String> advice, List<String> sources) {
    }

    record RawStretch(String id, String name, String line, String purpose, Start start, List<RawStep> steps,
            RawDose dose, List<String> cautions, List<String> stopIf, List<RawGate> gates, List<String> sources) {
    }

    record Start(String text, String pose) {
    }

    record RawStep(String kind, String text, String pose, Integer seconds, String loopPose) {
    }

    record RawDose(Integer holdSeconds, Integer breaths, Integer reps, Integer minReps, Integer maxReps,
            Integer repStep, String sides, Integer restSeconds) {
    }

    record RawGate(String caution, String effect, String reason, String replaceWith) {
    }

    record Routines(List<RawRoutine> routines) {
    }

    record RawRoutine(String id, String name, String summary, String howOften, List<String> stretches,
            List<String> sources) {
    }
}
