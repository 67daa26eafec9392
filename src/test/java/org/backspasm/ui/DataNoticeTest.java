package org.backspasm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import org.backspasm.testing.AppUiTest;
import org.junit.jupiter.api.Test;

/** A corrupt state file and a torn journal line: the app starts, keeps the files, and says so in plain words. */
class DataNoticeTest extends AppUiTest {

    @Override
    protected boolean acceptDisclaimerBeforeStart() {
        return false;
    }

    @Override
    protected void prepareDataDir(Path dir) throws IOException {
        Files.writeString(dir.resolve("state.json"), "{ this is not json");
        Files.writeString(dir.resolve("journal.jsonl"),
                "{\"type\":\"PainRating\",\"at\":\"2026-11-21T09:00:00Z\",\"score\":6}\n{\"type\":\"Pain");
    }

    @Test
    void theUserIsToldAndNothingIsLost() throws IOException {
        clickOn("#accept-disclaimer");
        assertEquals(2, shell.notices().count());
        String text = lookup(".notice .label").queryAll().stream().map(n -> ((Label) n).getText())
                .reduce("", String::concat);
        assertTrue(text.contains("could not be read"), text);
        assertTrue(text.contains("half written"), text);
        interact(() -> {
            shell.applyCss();
            shell.layout();
        });
        for (var node : lookup(".notice .label").queryAll()) {
            Label label = (Label) node;
            assertTrue(label.getHeight() >= label.prefHeight(label.getWidth()) - 0.5,
                    "every line of the notice shows, none cut off: " + label.getHeight() + " px of "
                            + label.prefHeight(label.getWidth()) + ": " + label.getText());
        }
        try (var files = Files.list(dataDir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("state.json.unreadable-")));
        }
        assertEquals(1, ctx.journal().entries().size(), "the good journal entry is kept");
        clickOn("Dismiss");
        assertEquals(1, shell.notices().count());
    }
}
