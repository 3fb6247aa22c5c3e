package io.github.smpolicy.rules.text;

import io.github.smpolicy.model.TextSpan;
import io.github.smpolicy.rules.AgencyProfile;
import io.github.smpolicy.rules.ContentAnalyser;
import io.github.smpolicy.rules.ContentSignal;
import io.github.smpolicy.rules.LexiconEntry;
import io.github.smpolicy.rules.text.Lexicon.Element;
import io.github.smpolicy.rules.text.Lexicon.Entry;
import io.github.smpolicy.rules.text.Lexicon.Word;
import io.github.smpolicy.rules.text.Tokens.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in text analyser: finds the content clauses of 311.40 (1.3–1.8) in a post's own words,
 * its captions and the content it shares. Needs no network and no model: a lexicon of word
 * patterns with confidences and context groups ({@code lexicon-311.40.txt}), matched on
 * de-obfuscated tokens ({@link Tokens}) whose spans point into the original string.
 *
 * <p>Explicit wording reaches the deny threshold; wording a reasonable reader could take either way
 * stays below it, so that a person decides. Context counts: a 1.5 pattern needs a tie to the agency
 * (its names and aliases from the profile are added to the {@code @tie} group); sports, photography,
 * games and condemning quotation words near a match withdraw it.
 *
 * <p>Cost is linear in the text: one tokenizing pass, then for each token only the patterns whose
 * first word it is, each pattern bounded in length. Immutable and thread-safe.
 */
public final class TextAnalyser implements ContentAnalyser {
    /** At most this many spans per signal and text: enough evidence, bounded output for huge posts. */
    static final int MAX_SPANS_PER_SIGNAL = 5;
    private static final String STANDARD = "lexicon-311.40.txt";
    private static final String PROFILE = "profile lexicon";

    /** A signal found, and whether an entry of the agency's profile found it (those override the built-in ones). */
    private record Found(ContentSignal signal, boolean agency) {}

    private final Lexicon lexicon;
    private final Map<String, List<Entry>> byFirstWord;
    private final Map<String, List<Entry>> byPrefixStart;
    private final List<Entry> numberFirst;

