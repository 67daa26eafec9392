package org.backspasm.ui.journal;

import java.util.List;
import javafx.scene.input.KeyCode;
import org.backspasm.ui.Screen;
import org.backspasm.ui.ScreenFeature;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.SettingsSection;
import org.backspasm.ui.data.BackupsPane;
import org.backspasm.ui.data.DataButtons;

/** The journal: everything recorded, the pain chart, and the report for a doctor. */
public final class JournalFeature extends ScreenFeature {
    private static final String BOOK = "M4 2h10.5a1.8 1.8 0 0 1 1.8 1.8v14.7h-10.5a1.8 1.8 0 0 1-1.8-1.8z"
            + "M6.6 5h7.1v1.5h-7.1zM6.6 8.2h7.1v1.5h-7.1zM6.6 11.4h4.6v1.5h-4.6z";

    public JournalFeature() {
        super(ScreenId.JOURNAL, "nav.journal", BOOK, KeyCode.DIGIT5);
    }

    @Override
    public Screen screen() {
        DataButtons data = app.data().buttons();
        JournalModel model = new JournalModel(app.journal(), app.files());
        return new JournalScreen(model, app.clock(), data.buttons(), data.status(), app.lang(),
                new WhatHelpsCard(model.allEntries(), app.lines(), app.lang(), app.clock().getZone()));
    }

    /** The backups kept in the data folder, and restoring one (Settings). */
    @Override
    public List<SettingsSection> settings() {
        return List.of(new SettingsSection(BackupsPane.title(app.data().model()),
                () -> List.of(new BackupsPane(app.data().model()).nodes())));
    }
}
