package org.backspasm.core.warningsigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backspasm.core.content.ContentException;
import org.junit.jupiter.api.Test;

class SignCatalogParserTest {
    private static final String HEAD = "{\"formatVersion\":1,\"signs\":[";

    private static String file(String... signs) {
        return HEAD + String.join(",", signs) + "]}";
    }

    private static String sign(String id, String extra) {
        return "{\"id\":\"" + id + "\",\"table\":1,\"level\":\"URGENT\",\"label\":\"L\",\"question\":\"Q?\","
                + "\"sources\":[\"NHS-BACK\"]" + extra + "}";
    }

    private static String problem(String json) {
        ContentException e = assertThrows(ContentException.class, () -> SignCatalogParser.parse(json));
        assertEquals("warning-signs.json", e.file());
        return e.getMessage();
    }

    @Test
    void theShippedFileIsValid() throws ContentException {
        SignCatalog c = SignCatalog.loadDefault();
        assertTrue(c.signs().size() >= 28);
        assertTrue(c.sign("not-improving").showsEpisodeAge(), "row 26 shows the episode's age");
        for (WarningSign s : c.signs()) {
            assertTrue(!s.question().isBlank() && !s.label().isBlank() && !s.sources().isEmpty(), s.id());
        }
    }

    private static String withRetired(String retired, String... signs) {
        return HEAD + String.join(",", signs) + "],\"retired\":[" + retired + "]}";
    }

    @Test
    void retiredQuestionsAreCheckedLikeTheSigns() throws ContentException {
        SignCatalog c = SignCatalogParser.parse(withRetired(
                "{\"id\":\"old\",\"question\":\"Old?\",\"replacedBy\":[\"a\"]}", sign("a", "")));
        assertEquals("Old?", c.findRetired("old").orElseThrow().question());
        assertEquals(java.util.List.of("a"), c.retired().get(0).replacedBy());
        String at = "warning-signs.json, at $.retired[0]";
        assertEquals(at + ".id: is a question asked now: a retired id is never reused", problem(withRetired(
                "{\"id\":\"a\",\"question\":\"Old?\",\"replacedBy\":[\"a\"]}", sign("a", ""))));
        assertEquals(at + ".replacedBy: refers to 'ghost', which is not a sign in the file", problem(withRetired(
                "{\"id\":\"old\",\"question\":\"Old?\",\"replacedBy\":[\"ghost\"]}", sign("a", ""))));
        assertEquals(at + ".replacedBy: is missing", problem(withRetired(
                "{\"id\":\"old\",\"question\":\"Old?\"}", sign("a", ""))));
        assertEquals(at + ".question: is missing or empty", problem(withRetired(
                "{\"id\":\"old\",\"replacedBy\":[\"a\"]}", sign("a", ""))));
    }

    @Test
    void aGoodSmallFileParses() throws ContentException {
        SignCatalog c = SignCatalogParser.parse(file(sign("a", ""), sign("b", ",\"askIf\":[\"a\"]")));
        assertEquals(2, c.signs().size());
        assertEquals("b", c.followUpsOf("a").get(0).id());
    }

    @Test
    void problemsNameTheFileThePathAndTheReason() {
        String at = "warning-signs.json, at $.signs";
        assertEquals(at + "[1].question: is missing or empty", problem(file(sign("ok", ""),
                "{\"id\":\"broken-one\",\"table\":2,\"level\":\"URGENT\",\"label\":\"L\",\"sources\":[\"NHS-BACK\"]}")));
        assertEquals(at + "[0].level: must be one of NONE, BOOK, URGENT, EMERGENCY, not SOON",
                problem(file(sign("x", "").replace("\"URGENT\"", "\"SOON\""))));
        assertEquals(at + "[0].sources[0]: is not a source in sources.json: NOPE",
                problem(file(sign("y", "").replace("[\"NHS-BACK\"]", "[\"NOPE\"]"))));
        assertEquals(at + "[0].countsIf: refers to 'ghost', which is not a sign in the file",
                problem(file(sign("z", ",\"countsIf\":[\"ghost\"]"))));
        assertEquals(at + "[1].id: is used by another sign too: d", problem(file(sign("d", ""), sign("d", ""))));
        assertEquals(at + "[0].id: is missing or empty", problem(file("{\"table\":1}")));
        assertEquals(at + "[1].escalations[0].level: must be higher than the sign's own level (URGENT)",
                problem(file(sign("e", ""), sign("f", ",\"escalations\":[{\"level\":\"BOOK\",\"withAny\":[\"e\"]}]"))));
        assertEquals(at + "[0].level: is NONE, but no other sign uses this one in 'countsIf'",
                problem(file(sign("c", "").replace("\"URGENT\"", "\"NONE\""))));
        assertTrue(problem(file(sign("g", ",\"showsEpisodeAge\":\"yes\""))).startsWith(at + "[0].showsEpisodeAge: "));
        assertTrue(problem("not json {").contains("is not valid JSON"));
        assertEquals("warning-signs.json, at $.formatVersion: must be 1", problem("{\"formatVersion\":2}"));
    }
}
