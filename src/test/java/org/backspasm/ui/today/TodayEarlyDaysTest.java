package org.backspasm.ui.today;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.backspasm.testing.AppUiTest;
import org.junit.jupiter.api.Test;

/** Today in the first days of an episode: bed rest 1–2 days at most and the usual course; "doctor", never "GP". */
class TodayEarlyDaysTest extends AppUiTest {

    private String text(String id) {
        return lookup(id).queryAs(Labeled.class).getText();
    }

    private static void texts(Node n, List<String> out) {
        if (n instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (n instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
            texts(sp.getContent(), out);
        } else if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> texts(c, out));
        }
    }

    @Test
    void withoutAnOnsetTodayStillSaysItForTheFirstDays() {
        assertTrue(lookup("#today-onset-just-now").tryQuery().isPresent(), "no onset yet: the card asks for it");
        String early = text("#today-early-days");
        assertTrue(early.startsWith("In the first days"), early);
        assertTrue(early.contains("bed rest") && early.contains("1–2 days at most"), early);
        assertTrue(early.contains("usually get better within a few days to a few weeks"), early);
    }

    @Test
    void inTheFirstDaysTodaySaysBedRestIsOneToTwoDaysAtMostAndTheUsualCourse() {
        clickOn("#today-onset-last-night");
        String early = text("#today-early-days");
        assertTrue(early.contains("bed rest") && early.contains("1–2 days at most"), early);
        assertTrue(early.contains("usually get better within a few days to a few weeks"), early);
        assertTrue(early.contains("Stay as active as the pain allows"), early);
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertTrue(lookup("#therapy-early-days").tryQuery().isEmpty(), "said once, on Today");

        clock.advance(Duration.ofDays(3));
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertTrue(lookup("#today-early-days").tryQuery().isPresent(), "still in the first week");
        clock.advance(Duration.ofDays(4));
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertTrue(lookup("#today-early-days").tryQuery().isEmpty(), "after a week the follow-up takes its place");
        assertTrue(lookup("#today-week-nudge").tryQuery().isEmpty(), "said once on Today, by the follow-up card");
        assertTrue(lookup("#follow-up").query().isVisible());
    }

    @Test
    void noScreenSaysGpAfterAWeekOrTwelveWeeks() {
        clickOn("#today-onset-last-night");
        Pattern gp = Pattern.compile("\\bGPs?\\b");
        for (Duration later : List.of(Duration.ofDays(8), Duration.ofDays(7 * 13))) {
            clock.advance(later);
            int seen = 0;
            for (KeyCode k : List.of(KeyCode.DIGIT2, KeyCode.DIGIT1)) {
                push(KeyCode.CONTROL, k);
                List<String> all = new ArrayList<>();
                texts(stage.getScene().getRoot(), all);
                for (String t : all) {
                    assertFalse(gp.matcher(t).find(), t);
                    if (t.contains("doctor or physiotherap")) {
                        seen++;
                    }
                }
            }
            assertTrue(seen > 0, "the text that said GP is on screen, now with doctor");
        }
    }
}
