package org.backspasm.core.redflag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignCatalogParserTest {
    private static final String HEAD = "{\"formatVersion\":1,\"sources\":{\"NHS-BACK\":\"NHS, Back pain\"},\"signs\":[";

    private static String file(String... signs) {
        return HEAD + String.join(",", signs) + "]}";
    }

    private static String sign(String id, String extra) {
        return "{\"id\":\"" + id + "\",\"table\":1,\"level\":\"URGENT\",\"label\":\"L\",\"question\":\"Q?\","
                + "\"sources\":[\"NHS-BACK\"]" + extra + "}";
    }

    private static String problem(String json) {
        return assertThrows(ContentException.class, () -> SignCatalogParser.parse(json)).getMessage();
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

    @Test
    void aGoodSmallFileParses() throws ContentException {
        SignCatalog c = SignCatalogParser.parse(file(sign("a", ""), sign("b", ",\"askIf\":[\"a\"]")));
        assertEquals(2, c.signs().size());
        assertEquals("b", c.followUpsOf("a").get(0).id());
    }

    @Test
    void problemsNameTheSignAndTheField() {
        String missing = problem(file(sign("ok", ""), "{\"id\":\"broken-one\",\"table\":2,\"level\":\"URGENT\","
                + "\"label\":\"L\",\"sources\":[\"NHS-BACK\"]}"));
        assertEquals("Warning sign 'broken-one' (number 2 in the file): field 'question' is missing.", missing);
        String level = problem(file(sign("x", "").replace("\"URGENT\"", "\"SOON\"")));
        assertTrue(level.contains("'x'") && level.contains("'level'") && level.contains("SOON"), level);
        String source = problem(file(sign("y", "").replace("[\"NHS-BACK\"]", "[\"NOPE\"]")));
        assertTrue(source.contains("'y'") && source.contains("'sources'") && source.contains("NOPE"), source);
        String ref = problem(file(sign("z", ",\"countsIf\":[\"ghost\"]")));
        assertTrue(ref.contains("'z'") && ref.contains("ghost"), ref);
        String dup = problem(file(sign("d", ""), sign("d", "")));
        assertTrue(dup.contains("'d'") && dup.contains("'id'"), dup);
        String noId = problem(file("{\"table\":1}"));
        assertTrue(noId.startsWith("Warning sign number 1 in the file") && noId.contains("'id'"), noId);
        String esc = problem(file(sign("e", ""), sign("f",
                ",\"escalations\":[{\"level\":\"BOOK\",\"withAny\":[\"e\"]}]")));
        assertTrue(esc.contains("'f'") && esc.contains("escalations.level"), esc);
        String context = problem(file(sign("c", "").replace("\"URGENT\"", "\"NONE\"")));
        assertTrue(context.contains("'c'") && context.contains("NONE"), context);
        String flag = problem(file(sign("g", ",\"showsEpisodeAge\":\"yes\"")));
        assertTrue(flag.contains("'g'") && flag.contains("showsEpisodeAge"), flag);
        assertTrue(problem("not json {").contains("not valid JSON"));
        assertTrue(problem("{\"formatVersion\":2}").contains("formatVersion"));
    }
}
