package org.backspasm.ui.data;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the user for a file to save to or to open (the system's dialog; tests hand in their own answers). */
public interface FilePicker {
    /**
     * @param save a save dialog (else an open dialog)
     * @param suggested the file name offered (save dialogs)
     * @param filters description and patterns, e.g. "Spreadsheet (CSV)", "*.csv"
     */
    Optional<Path> pick(Window owner, boolean save, String title, String suggested, String[]... filters);

    /** The system's file dialog. */
    FilePicker SYSTEM = (owner, save, title, suggested, filters) -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (suggested != null) {
            chooser.setInitialFileName(suggested);
        }
        for (String[] f : filters) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f[0],
                    java.util.Arrays.copyOfRange(f, 1, f.length)));
        }
        File file = save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    };
}
