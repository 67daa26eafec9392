package org.backspasm.core.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadedTest {
    private static final ContentException BROKEN = new ContentException("sources.json", "$.sources[2].link", "bad");

    @Test
    void aProblemCarriesThroughTheNextStepsWithoutRunningThem() {
        AtomicInteger ran = new AtomicInteger();
        Loaded<String> failed = Loaded.<Integer>of(() -> {
            throw BROKEN;
        }).then(n -> {
            ran.incrementAndGet();
            return "n=" + n;
        });
        assertFalse(failed.ok());
        assertSame(BROKEN, failed.problem(), "the first problem is the one reported");
        assertEquals(0, ran.get());
        assertThrows(IllegalStateException.class, failed::value);
    }

    @Test
    void valuesFlowOnAndAProblemInALaterStepIsKept() {
        Loaded<String> ok = Loaded.of(() -> 2).then(n -> "n=" + n);
        assertTrue(ok.ok());
        assertEquals("n=2", ok.value());
        assertThrows(IllegalStateException.class, ok::problem);
        Loaded<String> later = Loaded.of(() -> 2).then(n -> {
            throw BROKEN;
        });
        assertSame(BROKEN, later.problem());
    }
}
