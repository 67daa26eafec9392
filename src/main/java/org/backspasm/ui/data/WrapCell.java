package org.backspasm.ui.data;

import java.util.function.Function;
import javafx.scene.control.ListCell;

/** A list cell whose text wraps to the list's width (large text in a small window), never past its edge. */
class WrapCell<T> extends ListCell<T> {
    private final Function<T, String> text;

    WrapCell(Function<T, String> text) {
        this.text = text;
        setWrapText(true);
        setPrefWidth(0); // follow the list's width instead of asking for the text's
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : text.apply(item));
    }
}
