package org.backspasm.core.warningsigns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backspasm.core.content.ContentCheck;
import org.backspasm.core.content.ContentException;
import org.backspasm.core.content.ContentJson;
import org.backspasm.core.content.ContentTexts;
import org.backspasm.core.content.SourceRegistry;

/**
 * Binds {@code warning-signs.json} into records and checks every sign with {@link ContentCheck}: required fields,
 * known levels and sources, references to other signs that exist, follow-ups that are not follow-ups of themselves,
 * context questions that something uses. A problem names the file, the JSON path and the reason.
 */
public final class SignCatalogParser {
    public static final String FILE = "warning-signs.json";
    public static final int FORMAT_VERSION = 1;

    private SignCatalogParser() {
    }

    /** Checks the sources against the registry the app ships with. */
    public static SignCatalog parse(String json) throws ContentException {
        return parse(json, SourceRegistry.loadDefault());
    }

    /** A file with its texts inline (tests, tools): each text field holds the English text itself. */
    public static SignCatalog parse(String json, SourceRegistry registry) throws ContentException {
        return parse(json, registry, ContentTexts.inline(FILE));
    }

    /** The file with its texts in the per-language files beside it (text fields hold keys). */
    public static SignCatalog parse(String json, SourceRegistry registry, ContentTexts texts) throws ContentException {
        ContentCheck top = ContentCheck.of(FILE);
        SignFile file = ContentJson.bind(FILE, json, SignFile.class);
        top.at("formatVersion").require(file.formatVersion() != null && file.formatVersion() == FORMAT_VERSION,
                "must be " + FORMAT_VERSION);
        List<SignFile.RawSign> raw = top.list("signs", file.signs(), false);
        List<WarningSign> signs = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            ContentCheck c = top.at("signs").at(i);
            WarningSign s = sign(c, raw.get(i), registry, texts);
            if (index.putIfAbsent(s.id(), i) != null) {
                throw c.at("id").fail("is used by another sign too: " + s.id());
            }
            signs.add(s);
        }
        checkReferences(top.at("signs"), signs, index);
        texts.checkAllUsed();
        return new SignCatalog(signs, registry);
    }

    private static WarningSign sign(ContentCheck c, SignFile.RawSign o, SourceRegistry registry, ContentTexts texts)
            throws ContentException {
        String id = c.text("id", o.id());
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw c.at("id").fail("must be lower-case words joined by '-', not " + id);
        }
        int table = c.number("table", o.table(), 1, 99);
        Level level = c.choice("level", o.level(), Level.class);
        if (c.flag(o.askedFirst()) && o.askIf() != null && !o.askIf().isEmpty()) {
            throw c.at("askedFirst").fail("is for a main question; a follow-up is asked with the question it follows");
        }
        List<String> sources = c.sources("sources", o.sources(), registry);
        List<SignFile.RawEscalation> rawEscalations = c.list("escalations", o.escalations(), true);
        List<Escalation> escalations = new ArrayList<>();
        for (int i = 0; i < rawEscalations.size(); i++) {
            ContentCheck ec = c.at("escalations").at(i);
            SignFile.RawEscalation e = rawEscalations.get(i);
            Level to = ec.choice("level", e.level(), Level.class);
            if (!to.isAbove(level)) {
                throw ec.at("level").fail("must be higher than the sign's own level (" + level + ")");
            }
            escalations.add(new Escalation(to, ec.texts("withAny", e.withAny(), false),
                    texts.optionalText(ec, "because", e.because())));
        }
        return new WarningSign(id, table, level, texts.text(c, "label", o.label()), texts.text(c, "question", o.question()),
                texts.optionalText(c, "help", o.help()), texts.optionalText(c, "doesNotCount", o.doesNotCount()),
                c.texts("askIf", o.askIf(), true),
                c.texts("countsIf", o.countsIf(), true), escalations, texts.optionalText(c, "resultNote", o.resultNote()),
                c.flag(o.showsEpisodeAge()), c.flag(o.askedFirst()), sources);
    }

    private static void checkReferences(ContentCheck at, List<WarningSign> signs, Map<String, Integer> index)
            throws ContentException {
        Set<String> usedAsCondition = new HashSet<>();
        for (int i = 0; i < signs.size(); i++) {
            WarningSign s = signs.get(i);
            ContentCheck c = at.at(i);
            Map<String, List<String>> refs = new LinkedHashMap<>();
            refs.put("askIf", s.askIf());
            refs.put("countsIf", s.countsIf());
            for (int k = 0; k < s.escalations().size(); k++) {
                refs.put("escalations[" + k + "].withAny", s.escalations().get(k).withAny());
            }
            for (Map.Entry<String, List<String>> field : refs.entrySet()) {
                for (String ref : field.getValue()) {
                    c.at(field.getKey()).require(index.containsKey(ref),
                            "refers to '" + ref + "', which is not a sign in the file");
                    c.at(field.getKey()).require(!ref.equals(s.id()), "refers to the sign itself");
                }
            }
            usedAsCondition.addAll(s.countsIf());
            for (String parent : s.askIf()) {
                c.at("askIf").require(!signs.get(index.get(parent)).isFollowUp(), "names '" + parent
                        + "', which is itself a follow-up; follow-ups go one level deep");
            }
        }
        for (int i = 0; i < signs.size(); i++) {
            WarningSign s = signs.get(i);
            if (s.isContext()) {
                at.at(i).at("level").require(usedAsCondition.contains(s.id()),
                        "is NONE, but no other sign uses this one in 'countsIf'");
                at.at(i).at("askIf").require(s.isFollowUp(),
                        "is needed: a context question (level NONE) is asked as a follow-up");
            }
        }
    }
}
