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

    /** False for a record whose level could not be read (damaged, or written by a newer version). */
    public static boolean isReadable(WarningSignCheckRecord r) {
        return r.level() != CheckLevel.UNKNOWN;
    }

    /** The result's short name for lists: "could not be read" for a record whose level could not be read. */
    public static String resultName(WarningSignCheckRecord r) {
        return resultName(r, java.util.Locale.UK);
    }

    /** The same, "could not be read" in the locale's language (bundle {@code check}). */
    public static String resultName(WarningSignCheckRecord r, java.util.Locale locale) {
        return isReadable(r) ? ResultWording.shortName(levelOf(r), locale) : ResultWording.unreadableName(locale);
    }

    /**
     * The level of a record, for what it asks of the user; a level that could not be read counts as NONE here, so
     * never show it without {@link #isReadable} (it must read "could not be read", never "no warning sign").
     */
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
