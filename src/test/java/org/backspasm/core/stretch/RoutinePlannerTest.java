package org.backspasm.core.stretch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutinePlannerTest {

    private static List<String> ids(RoutinePlan plan) {
        return plan.stretches().stream().map(p -> p.stretch().id()).toList();
    }

    @Test
    void shippedRoutinesAreAsWritten() throws Exception {
        StretchContent c = StretchFixtures.shipped();
        RoutinePlanner planner = new RoutinePlanner(c);
        RoutinePlan gentle = planner.plan(c.routine("gentle-relief").orElseThrow(), StretchState.EMPTY);
        assertEquals(List.of("walk", "pelvic-tilt", "knee-to-chest", "cat-cow", "childs-pose"), ids(gentle));
        RoutinePlan core = planner.plan(c.routine("core-strength").orElseThrow(), StretchState.EMPTY);
        assertEquals(List.of("pelvic-tilt", "glute-bridge", "knee-rolls"), ids(core));
        assertFalse(c.routine("core-strength").orElseThrow().howOften().contains("3 times a week"),
                "an unconfirmed figure is left out, not annotated");
        assertEquals(List.of("walk"), ids(planner.plan(c.routine("walk").orElseThrow(), StretchState.EMPTY)));
    }

    @Test
    void osteoporosisLeavesOutKneeToChestWithTheReason() throws Exception {
        StretchContent c = StretchFixtures.shipped();
        StretchState state = StretchState.EMPTY.withCautions(CautionAnswers.answered(Set.of(Caution.OSTEOPOROSIS)));
        RoutinePlan plan = new RoutinePlanner(c).plan(c.routine("gentle-relief").orElseThrow(), state);
        assertEquals(List.of("walk", "pelvic-tilt", "cat-cow", "childs-pose"), ids(plan));
        assertEquals(1, plan.leftOut().size());
        assertEquals("knee-to-chest", plan.leftOut().get(0).stretch().id());
        assertTrue(plan.leftOut().get(0).gate().reason().contains("osteoporosis"));
        assertTrue(RoutinePlanner.askFirst(state.cautions()).get(0).contains("osteoporosis"));
    }

    @Test
    void kneeProblemsKeepChildsPoseButMarkIt() throws Exception {
        StretchContent c = StretchFixtures.shipped();
        StretchState state = StretchState.EMPTY.withCautions(CautionAnswers.answered(Set.of(Caution.KNEE_PROBLEMS)));
        RoutinePlan plan = new RoutinePlanner(c).plan(c.routine("gentle-relief").orElseThrow(), state);
        PlannedStretch child = plan.stretches().stream().filter(p -> p.stretch().id().equals("childs-pose"))
                .findFirst().orElseThrow();
        assertEquals(1, child.changes().size());
        assertTrue(child.changes().get(0).reason().contains("don't sit all the way back"));
        assertEquals(List.of(), plan.leftOut());
    }

    @Test
    void noCautionsMeansNothingLeftOutOrChanged() throws Exception {
        StretchContent c = StretchFixtures.shipped();
        StretchState state = StretchState.EMPTY.withCautions(CautionAnswers.answered(Set.of()));
        RoutinePlan plan = new RoutinePlanner(c).plan(c.routine("gentle-relief").orElseThrow(), state);
        assertEquals(5, plan.stretches().size());
        assertTrue(plan.stretches().stream().allMatch(p -> p.changes().isEmpty()));
        assertEquals(List.of(), RoutinePlanner.askFirst(state.cautions()));
    }

    @Test
    void userRoutineReordersDropsAddsAndKeepsRepsWithinBounds() throws Exception {
        StretchContent c = StretchFixtures.shipped();
        Routine core = c.routine("core-strength").orElseThrow();
        RoutinePlanner planner = new RoutinePlanner(c);
        List<RoutineEntry> e = planner.entries(core, StretchState.EMPTY);
        e = RoutineEditing.move(e, 2, -1);
        e = RoutineEditing.remove(e, 0);
        e = RoutineEditing.add(e, c.stretch("cat-cow"));
        e = RoutineEditing.setReps(e, 1, c.stretch("glute-bridge"), 99);
        e = RoutineEditing.move(e, 0, -1);
        StretchState state = StretchState.EMPTY.withRoutine(core.id(), e);
        RoutinePlan plan = planner.plan(core, state);
        assertEquals(List.of("knee-rolls", "glute-bridge", "cat-cow"), ids(plan));
        assertEquals(30, plan.stretches().get(1).reps(), "99 is kept to the maximum");
        e = RoutineEditing.setReps(e, 1, c.stretch("glute-bridge"), 0);
        assertEquals(3, planner.plan(core, state.withRoutine(core.id(), e)).stretches().get(1).reps());
        assertEquals(List.of("pelvic-tilt", "glute-bridge", "knee-rolls"),
                ids(planner.plan(core, state.withRoutine(core.id(), null))), "reset to the shipped routine");
    }

    @Test
    void suggestedRepsFollowProgressUnlessTheUserChose() throws Exception {
        StretchContent c = StretchFixtures.shipped();
        Routine core = c.routine("core-strength").orElseThrow();
        StretchState state = StretchState.EMPTY.withProgress(Map.of("glute-bridge", new StretchProgress(9, 0, null)));
        assertEquals(9, new RoutinePlanner(c).plan(core, state).stretches().get(1).reps());
    }
}