    private TextAnalyser(Lexicon lexicon) {
        this.lexicon = lexicon;
        Map<String, List<Entry>> index = new HashMap<>();
        Map<String, List<Entry>> prefixes = new HashMap<>();
        List<Entry> numbers = new ArrayList<>();
        for (Entry e : lexicon.entries()) {
            for (List<Word> phrase : e.elements().get(0).phrases()) {
                Word first = phrase.get(0);
                if (first.number()) {
                    addOnce(numbers, e);
                } else if (first.prefix()) {
                    addOnce(prefixes.computeIfAbsent(Lexicon.Element.start(first.skeleton()), k -> new ArrayList<>()), e);
                    addOnce(prefixes.computeIfAbsent(Lexicon.Element.start(first.collapsed()), k -> new ArrayList<>()), e);
                } else {
                    addOnce(index.computeIfAbsent(first.skeleton(), k -> new ArrayList<>()), e);
                    addOnce(index.computeIfAbsent(first.collapsed(), k -> new ArrayList<>()), e);
                }
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        prefixes.replaceAll((k, v) -> List.copyOf(v));
        this.byFirstWord = Map.copyOf(index);
        this.byPrefixStart = Map.copyOf(prefixes);
        this.numberFirst = List.copyOf(numbers);
    }

    private static void addOnce(List<Entry> list, Entry e) {
        if (!list.contains(e)) {
            list.add(e);
        }
    }

    /** The entries whose first word could be this token: by the word, by a prefix's first letters, by number. */
    private List<Entry> candidates(Token t) {
        if (t.hasWildcard() || t.stretched()) {
            return lexicon.entries();
        }
        List<Entry> exact = byFirstWord.getOrDefault(t.skeleton(), List.of());
        List<Entry> prefixed = byPrefixStart.getOrDefault(t.head(), List.of());
        List<Entry> numbered = t.number() ? numberFirst : List.of();
        if (prefixed.isEmpty() && numbered.isEmpty()) {
            return exact;
        }
        List<Entry> all = new ArrayList<>(exact);
        prefixed.forEach(e -> addOnce(all, e));
        numbered.forEach(e -> addOnce(all, e));
        return all;
    }

    /** The standard lexicon with Portland's names. */
    public static TextAnalyser standard() {
        return forProfile(AgencyProfile.portland());
    }

    /** The standard lexicon, with the agency's name and aliases as ties and its lexicon entries added. */
    public static TextAnalyser forProfile(AgencyProfile profile) {
        Lexicon lexicon = Lexicon.parse(List.of(STANDARD), List.of(resource(STANDARD)));
        List<String> names = new ArrayList<>(profile.aliases());
        names.add(profile.name());
        lexicon = lexicon.withGroupPhrases("@tie", names);
        for (LexiconEntry e : profile.lexicon()) {
            lexicon = lexicon.withEntry(e.signal(), e.confidence(), e.term(), PROFILE);
        }
        return new TextAnalyser(lexicon);
    }

    @Override
    public List<ContentSignal> analyse(String text, String where) {
        List<Token> tokens = Tokens.of(text);
        Map<String, boolean[]> groupHits = new HashMap<>();
        Map<String, List<Found>> bySignal = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            consider(text, where, tokens, i, candidates(tokens.get(i)), groupHits, bySignal);
        }
        List<ContentSignal> signals = new ArrayList<>();
        for (List<Found> found : bySignal.values()) {
            for (Found f : found) {
                // an agency entry at confidence 0 silences the built-in wording it overlaps
                if (f.signal().confidence() > 0) {
                    signals.add(f.signal());
                }
            }
        }
        return signals;
    }

    private void consider(String text, String where, List<Token> tokens, int at, List<Entry> entries,
            Map<String, boolean[]> groupHits, Map<String, List<Found>> bySignal) {
        for (Entry e : entries) {
            List<Found> found = bySignal.get(e.signal());
            if (found != null && found.size() >= MAX_SPANS_PER_SIGNAL) {
                continue;
            }
            int end = match(e.elements(), 0, tokens, at);
            if (end < 0 || !context(e, tokens, at, end, groupHits)) {
                continue;
            }
            int start = tokens.get(at).start();
            int stop = tokens.get(end - 1).end();
            ContentSignal signal = new ContentSignal(e.signal(), e.confidence(),
                    new TextSpan(start, stop, text.substring(start, stop), where));
            Found now = new Found(signal, PROFILE.equals(e.source()));
            List<Found> same = bySignal.computeIfAbsent(e.signal(), k -> new ArrayList<>());
            // overlapping matches of one signal are one piece of evidence: the agency's entry wins over
            // the built-in lexicon (so a profile can lower or silence it), else the most confident
            int last = same.size() - 1;
            if (last >= 0 && same.get(last).signal().span().end() > start) {
                Found before = same.get(last);
                boolean replace = now.agency() != before.agency() ? now.agency()
                        : before.signal().confidence() < signal.confidence();
                if (replace) {
                    same.set(last, now);
                }
            } else {
                same.add(now);
            }
        }
    }

    /** Matches elements from {@code k} at token {@code at}; the index after the last token matched, or -1. */
    private static int match(List<Element> elements, int k, List<Token> tokens, int at) {
        if (k == elements.size()) {
            return at;
        }
        Element e = elements.get(k);
        if (e.gap() > 0) {
            for (int skip = 0; skip <= e.gap() && at + skip <= tokens.size(); skip++) {
                int end = match(elements, k + 1, tokens, at + skip);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        int covered = at < tokens.size() ? e.match(tokens, at) : -1;
        return covered < 0 ? -1 : match(elements, k + 1, tokens, at + covered);
    }

    private boolean context(Entry e, List<Token> tokens, int from, int to, Map<String, boolean[]> groupHits) {
        for (String g : e.ifGroups()) {
            if (!any(hits(g, tokens, groupHits), 0, tokens.size())) {
                return false;
            }
        }
        for (String g : e.unlessNear()) {
            if (any(hits(g, tokens, groupHits), from - Lexicon.WINDOW, to + Lexicon.WINDOW)) {
                return false;
            }
        }
        for (String g : e.unlessText()) {
            if (any(hits(g, tokens, groupHits), 0, tokens.size())) {
                return false;
            }
        }
        return true;
    }

    private static boolean any(boolean[] hits, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(hits.length, to); i++) {
            if (hits[i]) {
                return true;
            }
        }
        return false;
    }

    /** Where the group's words start in the text, computed once per text and group. */
    private boolean[] hits(String group, List<Token> tokens, Map<String, boolean[]> cache) {
        return cache.computeIfAbsent(group, g -> {
            boolean[] hit = new boolean[tokens.size()];
            Element members = new Element(lexicon.group(g), 0);
            for (int i = 0; i < tokens.size(); i++) {
                hit[i] = members.match(tokens, i) >= 0;
            }
            return hit;
        });
    }

    private static String resource(String name) {
        try (InputStream in = TextAnalyser.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
