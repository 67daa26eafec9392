package org.backspasm.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * A feature's part of the Settings screen: a heading and its controls, built when Settings is first shown.
 *
 * @param title the heading ("Ice and heat safety")
 * @param nodes builds the controls
 */
public record SettingsSection(String title, Supplier<List<Node>> nodes) {
}
