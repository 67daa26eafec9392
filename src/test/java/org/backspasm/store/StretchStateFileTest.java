package org.backspasm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.backspasm.core.stretch.Caution;
import org.backspasm.core.stretch.CautionAnswers;
import org.backspasm.core.stretch.StretchState;
import org.junit.jupiter.api.Test;

/** The stretch section of state.json: answers saved before the clinician question still read, as not confirmed. */
class StretchStateFileTest {

    @Test
    void answersSavedBeforeTheClinicianQuestionReadAsNotConfirmed() {
        String old = "{\"cautions\": {\"asked\": true, \"yes\": [\"RECENT_INJURY_OR_SURGERY\", \"PREGNANCY\"]},"
                + " \"routines\": {}, \"progress\": {}}";
        StretchState s = Json.gson().fromJson(old, StretchState.class);
        assertTrue(s.cautions().asked());
        assertEquals(List.of(Caution.PREGNANCY, Caution.RECENT_INJURY_OR_SURGERY), s.cautions().yes());
        assertFalse(s.cautions().clinicianOk());
        assertTrue(s.cautions().needsClinicianOk());
    }

    @Test
    void theClinicianAnswerRoundTrips() {
        StretchState s = StretchState.EMPTY.withCautions(
                CautionAnswers.answered(Set.of(Caution.RECENT_INJURY_OR_SURGERY)).withClinicianOk(true));
        StretchState back = Json.gson().fromJson(Json.gson().toJson(s), StretchState.class);
        assertEquals(s.cautions(), back.cautions());
        assertFalse(back.cautions().needsClinicianOk());
    }
}
