package org.backspasm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast reading of stored instants gives exactly what {@link Instant#parse} gives, and refuses what it refuses. */
class IsoInstantTest {
    @Test
    void readsWhatTheAppWritesAsTheIsoParserDoes() {
        Random r = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            Instant t = Instant.ofEpochSecond(946_684_800L + (long) (r.nextDouble() * 6_000_000_000L),
                    i % 3 == 0 ? 0 : i % 3 == 1 ? r.nextInt(1000) * 1_000_000 : r.nextInt(1_000_000_000));
            assertEquals(t, IsoInstant.parse(t.toString()), t.toString());
        }
        for (String s : new String[] {"2026-11-22T09:30:00Z", "2026-11-22T09:30:00.5Z", "+99999-01-01T00:00:00Z",
                "2026-11-22T09:30:00.Z", "2026-11-22T09:30:00+01:00"}) {
            assertEquals(Instant.parse(s), IsoInstant.parse(s), s);
        }
    }

    @Test
    void refusesWhatTheIsoParserRefuses() {
        for (String s : new String[] {"2026-04-31T09:30:00Z", "2026-13-01T09:30:00Z", "2026-11-22T24:30:00Z",
                "2026-11-22T09:3x:00Z", "2026-11-22T09:30:60Z", "2026-11-22 09:30:00Z", "2026-11-22T09:30:00.1234567890Z"}) {
            assertThrows(DateTimeException.class, () -> Instant.parse(s), s);
            assertThrows(DateTimeException.class, () -> IsoInstant.parse(s), s);
        }
    }
}
