package org.backspasm.core.warningsigns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers given so far and what they add up to. Immutable: {@link #with} gives a new assessment.
 * <p>
 * The level is the highest level any answered sign counts at, so adding answers can only keep or raise it.
 * A sign counts at its level for "yes"; for "not sure" one step lower but never below BOOK (so an emergency sign
 * answered "not sure" counts as URGENT). A sign with {@code countsIf} counts only when one of those was answered yes
 * or not sure; an escalation applies when one of its signs was answered yes. An EMERGENCY sign is the exception to
 * {@code countsIf}: without the other answer it still counts, as URGENT, so a yes to it never disappears (row 5:
 * sexual changes without back or leg pain still need checking today). A follow-up counts only while its question
 * is asked (its parent answered yes or not sure).
 */
public final class Assessment {
    /** What an emergency sign counts as when the answer it needs ({@code countsIf}) is not there. */
    static final Level EMERGENCY_WITHOUT_ITS_CONDITION = Level.URGENT;

    private final SignCatalog catalog;
    private final Map<String, Answer> answers;

    private Assessment(SignCatalog catalog, Map<String, Answer> answers) {
        this.catalog = catalog;
        this.answers = Collections.unmodifiableMap(answers);
    }

    public static Assessment start(SignCatalog catalog) {
        return new Assessment(catalog, new LinkedHashMap<>());
    }

    public SignCatalog catalog() {
        return catalog;
    }

    /** The assessment with this answer given (replacing an earlier answer to the same question). */
    public Assessment with(String signId, Answer answer) {
        catalog.sign(signId);
        Map<String, Answer> next = new LinkedHashMap<>(answers);
        if (answer == null) {
            next.remove(signId);
        } else {
            next.put(signId, answer);
        }
        return new Assessment(catalog, next);
    }

    public Optional<Answer> answer(String signId) {
        return Optional.ofNullable(answers.get(signId));
    }

    /** Every answer given, including any to follow-ups that are no longer asked. */
    public Map<String, Answer> allAnswers() {
        return answers;
    }

    /** The answers to the questions that are asked, in catalog order: what a record keeps. */
    public Map<String, Answer> askedAnswers() {
        Map<String, Answer> out = new LinkedHashMap<>();
        for (WarningSign s : catalog.signs()) {
            Answer a = answers.get(s.id());
            if (a != null && isAsked(s)) {
                out.put(s.id(), a);
            }
        }
        return out;
    }

    /** A follow-up is asked once its parent was answered yes or not sure; other questions always are. */
    public boolean isAsked(WarningSign sign) {
        if (!sign.isFollowUp()) {
            return true;
        }
        for (String parent : sign.askIf()) {
            Answer a = answers.get(parent);
            if (a != null && a.possiblyYes()) {
                return true;
            }
        }
        return false;
    }

    /** What this sign counts for now, or empty when it raises nothing. */
    public Optional<Finding> finding(WarningSign sign) {
        Answer a = answers.get(sign.id());
        if (a == null || a == Answer.NO || sign.isContext() || !isAsked(sign)) {
            return Optional.empty();
        }
        List<Finding.Reason> why = new ArrayList<>();
        Level level = sign.level();
        if (!sign.countsIf().isEmpty()) {
            List<WarningSign> met = new ArrayList<>();
            List<WarningSign> needed = new ArrayList<>();
            for (String other : sign.countsIf()) {
                needed.add(catalog.sign(other));
                if (possiblyYes(other)) {
                    met.add(catalog.sign(other));
                }
            }
            if (!met.isEmpty()) {
                why.add(new Finding.With(met));
            } else if (level == Level.EMERGENCY) {
                level = EMERGENCY_WITHOUT_ITS_CONDITION; // a yes to an emergency sign never disappears
                why.add(new Finding.EvenWithout(needed));
            } else {
                return Optional.empty();
            }
        }
        for (Escalation e : sign.escalations()) {
            if (e.level().isAbove(level) && e.withAny().stream().anyMatch(this::yes)) {
                level = e.level();
                if (!e.becauseText().isEmpty()) {
                    why.add(new Finding.Because(e.becauseText()));
                }
            }
        }
        if (a == Answer.NOT_SURE) {
            level = level.whenNotSure();
            why.add(new Finding.NotSure());
        }
        return Optional.of(new Finding(sign, a, level, why));
    }

    /** Every sign that raised the level, most urgent first, then in question order. */
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (WarningSign s : catalog.signs()) {
            finding(s).ifPresent(out::add);
        }
        out.sort(Comparator.comparing(Finding::level).reversed());
        return out;
    }

    /** The highest level reached; NONE when no warning sign was reported. */
    public Level level() {
        Level l = Level.NONE;
        for (WarningSign s : catalog.signs()) {
            Optional<Finding> f = finding(s);
            if (f.isPresent()) {
                l = Level.max(l, f.get().level());
            }
        }
        return l;
    }

    private boolean yes(String id) {
        WarningSign s = catalog.sign(id);
        return answers.get(id) == Answer.YES && isAsked(s);
    }

    private boolean possiblyYes(String id) {
        Answer a = answers.get(id);
        return a != null && a.possiblyYes() && isAsked(catalog.sign(id));
    }
}
