package org.backspasm.core.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeWordsTest {
    @Test
    void countdownRoundsUpToWholeSeconds() {
        assertEquals("0:01", TimeWords.countdown(Duration.ofMillis(1)));
        assertEquals("20:00", TimeWords.countdown(Duration.ofMinutes(20)));
        assertEquals("1:00:05", TimeWords.countdown(Duration.ofSeconds(3605)));
    }

    @Test
    void aStepCountdownShowsOnlySecondsUnderAMinute() {
        assertEquals("45", TimeWords.shortCountdown(45));
        assertEquals("0", TimeWords.shortCountdown(0));
        assertEquals("1:00", TimeWords.shortCountdown(60));
        assertEquals("2:05", TimeWords.shortCountdown(125));
    }
}
