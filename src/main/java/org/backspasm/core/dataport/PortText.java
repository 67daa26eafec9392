package org.backspasm.core.dataport;

/**
 * The words of an import preview's reasons and notes, in one place (to move into the message bundles with the
 * other texts). Each names the value it is about, so a reason reads on its own in a list.
 */
public final class PortText {
    private PortText() {
    }

    static String noDate() {
        return "no date";
    }

    static String notADate(String s) {
        return "\u201c" + s + "\u201d is not a date the app can read";
    }

    static String notATime(String s) {
        return "\u201c" + s + "\u201d has a time that does not exist";
    }

    static String noSuchDate(String s) {
        return "\u201c" + s + "\u201d is not a real date";
    }

    static String fourDigitYear(String s) {
        return "\u201c" + s + "\u201d needs the year in four digits";
    }

    static String tooOld(String s) {
        return "the date " + s + " is before " + RatingImport.FIRST_YEAR;
    }

    static String future(String s) {
        return "the date " + s + " is in the future";
    }

    static String noScore() {
        return "no pain score";
    }

    static String notWhole(String s) {
        return "the pain score " + s + " is not a whole number from 0 to 10";
    }

    static String outOfRange(String s) {
        return "the pain score " + s + " is not from 0 to 10";
    }

    static String notANumber(String s) {
        return "the pain score \u201c" + s + "\u201d is not a number";
    }

    static String notPain(String type) {
        return "not a pain rating (" + type + ")";
    }

    static String alreadyThere() {
        return "already in your journal";
    }

    static String sameAsLine(long line) {
        return "the same as line " + line;
    }

    static String brokenQuote(String detail) {
        return "the file cannot be read from here on: a quoted value is not closed or has text after its closing "
                + "quote (" + detail + ")";
    }

    static String noColumns() {
        return "This file has no column the app recognises as the date and time and none for the pain score. Its "
                + "first line should name them, for example: date,pain (a date and time, and a number from 0 to 10).";
    }

    static String empty() {
        return "This file is empty.";
    }

    static String ownExport() {
        return "Read as this app's own export: pain ratings from the rows of type \u201cpain\u201d.";
    }

    static String columns(String date, String score, boolean monthFirst, boolean slashes) {
        return "Dates from the column \u201c" + date + "\u201d" + (slashes ? (monthFirst ? ", month first (12/3 is "
                + "3 December)" : ", day first (3/12 is 3 December)") : "") + "; pain scores from the column \u201c"
                + score + "\u201d.";
    }

    static String noHeader(boolean monthFirst, boolean slashes) {
        return "No header line: dates from the first column" + (slashes ? (monthFirst ? ", month first" : ", day first")
                : "") + ", pain scores from the second.";
    }
}
