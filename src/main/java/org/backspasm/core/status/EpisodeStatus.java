package org.backspasm.core.status;

import java.util.Locale;
import org.backspasm.core.i18n.Messages;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.Instant;
import org.backspasm.core.episode.Episode;
import org.backspasm.core.state.Sections;
import org.backspasm.core.state.StateReader;

/** The episode in {@code --status}: its onset, phase and hours since onset. */
public final class EpisodeStatus implements StatusPart {
    @Override
    public String key() {
        return "episode";
    }

    @Override
    public JsonElement json(StateReader saved, Clock clock) {
        Episode episode = saved.get(Sections.EPISODE);
        if (episode == null) {
            return JsonNull.INSTANCE;
        }
        Instant now = clock.instant();
        JsonObject e = new JsonObject();
        e.addProperty("onset", episode.onset().toString());
        e.addProperty("phase", episode.phaseAt(now).name());
        e.addProperty("hoursSinceOnset", Math.floor(episode.sinceOnset(now).toMinutes() / 6.0) / 10.0);
        return e;
    }

    @Override
    public String line(StateReader saved, Clock clock, Locale locale) {
        Messages m = Messages.of(StatusPart.BUNDLE, locale);
        Episode episode = saved.get(Sections.EPISODE);
        Instant now = clock.instant();
        return episode == null ? m.text("episode.none")
                : m.text("episode.since", episode.hoursSinceOnset(now), episode.phaseAt(now).label(locale));
    }
}
