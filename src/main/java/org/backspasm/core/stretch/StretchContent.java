package org.backspasm.core.stretch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backspasm.core.content.LocalText;

/** All stretches (in file order) and the shipped routines, validated. */
public final class StretchContent {
    private final Map<String, Stretch> stretches = new LinkedHashMap<>();
    private final List<Routine> routines;
    private final List<LocalText> generalAdvice;
    private final List<String> generalSources;

    public StretchContent(List<Stretch> stretches, List<Routine> routines, List<LocalText> generalAdvice,
            List<String> generalSources) {
        stretches.forEach(s -> this.stretches.put(s.id(), s));
        this.routines = List.copyOf(routines);
        this.generalAdvice = List.copyOf(generalAdvice);
        this.generalSources = List.copyOf(generalSources);
    }

    public List<Stretch> stretches() {
        return List.copyOf(stretches.values());
    }

    public Stretch stretch(String id) {
        Stretch s = stretches.get(id);
        if (s == null) {
            throw new IllegalArgumentException("No stretch " + id);
        }
        return s;
    }

    /** The stretches written as a variant of another for a caution (e.g. only part way): not offered on their own. */
    public java.util.Set<String> variantIds() {
        java.util.Set<String> out = new java.util.HashSet<>();
        stretches.values().forEach(s -> s.gates().stream().filter(g -> g.effect() == Gate.Effect.REPLACE)
                .forEach(g -> out.add(g.replaceWith())));
        return out;
    }

    /** The stretches a user may add to a routine: all but the variants. */
    public List<Stretch> offered() {
        java.util.Set<String> variants = variantIds();
        return stretches.values().stream().filter(s -> !variants.contains(s.id())).toList();
    }

    public boolean has(String id) {
        return stretches.containsKey(id);
    }

    public List<Routine> routines() {
        return routines;
    }

    public Optional<Routine> routine(String id) {
        return routines.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Advice that goes with every routine (how often, when to stop, how long to keep going). */
    public List<LocalText> generalAdvice() {
        return generalAdvice;
    }

    /** The source ids behind {@link #generalAdvice()}. */
    public List<String> generalSources() {
        return generalSources;
    }
}
