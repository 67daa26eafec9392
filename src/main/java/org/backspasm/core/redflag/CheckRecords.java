package org.backspasm.core.redflag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backspasm.core.journal.WarningSignCheckRecord;

/** Turns a finished assessment into the journal record, and reads the level back. */
public final class CheckRecords {
    private CheckRecords() {
    }

    public static WarningSignCheckRecord toRecord(Assessment a, Instant at) {
        Map<String, String> answers = new LinkedHashMap<>();
        a.askedAnswers().forEach((id, ans) -> answers.put(id, ans.name()));
        List<String> ids = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Finding f : a.findings()) {
            ids.add(f.sign().id());
            words.add(f.text());
        }
        return new WarningSignCheckRecord(at, a.level().name(), answers, ids, words);
    }

    /** The level of a record; an unknown value reads as NONE. */
    public static Level levelOf(WarningSignCheckRecord r) {
        try {
            return Level.valueOf(String.valueOf(r.level()));
        } catch (IllegalArgumentException e) {
            return Level.NONE;
        }
    }
}
