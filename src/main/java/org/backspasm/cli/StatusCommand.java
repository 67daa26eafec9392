package org.backspasm.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.backspasm.core.i18n.Messages;
import org.backspasm.core.state.FileProblem;
import org.backspasm.core.state.Notice;
import org.backspasm.core.state.NoticeException;
import org.backspasm.store.ChosenLanguage;
import org.backspasm.core.i18n.Languages;
import java.util.Map;
import java.util.StringJoiner;
import org.backspasm.app.AppAssembly;
import org.backspasm.core.state.Section;
import org.backspasm.core.state.Sections;
import org.backspasm.core.state.StateReader;
import org.backspasm.core.status.StatusPart;
import org.backspasm.store.DataDirs;
import org.backspasm.store.JournalStore;
import org.backspasm.store.NewerDataException;
import org.backspasm.store.StateStore;

/**
 * {@code --status} (one human line) and {@code --status --json} (one JSON object): the episode and the timer as
 * they stand now, read from the data folder without changing anything and without opening a window.
 * Exit codes: 0 fine, 2 the data folder cannot be read.
 */
public final class StatusCommand {
    public static final String OPTION = "--status";

    private StatusCommand() {
    }

    public static boolean wanted(List<String> args) {
        return args.contains(OPTION);
    }

    /** Runs the command for this process (its environment, OS and home folder). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Path dir = DataDirs.forThisProcess(args);
        return run(args, dir, Clock.systemDefaultZone(), out, err);
    }

    public static int run(List<String> args, Map<String, String> env, String osName, Path home, Clock clock,
            PrintStream out, PrintStream err) {
        return run(args, DataDirs.resolve(args, env, osName, home), clock, out, err);
    }

    /** With the parts of every feature, in the order of the feature list. */
    static int run(List<String> args, Path dir, Clock clock, PrintStream out, PrintStream err) {
        return run(args, dir, clock, out, err, AppAssembly.statusParts());
    }

    static int run(List<String> args, Path dir, Clock clock, PrintStream out, PrintStream err,
            List<StatusPart> parts) {
        boolean json = args.contains("--json");
        Locale system = Languages.system(System.getProperty(Languages.PROPERTY), System.getenv(Languages.VARIABLE),
                Locale.getDefault());
        Map<Section<?>, Object> decoded = new HashMap<>();
        try {
            JsonObject sections = StateStore.readOnly(dir);
            for (Section<?> section : Sections.ALL) { // every part is checked, also those no status part shows
                decoded.put(section, decode(dir, sections, section));
            }
            JournalStore.check(dir);
        } catch (NewerDataException e) {
            Locale locale = ChosenLanguage.speaks(dir, system);
            err.println(Messages.of("cli", locale).text("status.newer", PortCommands.appName(locale),
                    Messages.of("startup", locale).text("newerData", e.file().toString(),
                            PortCommands.appName(locale), e.found(), e.known())));
            return ExitCodes.UNREADABLE_DATA;
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            Locale locale = ChosenLanguage.speaks(dir, system);
            err.println(Messages.of("cli", locale).text("status.unreadable", PortCommands.appName(locale),
                    words(e, locale)));
            return ExitCodes.UNREADABLE_DATA;
        }
        StateReader saved = new StateReader() {
            @Override
            public <T> T get(Section<T> section) {
                return section.type().cast(decoded.get(section));
            }
        };
        if (json) {
            JsonObject root = new JsonObject();
            parts.forEach(p -> root.add(p.key(), p.json(saved, clock)));
            out.println(new GsonBuilder().serializeNulls().disableHtmlEscaping().create().toJson(root));
        } else {
            Locale locale = saved.get(Sections.SETTINGS).speaks(system);
            StringJoiner line = new StringJoiner(" ");
            parts.stream().map(p -> p.line(saved, clock, locale)).filter(l -> !l.isBlank()).forEach(line::add);
            out.println(line);
        }
        return ExitCodes.OK;
    }

    /** The section as stored, its fallback when absent, or an exception naming the part that cannot be read. */
    private static <T> T decode(Path dir, JsonObject sections, Section<T> section) throws IOException {
        JsonElement raw = sections.get(section.key());
        if (raw == null || raw.isJsonNull()) {
            return section.fallback();
        }
        try {
            return StateStore.decode(raw, section);
        } catch (RuntimeException e) {
            throw new NoticeException(Notice.of("file.partUnreadable", section.key(),
                    dir.resolve(StateStore.FILE_NAME).toString()), e);
        }
    }

    /** What is wrong, in the locale's language: our own words, or the system's detail labelled as such. */
    private static String words(Throwable e, Locale locale) {
        Messages m = Messages.of("cli", locale);
        if (e instanceof OutOfMemoryError) {
            return m.text("reason.tooLarge");
        }
        if (e instanceof StackOverflowError) {
            return m.text("reason.tooDeep");
        }
        if (e instanceof NoticeException || e instanceof IOException) {
            return FileProblem.text(e, locale);
        }
        return m.text("reason.damaged"); // a value the app cannot use: the details are for the log
    }
}
