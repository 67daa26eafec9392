package org.backspasm.ui.journal;

import org.backspasm.ui.text.Lang;
import javafx.scene.input.KeyCode;
import org.backspasm.ui.Feature;
import org.backspasm.ui.FeatureContext;
import org.backspasm.ui.Screen;
import org.backspasm.ui.ScreenId;

/** The journal: everything recorded, the pain chart, and the report for a doctor. */
public final class JournalFeature implements Feature {
    private static final String BOOK = "M4 2h10.5a1.8 1.8 0 0 1 1.8 1.8v14.7h-10.5a1.8 1.8 0 0 1-1.8-1.8z"
            + "M6.6 5h7.1v1.5h-7.1zM6.6 8.2h7.1v1.5h-7.1zM6.6 11.4h4.6v1.5h-4.6z";

    private FeatureContext app;

    @Override
    public ScreenId id() {
        return ScreenId.JOURNAL;
    }

    @Override
    public String label(Lang lang) {
        return lang.texts("shell").get("nav.journal");
    }

    @Override
    public String icon() {
        return BOOK;
    }

    @Override
    public KeyCode key() {
        return KeyCode.DIGIT5;
    }

    @Override
    public void start(FeatureContext app) {
        this.app = app;
    }

    @Override
    public Screen screen() {
        org.backspasm.ui.data.DataButtons data = app.data().buttons();
        JournalModel model = new JournalModel(app.journal(), app.files());
        return new JournalScreen(model, app.clock(), data.buttons(), data.status(), app.lang(),
                new WhatHelpsCard(model.allEntries(), app.lines(), app.lang(), app.clock().getZone()));
    }

    /** The backups kept in the data folder, and restoring one (Settings). */
    @Override
    public java.util.List<org.backspasm.ui.SettingsSection> settings() {
        return java.util.List.of(new org.backspasm.ui.SettingsSection(
                org.backspasm.ui.data.BackupsPane.TITLE,
                () -> java.util.List.of(new org.backspasm.ui.data.BackupsPane(app.data().model()).nodes())));
    }
}
