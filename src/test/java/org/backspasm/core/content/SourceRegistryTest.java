package org.backspasm.core.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SourceRegistryTest {
    /** The ids CLINICAL-FACTS gives a link for ("Links the app may show"); no other source may have one. */
    private static final Set<String> LINKED = Set.of("NHS-BACK", "NHS-SCIATICA", "NICE-NG59", "MAYO-BP", "ACP2017",
            "AHCPR1994", "PREG-NHS", "ROS-SSS2022", "TFTF2015", "HENSCHKE2009", "NHS-SEPSIS", "UHB-MAT",
            "FARRAR2001");

    private static String file(String entry) {
        return "{\"formatVersion\":1,\"sources\":[" + entry + "]}";
    }

    private static ContentException problem(String json) {
        return assertThrows(ContentException.class, () -> SourceRegistry.parse(json));
    }

    @Test
    void theShippedRegistryHasReadableTitlesAndLinksOnlyWhereGiven() throws ContentException {
        SourceRegistry r = SourceRegistry.loadDefault();
        assertEquals("NHS: Back pain", r.get("NHS-BACK").title());
        assertEquals("NICE NG59", r.get("NICE-NG59").title());
        assertEquals("https://nice.org.uk/guidance/ng59", r.get("NICE-NG59").link());
        assertEquals("https://doi.org/10.7326/M16-2367", r.get("ACP2017").link());
        Set<String> linked = new TreeSet<>();
        for (String id : r.ids()) {
            Source s = r.get(id);
            assertTrue(!s.title().contains(id) || s.publisher().equals(id),
                    "a title is for people, not the id (unless the id is the publisher's own name): " + id);
            assertFalse(s.fullCitation().isBlank(), id);
            if (s.hasLink()) {
                linked.add(id);
            }
        }
        assertEquals(new TreeSet<>(LINKED), linked);
        assertEquals(List.of(r.get("NHS-BACK"), r.get("NICE-NG59")), r.all(List.of("NHS-BACK", "NICE-NG59", "NHS-BACK")));
    }

    @Test
    void problemsNameTheFileThePathAndTheReason() {
        String ok = "\"title\":\"T\",\"publisher\":\"P\",\"citation\":\"C\"";
        ContentException link = problem(file("{\"id\":\"A\"," + ok + ",\"link\":\"nhs.uk\"}"));
        assertEquals("sources.json", link.file());
        assertEquals("$.sources[0].link", link.path());
        assertEquals("must be a web address starting with https://, not nhs.uk", link.reason());
        assertEquals("sources.json, at $.sources[1].id: is used twice: A",
                problem(file("{\"id\":\"A\"," + ok + "},{\"id\":\"A\"," + ok + "}")).getMessage());
        assertEquals("sources.json, at $.sources[0].citation: is missing or empty",
                problem(file("{\"id\":\"A\",\"title\":\"T\",\"publisher\":\"P\"}")).getMessage());
        ContentException year = problem(file("{\"id\":\"A\"," + ok + ",\"year\":\"2017\"}"));
        assertEquals("$.sources[0].year", year.path());
        assertEquals("must be a whole number, not the text \"2017\"", year.reason());
        ContentException title = problem(file("{\"id\":\"A\",\"title\":\"NHS; Back pain\",\"publisher\":\"P\","
                + "\"citation\":\"C\"}"));
        assertEquals("$.sources[0].title", title.path());
        ContentException json = problem("{\"formatVersion\":1,\"sources\":[{\"id\":\"A\",}");
        assertEquals("sources.json", json.file());
        assertTrue(json.reason().startsWith("is not valid JSON"), json.reason());
        assertTrue(json.path().startsWith("$.sources[0]"), json.path());
    }
}
