/** Back Spasm Companion: ice and heat timers, stretch walkthroughs and a warning-sign check for back spasms. */
module org.backspasm {
    requires javafx.controls;
    requires javafx.media;
    requires org.controlsfx.controls;
    requires com.google.gson;
    requires org.apache.commons.csv;
    requires java.logging;
    requires com.sun.jna; // the reminders' natural breaks: system idle time (org.backspasm.desktop)
    requires java.desktop; // only for the optional tray icon (ui/therapy/TrayStatus)

    exports org.backspasm.app to javafx.graphics;

    opens org.backspasm.core.content to com.google.gson;
    opens org.backspasm.core.settings to com.google.gson;
    opens org.backspasm.core.journal to com.google.gson;
    opens org.backspasm.core.episode to com.google.gson;
    opens org.backspasm.core.therapy to com.google.gson;
    opens org.backspasm.core.warningsigns to com.google.gson;
    opens org.backspasm.core.stretch to com.google.gson;
    opens org.backspasm.core.companion to com.google.gson;
    opens org.backspasm.ui.stretch.figure to com.google.gson;
    opens org.backspasm.store to com.google.gson; // the backup manifest (a record)
}
