package org.backspasm.ui.source;

/**
 * Opens a web address in the user's browser. The app wires it to {@code HostServices.showDocument} in AppAssembly;
 * views never hold it: a source link fires an {@link OpenLinkEvent} that AppAssembly handles once, on the shell.
 */
@FunctionalInterface
public interface LinkOpener {
    LinkOpener NONE = url -> {
    };

    void open(String url);
}
