package org.backspasm.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.backspasm.core.state.FileProblem;
import org.backspasm.core.about.AppVersion;
import org.backspasm.core.state.Notice;
import org.backspasm.store.Backups;

/**
 * What happens to the data folder before the stores read it: a restore chosen in the last session is carried out,
 * then the day's backup is taken if none was taken today. Returns what to tell the user.
 */
final class DataAtStart {
    private DataAtStart() {
    }

    static List<Notice> run(Path dataDir, Clock clock) {
        Backups backups = new Backups(dataDir, clock, AppVersion.current());
        List<Notice> said = new ArrayList<>();
        backups.applyPending().ifPresent(said::add);
        try {
            backups.dailyIfDue();
        } catch (IOException e) {
            said.add(Notice.of("backup.dailyFailed", FileProblem.why(e)));
        }
        return said;
    }
}
