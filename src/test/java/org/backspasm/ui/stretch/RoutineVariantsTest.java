package org.backspasm.ui.stretch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backspasm.core.stretch.Caution;
import org.backspasm.core.stretch.CautionAnswers;
import org.backspasm.core.stretch.Gate;
import org.backspasm.core.stretch.PlayerPhase;
import org.backspasm.core.stretch.PlannedStretch;
import org.backspasm.core.stretch.Routine;
import org.backspasm.core.stretch.RoutinePlan;
import org.backspasm.core.stretch.RoutinePlanner;
import org.backspasm.core.stretch.Stretch;
import org.backspasm.core.stretch.StretchState;
import org.backspasm.core.stretch.StretchStep;
import org.backspasm.ui.stretch.figure.Pose;
import org.junit.jupiter.api.Test;

/**
 * The osteoporosis and pregnancy variants of every shipped routine, judged from what is actually played: the poses
 * shown (read from the figure data, not from the gates) and the step texts.
 */
class RoutineVariantsTest {
    private static final StretchLibrary LIB = StretchLibrary.load();
    /** Poses that go to the end of forward bending or twisting: not for osteoporosis. */
    private static final Set<String> FULL_RANGE = Set.of("knee-chest", "cat", "child", "rolls-side");

    private static RoutinePlan plan(Routine r, Caution... cautions) {
        StretchState state = StretchState.EMPTY.withCautions(CautionAnswers.answered(Set.of(cautions)));
        return new RoutinePlanner(LIB.content()).plan(r, state);
    }

    private static List<String> poses(Stretch s) {
        List<String> out = new ArrayList<>(List.of(s.startPose()));
        s.steps().forEach(st -> out.add(st.pose()));
        return out;
    }

    /** Lying on the back, from the figure itself: seen from above on the mat, or trunk level and low, head first. */
    private static boolean onBack(String poseId) {
        Pose p = LIB.poses().get(poseId);
        if (p.topView()) {
            return true;
        }
        double t = ((p.torso() % 360) + 360) % 360;
        return Math.abs(t - 180) < 30 && p.hip()[1] < 35;
    }

    private static boolean liesOnBack(Stretch s) {
        return poses(s).stream().anyMatch(RoutineVariantsTest::onBack);
    }

    @Test
    void osteoporosisVariantOfEveryRoutine() {
        assertTrue(LIB.ok(), () -> String.valueOf(LIB.problem()));
        for (Routine r : LIB.content().routines()) {
            RoutinePlan plan = plan(r, Caution.OSTEOPOROSIS);
            assertFalse(plan.stretches().isEmpty(), r.id());
            for (PlayerPhase ph : plan.phases()) {
                assertFalse(FULL_RANGE.contains(ph.pose()), r.id() + " shows " + ph.pose() + " with osteoporosis");
            }
            for (PlannedStretch p : plan.stretches()) {
                if (p.replaced()) {
                    StretchStep held = p.stretch().steps().get(0);
                    assertTrue(held.text().english().contains("part of the way")
                                    || held.text().english().contains("small movement"),
                            r.id() + ": the step says so: " + held.text());
                    assertTrue(p.stretch().sources().contains("TFTF2015"), p.stretch().id() + " cites section 3b");
                }
            }
            assertTrue(plan.stretches().stream().noneMatch(p -> p.stretch().id().equals("knee-to-chest")));
            if (r.stretchIds().contains("knee-to-chest")) {
                assertEquals("knee-to-chest", plan.leftOut().get(0).stretch().id(), r.id());
            }
        }
    }

    @Test
    void pregnancyVariantOfEveryRoutine() {
        for (Routine r : LIB.content().routines()) {
            RoutinePlan plan = plan(r, Caution.PREGNANCY);
            RoutinePlan usual = plan(r);
            assertFalse(plan.stretches().isEmpty(), r.id());
            boolean previousOnBack = false;
            for (PlannedStretch p : plan.stretches()) {
                boolean back = liesOnBack(p.stretch());
                assertFalse(back && previousOnBack, r.id() + ": two stretches on the back in a row");
                previousOnBack = back;
                if (back) {
                    assertTrue(p.changes().stream().anyMatch(g -> g.effect() == Gate.Effect.KEEP_SHORT
                            && g.reason().english().contains("keep it short") && g.reason().english().contains("dizzy")
                            && g.reason().english().contains("change position at once")), p.stretch().id() + " says so");
                    assertTrue(p.reps() <= p.stretch().dose().reps(), p.stretch().id() + " kept to its first reps");
                }
            }
            long usualOnBack = usual.stretches().stream().filter(p -> liesOnBack(p.stretch())).count();
            long nowOnBack = plan.stretches().stream().filter(p -> liesOnBack(p.stretch())).count();
            assertTrue(nowOnBack <= usualOnBack, r.id());
            for (PlannedStretch p : plan.stretches()) {
                if (p.replaced()) {
                    assertFalse(liesOnBack(p.stretch()), p.stretch().id() + " is the all-fours alternative");
                    assertFalse(dips(p.stretch()), p.stretch().id() + " never lets the back dip (3b)");
                    assertTrue(liesOnBack(p.original()) || dips(p.original()),
                            p.original().id() + " was the lying one, or the one that dips");
                }
            }
        }
        RoutinePlan gentle = plan(LIB.content().routine("gentle-relief").orElseThrow(), Caution.PREGNANCY);
        assertTrue(gentle.stretches().stream().anyMatch(p -> p.stretch().id().equals("pelvic-tilt-fours")),
                "the pelvic tilt is offered on all fours");
    }

    /** On all fours with the belly let sink into a dip (the "cow"): not in pregnancy (CLINICAL-FACTS 3b). */
    private static boolean dips(Stretch s) {
        return s.steps().stream().anyMatch(st -> st.pose().equals("cow"));
    }

    @Test
    void everyStretchThatLiesOnTheBackOrDipsHasThePregnancyGate() {
        for (Stretch s : LIB.content().stretches()) {
            boolean gated = s.gate(Caution.PREGNANCY).isPresent();
            if (LIB.content().variantIds().contains(s.id()) && dips(s)) {
                continue; // reached only through its original, whose pregnancy gate comes first (below)
            }
            assertEquals(liesOnBack(s) || dips(s), gated,
                    s.id() + ": lying on the back or dipping, and the pregnancy gate, go together");
        }
        Stretch catCow = LIB.content().stretch("cat-cow");
        assertEquals(Caution.PREGNANCY, catCow.gates().stream().filter(g -> g.effect() == Gate.Effect.REPLACE)
                .findFirst().orElseThrow().caution(), "with osteoporosis too, the variant without a dip is played");
    }
}
