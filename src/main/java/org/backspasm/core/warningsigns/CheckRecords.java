package org.backspasm.core.warningsigns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backspasm.core.journal.CheckAnswer;
import org.backspasm.core.journal.CheckLevel;
import org.backspasm.core.journal.WarningSignCheckRecord;

/** Turns a finished assessment into the journal record, and reads the level back. */
public final class CheckRecords {
    private CheckRecords() {
    }

    public static WarningSignCheckRecord toRecord(Assessment a, Instant at) {
        return toRecord(a, at, java.util.Locale.UK);
    }

    /** The record, with the signs in the words the user read (the locale's language). */
    public static WarningSignCheckRecord toRecord(Assessment a, Instant at, java.util.Locale locale) {
        Map<String, CheckAnswer> answers = new LinkedHashMap<>();
        a.askedAnswers().forEach((id, ans) -> answers.put(id, answer(ans)));
        List<String> ids = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Finding f : a.findings()) {
            ids.add(f.sign().id());
            words.add(f.text(locale));
        }
        return new WarningSignCheckRecord(at, level(a.level()), answers, ids, words);
    }

    /** The level of a record; an unknown value reads as NONE. */
    public static Level levelOf(WarningSignCheckRecord r) {
        return switch (r.level()) {
            case EMERGENCY -> Level.EMERGENCY;
            case URGENT -> Level.URGENT;
            case BOOK -> Level.BOOK;
            case NONE, UNKNOWN -> Level.NONE;
        };
    }

    /** A recorded answer as the check's answer; empty for one this version cannot read. */
    public static Optional<Answer> answerOf(CheckAnswer a) {
        return switch (a) {
            case YES -> Optional.of(Answer.YES);
            case NO -> Optional.of(Answer.NO);
            case NOT_SURE -> Optional.of(Answer.NOT_SURE);
            case UNKNOWN -> Optional.empty();
        };
    }

    static CheckLevel level(Level l) {
        return switch (l) {
            case NONE -> CheckLevel.NONE;
            case BOOK -> CheckLevel.BOOK;
            case URGENT -> CheckLevel.URGENT;
            case EMERGENCY -> CheckLevel.EMERGENCY;
        };
    }

    static CheckAnswer answer(Answer a) {
        return switch (a) {
            case YES -> CheckAnswer.YES;
            case NO -> CheckAnswer.NO;
            case NOT_SURE -> CheckAnswer.NOT_SURE;
        };
    }
}
