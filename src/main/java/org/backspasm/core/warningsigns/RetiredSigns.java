package org.backspasm.core.warningsigns;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Questions the check asked in earlier versions, kept so that checks saved in the journal still read as they were
 * answered. A question whose meaning changes gets a new id (an old "no" to "are both legs painful?" is not a "no"
 * to "is there new pain in both legs since the back pain began?"), and its old id and words stay here for good.
 * Never reuse a retired id for a new question.
 */
public final class RetiredSigns {

    /**
     * One retired question.
     *
     * @param id         the id saved in old records
     * @param question   the question as the user read it then
     * @param label      the sign in a few words, as it was listed in a result then
     * @param replacedBy the ids of the questions that ask it now (an old record's answer sits beside them)
     */
    public record Retired(String id, String question, String label, List<String> replacedBy) {
        public Retired {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(label, "label");
            replacedBy = List.copyOf(replacedBy);
        }
    }

    /**
     * Retired in November 2026 (issue 10): "new" now covers every clause; combined questions split in two. Then in
     * December 2026 (issue 15), below.
     */
    private static final List<Retired> ALL = List.of(
            new Retired("bladder-trouble",
                    "Is it newly hard to start peeing, is the flow weak, or can you no longer feel when your bladder "
                            + "is full?",
                    "New trouble starting to pee, a weak flow, or not feeling a full bladder",
                    List.of("bladder-new-or-worse")),
            new Retired("bladder-leaking",
                    "Have you started leaking urine, or lost control of your bladder?",
                    "New leaking of urine or loss of bladder control",
                    List.of("new-bladder-leaking")),
            new Retired("bowel-control",
                    "Have you lost control of your bowels, or can you no longer feel when you need to open them?",
                    "Loss of bowel control, or not feeling the need to open the bowels",
                    List.of("new-bowel-control")),
            new Retired("both-legs",
                    "Are both of your legs painful, numb, tingling or weak?",
                    "Pain, pins and needles, numbness or weakness in both legs",
                    List.of("new-both-legs")),
            new Retired("fever-very-unwell",
                    "Do you have a high temperature (38 °C / 100.4 °F or more) or shivers, and feel very unwell?",
                    "A high temperature or shivers, and feeling very unwell",
                    List.of("fever", "very-unwell-signs")),
            new Retired("night-pain",
                    "Is the pain worse at night or does it wake you, and does it stay the same however you rest or "
                            + "change position?",
                    "Pain worse at night, waking you, not eased by rest or moving",
                    List.of("night-pain-wakes")),
            new Retired("long-term-steroids",
                    "Have you been taking steroid tablets for months?",
                    "Taking steroid tablets for months",
                    List.of("steroid-tablets-months")),
            new Retired("first-back-pain-age",
                    "Is this the first time you have ever had back pain, and are you over 50 or under 20?",
                    "First back pain ever, and over 50 or under 20",
                    List.of("first-back-pain", "under-20-or-over-50")),
            // Retired in December 2026 (issue 15, CLINICAL-FACTS 4b): questions that caught what an ordinary spasm
            // does (walking changed, any lift, over 50, pain on turning in bed) ask only the sign now, one at a time.
            new Retired("new-bladder-trouble",
                    "Since the back pain began, has peeing changed: has it become hard to start, has the flow become "
                            + "weak, or can you no longer feel when your bladder is full?",
                    "New since the back pain: hard to start peeing, a weak flow, or not feeling a full bladder",
                    List.of("bladder-new-or-worse")),
            new Retired("unsteady-sudden",
                    "Have you suddenly become unsteady on your feet, or suddenly can't walk the way you usually do?",
                    "Suddenly unsteady, or suddenly walking differently",
                    List.of("legs-heavy-sudden", "balance-lost-sudden")),
            new Retired("belly-pulsing",
                    "Can you feel a throbbing or pulsing in your belly, or did sudden, severe pain in your back or "
                            + "belly come with feeling faint?",
                    "Throbbing in the belly, or sudden severe pain with feeling faint",
                    List.of("belly-pulse-new", "sudden-pain-faint")),
            new Retired("weakness",
                    "Is a leg or an arm weaker than usual or getting weaker, or does a foot drag or slap on the ground "
                            + "as you walk?",
                    "A leg or arm weaker than usual, or a foot that drags or slaps",
                    List.of("limb-weaker", "foot-drags")),
            new Retired("unsteady",
                    "Do you feel unsteady, has the way you walk changed, or do your legs feel heavy?",
                    "Unsteady, walking differently, or legs feel heavy",
                    List.of("unsteady-on-feet", "legs-heavy")),
            new Retired("minor-fall",
                    "Did the pain begin after a small fall, a knock, or lifting something?",
                    "Began after a small fall or lifting something",
                    List.of("fall-or-heavy-lift")),
            new Retired("over-50",
                    "Are you over 50?",
                    "Over 50",
                    List.of("age-70-or-over")),
            new Retired("feel-very-unwell",
                    "Do you feel very unwell?",
                    "Feeling very unwell, with a temperature or shivers",
                    List.of("very-unwell-signs")),
            new Retired("infection-risk",
                    "Do you inject drugs, or have a weakened immune system, or have you had an infection recently?",
                    "Inject drugs, a weakened immune system, or a recent infection",
                    List.of("inject-drugs", "weak-immune", "recent-infection")),
            new Retired("night-pain-worse",
                    "Is the pain worse at night?",
                    "Pain worse at night",
                    List.of("night-pain-wakes")),
            new Retired("rest-does-not-ease",
                    "Does the pain stay the same however you rest or change position?",
                    "Pain not eased by rest or by changing position",
                    List.of("night-pain-wakes")));

    private RetiredSigns() {
    }

    public static List<Retired> all() {
        return ALL;
    }

    public static Optional<Retired> find(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
