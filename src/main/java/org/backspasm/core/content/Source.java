package org.backspasm.core.content;

/**
 * One source the app's advice rests on (CLINICAL-FACTS, "Sources").
 *
 * @param id        the id content and code cite, e.g. {@code NHS-BACK}; never shown to people
 * @param title     a short title people read, e.g. "NHS: Back pain"
 * @param publisher who published it
 * @param year      the year, or 0 when the list gives none
 * @param citation  the full citation
 * @param link      a web address starting with https://, or "" where CLINICAL-FACTS gives no link
 */
public record Source(String id, String title, String publisher, int year, String citation, String link) {

    public boolean hasLink() {
        return !link.isEmpty();
    }

    /** The citation with the publisher and year, as shown under "Why?" or in a tooltip. */
    public String fullCitation() {
        StringBuilder s = new StringBuilder(citation);
        if (!citation.contains(publisher)) {
            s.append(" (").append(publisher).append(year > 0 ? ", " + year : "").append(")");
        } else if (year > 0 && !citation.contains(Integer.toString(year))) {
            s.append(" (").append(year).append(")");
        }
        return s.toString();
    }
}
