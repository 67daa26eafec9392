package org.backspasm.ui.text;

import javafx.scene.Node;

/**
 * Marks a node whose text is rightly not in the user's language: a language's own name ("Español"), a source's
 * title. The pseudo-locale scan skips these, and nothing else.
 */
public final class OwnLanguage {
    /** The node property that holds the mark. */
    public static final String KEY = "backspasm.ownLanguage";

    private OwnLanguage() {
    }

    public static <N extends Node> N mark(N node) {
        node.getProperties().put(KEY, Boolean.TRUE);
        return node;
    }

    public static boolean marked(Node node) {
        return Boolean.TRUE.equals(node.getProperties().get(KEY));
    }
}
