package org.backspasm.ui.source;

import javafx.event.Event;
import javafx.event.EventType;

/** A request to open a web address, fired by a source link and bubbling up to the one handler the app installs. */
public final class OpenLinkEvent extends Event {
    private static final long serialVersionUID = 1L;

    public static final EventType<OpenLinkEvent> OPEN = new EventType<>(Event.ANY, "OPEN_LINK");

    private final String url;

    public OpenLinkEvent(String url) {
        super(OPEN);
        this.url = url;
    }

    public String url() {
        return url;
    }
}
