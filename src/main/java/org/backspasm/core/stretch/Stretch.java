package org.backspasm.core.stretch;

import java.util.List;
import java.util.Optional;

/**
 * One stretch as written in the content file: a one-line description that goes with the picture, why it helps,
 * the start position, the steps of one repetition, the dose, cautions, when to stop, what certain health conditions
 * change, and the ids of the sources behind it.
 */
public record Stretch(
        String id,
        String name,
        String line,
        String purpose,
        String startText,
        String startPose,
        List<StretchStep> steps,
        Dose dose,
        List<String> cautions,
        List<String> stopIf,
        List<Gate> gates,
        List<String> sources) {

    public Stretch {
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
        stopIf = List.copyOf(stopIf);
        gates = List.copyOf(gates);
        sources = List.copyOf(sources);
    }

    public Optional<Gate> gate(Caution caution) {
        return gates.stream().filter(g -> g.caution() == caution).findFirst();
    }
}
