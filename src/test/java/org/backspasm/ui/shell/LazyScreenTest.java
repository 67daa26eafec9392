package org.backspasm.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import org.backspasm.ui.Screen;
import org.backspasm.ui.ScreenId;
import org.junit.jupiter.api.Test;

class LazyScreenTest {
    private final List<String> calls = new ArrayList<>();

    private Screen counting(ScreenId id) {
        calls.add("built");
        return new Screen() {
            @Override
            public ScreenId id() {
                return id;
            }

            @Override
            public Node view() {
                calls.add("view");
                return null;
            }

            @Override
            public void shown() {
                calls.add("shown");
            }

            @Override
            public void hidden() {
                calls.add("hidden");
            }
        };
    }

    @Test
    void nothingIsBuiltUntilTheScreenIsNeededAndThenOnlyOnce() {
        LazyScreen lazy = new LazyScreen(ScreenId.JOURNAL, () -> counting(ScreenId.JOURNAL));
        assertEquals(ScreenId.JOURNAL, lazy.id());
        lazy.hidden();
        assertFalse(lazy.built());
        assertEquals(List.of(), calls, "neither the id nor hiding builds it");
        lazy.view();
        lazy.shown();
        lazy.view();
        lazy.hidden();
        assertTrue(lazy.built());
        assertEquals(List.of("built", "view", "shown", "view", "hidden"), calls);
        assertSame(lazy.real(), lazy.real());
    }

    @Test
    void aFactoryThatBuildsTheWrongScreenIsCaught() {
        LazyScreen lazy = new LazyScreen(ScreenId.JOURNAL, () -> counting(ScreenId.SETTINGS));
        assertThrows(IllegalStateException.class, lazy::real);
    }
}
