package org.backspasm.ui.therapy;

import java.time.Clock;
import java.time.Instant;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backspasm.core.episode.Episode;
import org.backspasm.core.episode.EpisodeBook;
import org.backspasm.core.episode.OnsetCheck;

/** The current episode as an observable value, shared by the Today card and the Ice &amp; Heat screen. */
public final class EpisodeModel {
    private final EpisodeBook book;
    private final ReadOnlyObjectWrapper<Episode> current = new ReadOnlyObjectWrapper<>();

    public EpisodeModel(EpisodeBook book) {
        this.book = book;
        current.set(book.current().orElse(null));
    }

    public ReadOnlyObjectProperty<Episode> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Episode current() {
        return current.get();
    }

    public Clock clock() {
        return book.clock();
    }

    /** The key safety answers are remembered under: one per episode. */
    public String episodeKey() {
        Episode e = current.get();
        return e == null ? "no-episode" : e.onset().toString();
    }

    public OnsetCheck start(Instant onset) {
        OnsetCheck verdict = book.start(onset);
        current.set(book.current().orElse(null));
        return verdict;
    }

    public void end() {
        book.end();
        current.set(null);
    }
}
