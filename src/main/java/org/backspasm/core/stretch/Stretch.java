package org.backspasm.core.stretch;

import java.util.List;
import java.util.Optional;
import org.backspasm.core.content.LocalText;

/**
 * One stretch as written in the content file: a one-line description that goes with the picture, why it helps,
 * the start position, the steps of one repetition, the dose, cautions, when to stop, what certain health conditions
 * change, and the ids of the sources behind it. Its words are {@link LocalText}s, the content file's texts in every language.
 */
public record Stretch(
        String id,
        LocalText name,
        LocalText line,
        LocalText purpose,
        LocalText startText,
        String startPose,
        List<StretchStep> steps,
        Dose dose,
        List<LocalText> cautions,
        List<LocalText> stopIf,
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
