package org.backspasm.ui.alert;

import java.time.Instant;

/** An alert the app raised: when, what it said, and its sound cue. Kept so tests and the UI can see it. */
public record AlertRecord(Instant at, String title, String text, Cue cue) {
}
