package org.backspasm.ui.stretch;

import org.backspasm.core.content.ContentException;
import org.backspasm.core.content.Loaded;
import org.backspasm.core.content.SourceRegistry;
import org.backspasm.core.stretch.StretchContent;
import org.backspasm.core.stretch.StretchContentLoader;
import org.backspasm.ui.stretch.figure.PoseLibrary;

/** The shipped stretches, routines and poses, read and checked once at start; or the problem that stopped them. */
public record StretchLibrary(StretchContent content, PoseLibrary poses, ContentException problem) {

    /** The shipped content, its sources checked against the shipped registry. */
    public static StretchLibrary load() {
        return load(Loaded.of(SourceRegistry::loadDefault));
    }

    /** Reads the poses, then the stretches and routines, whose sources must be in {@code sources}. */
    public static StretchLibrary load(Loaded<SourceRegistry> sources) {
        Loaded<PoseLibrary> poses = Loaded.of(PoseLibrary::load);
        if (!poses.ok()) {
            return new StretchLibrary(null, null, poses.problem());
        }
        Loaded<StretchContent> content = sources.then(
                registry -> new StretchContentLoader(poses.value()::has, registry).loadDefault());
        return content.ok() ? new StretchLibrary(content.value(), poses.value(), null)
                : new StretchLibrary(null, null, content.problem());
    }

    public boolean ok() {
        return problem == null;
    }
}
