package org.backspasm.ui.stretch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.backspasm.core.stretch.ContentException;
import org.backspasm.core.stretch.StretchContent;
import org.backspasm.core.stretch.StretchContentLoader;
import org.backspasm.ui.stretch.figure.PoseLibrary;

/** The shipped stretches, routines and poses, read and checked once at start; or the reason they could not be. */
public record StretchLibrary(StretchContent content, PoseLibrary poses, String problem) {
    static final String CONTENT = "/org/backspasm/content/";

    public static StretchLibrary load() {
        try {
            PoseLibrary poses = PoseLibrary.load();
            StretchContent content = new StretchContentLoader(poses::has)
                    .load(read(StretchContentLoader.STRETCHES_FILE), read(StretchContentLoader.ROUTINES_FILE));
            return new StretchLibrary(content, poses, null);
        } catch (IOException | ContentException e) {
            return new StretchLibrary(null, null, e.getMessage());
        }
    }

    private static String read(String file) throws IOException {
        try (InputStream in = StretchLibrary.class.getResourceAsStream(CONTENT + file)) {
            if (in == null) {
                throw new IOException(file + " is missing from the app");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public boolean ok() {
        return problem == null;
    }
}
