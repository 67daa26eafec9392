package org.backspasm.core.dataport;

import java.util.Locale;
import org.backspasm.core.i18n.Messages;

/**
 * The words of an import preview's reasons and notes (bundle {@code data}), in the user's language. Each names the
 * value it is about, so a reason reads on its own in a list.
 */
public final class PortText {
    /** The bundle: {@code org/backspasm/i18n/data.properties}. */
    public static final String BUNDLE = "data";

    private final Messages m;

    PortText(Locale locale) {
        this.m = Messages.of(BUNDLE, locale);
    }

    String noDate() {
        return m.text("why.noDate");
    }

    String notADate(String s) {
        return m.text("why.notADate", s);
    }

    String notATime(String s) {
        return m.text("why.notATime", s);
    }

    String noSuchDate(String s) {
        return m.text("why.noSuchDate", s);
    }

    String fourDigitYear(String s) {
        return m.text("why.fourDigitYear", s);
    }

    String tooOld(String s) {
        return m.text("why.tooOld", s, RatingImport.FIRST_YEAR);
    }

    String future(String s) {
        return m.text("why.future", s);
    }

    String noScore() {
        return m.text("why.noScore");
    }

    String notWhole(String s) {
        return m.text("why.notWhole", s);
    }

    String outOfRange(String s) {
        return m.text("why.outOfRange", s);
    }

    String notANumber(String s) {
        return m.text("why.notANumber", s);
    }

    String notPain(String type) {
        return m.text("why.notPain", type);
    }

    String alreadyThere() {
        return m.text("why.alreadyThere");
    }

    String sameAsLine(long line) {
        return m.text("why.sameAsLine", line);
    }

    /** The CSV reader's own message is English: it is kept, labelled as the reader's, not passed off as ours. */
    String brokenQuote(String detail) {
        return m.text("why.brokenQuote", m.text("why.readerDetail", String.valueOf(detail)));
    }

    String noColumns() {
        return m.text("file.noColumns");
    }

    String empty() {
        return m.text("file.empty");
    }

    String ownExport() {
        return m.text("reading.ownExport");
    }

    String columns(String date, String score, boolean monthFirst, boolean slashes) {
        if (!slashes) {
            return m.text("reading.columns", date, score);
        }
        return monthFirst ? m.text("reading.columnsMonthFirst", date, score)
                : m.text("reading.columnsDayFirst", date, score);
    }

    String noHeader(boolean monthFirst, boolean slashes) {
        if (!slashes) {
            return m.text("reading.noHeader");
        }
        return monthFirst ? m.text("reading.noHeaderMonthFirst") : m.text("reading.noHeaderDayFirst");
    }
}
