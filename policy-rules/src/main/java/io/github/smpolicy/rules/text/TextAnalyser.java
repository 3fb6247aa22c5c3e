package io.github.smpolicy.rules.text;

import io.github.smpolicy.model.TextSpan;
import io.github.smpolicy.rules.AgencyProfile;
import io.github.smpolicy.rules.ContentAnalyser;
import io.github.smpolicy.rules.ContentSignal;
import io.github.smpolicy.rules.LexiconEntry;
import io.github.smpolicy.rules.text.Lexicon.Element;
import io.github.smpolicy.rules.text.Lexicon.Entry;
import io.github.smpolicy.rules.text.Lexicon.Word;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>Cost is linear in the text: one tokenizing pass, one look-up of each token's word and first two
 * letters, then for each token only the patterns whose first word it is, each pattern bounded in
 * length. A pattern with a word none of the text's tokens can be (a Bloom filter of the text's words
 * tells) is not tried at all. A context group is matched at a token at most once per text, and only
 * at the tokens that can start one of its phrases. At most {@value #MAX_SPANS_PER_SIGNAL} spans per
 * signal. None of these shortcuts changes a result: each skips only work that would have found
 * nothing. Everything built from the lexicon is done once, in the constructor; {@link #analyse} keeps
 * its state in a {@link Run} of its own. Immutable and thread-safe.
 */
public final class TextAnalyser implements ContentAnalyser {
    /** At most this many spans per signal and text: enough evidence, bounded output for huge posts. */
    static final int MAX_SPANS_PER_SIGNAL = 5;
    /** The strongest confidence of words the member puts in quotation marks (someone else's words). */
    static final double QUOTED_CEILING = 0.6;
    /** The strongest confidence of explicit wording with a negation or a third person near it ({@code review-if}). */
    static final double REVIEW_CEILING = 0.75;
    static final String STANDARD = "lexicon-311.40.txt";
    private static final String PROFILE = "profile lexicon";
    private static final String CONFUSABLES = "confusables.txt";
    private static final Pattern[] NONE = new Pattern[0];
    private static final byte UNKNOWN = 0;
    private static final byte YES = 1;
    private static final byte NO = 2;

    /** See {@link #version()}. */
    private final String version;

    /** A signal found, and whether an entry of the agency's profile found it (those override the built-in ones). */
    private record Found(ContentSignal signal, boolean agency) {}

    /**
     * A lexicon entry ready to match: its position in the lexicon, its signal and context groups by
     * number. {@code same} is the position of the first entry equal to it, so that "the same entry" is
     * an int comparison.
     */
    private record Pattern(Entry entry, Element[] elements, int index, int signal, int same, boolean agency,
            int[] ifGroups, int[] unlessNear, int[] unlessText, int[] reviewNear, int[] ifContext) {}

    /**
     * What a word (or the first two letters of one) can start: the patterns, in lexicon order; the
     * same as a set of positions in the lexicon (a bit per pattern, equal entries included); and the
     * context groups ({@link #bit(int) bit} per group) with a phrase starting so.
     */
    private record Starts(Pattern[] patterns, long[] members, long groups, long[] seconds, long[] seconds2) {}

    private final Pattern[] patterns;
    private final int signalCount;
    /** Per lexicon position {@code same}, the positions of the entries equal to it. */
    private final int[][] equalTo;
    private final Element[] groups;
    private final WordTable<Starts> byFirstWord;
    private final WordTable<Starts> byPrefixStart;
    /** {@link #byPrefixStart} for one- and two-letter ASCII starts, by {@link #asciiStart}: no substring, no hashing. */
    private final Starts[] byAsciiStart = new Starts[128 * 129];
    private final Pattern[] numberFirst;
    private final long[] numberMembers;
    private final long numberGroups;
    /** The number of the {@code @tie} group (the agency, its members and units, the author's own work), or -1. */
    private final int tieGroup;
    /** The number of the {@code @ownviews} group (disclaimers: "views are my own", "I don't speak for the Bureau"), or -1. */
    private final int ownViewsGroup;
    /** The number of the {@code @author} group (the author speaking of themselves: I, me, my, we, our), or -1. */
    private final int authorGroup;
    /** The number of the {@code @notmine} group (the author saying a matter is not theirs: "not my agency, not my case"), or -1. */
    private final int notMineGroup;
    /**
     * The groups of which one must occur in a shared posting for a model's 311.40-1.3 opinion on it to
     * stand ({@link #admitsOpinion(String, String, String)}): the agency and its units, secrecy, operations,
     * the author speaking of themselves.
     */
    private final int[] bureauInformationGroups;
    /** The {@code @dissent} group: a comment's explicit disagreement with the posting it answers. */
    private final int dissentGroup;
    /** The {@code @wink} group: laughter or "before IA sees it", which turn "delete this" into a wink. */
    private final int winkGroup;
    /** The number of the {@code @condemn} group (words that report or condemn what they quote), or -1. */
    private final int condemnGroup;
    /** The number of the {@code @speech} group (verbs of saying that introduce someone else's words in quotation marks), or -1. */
    private final int speechGroup;
    /** How many words before an opening quotation mark a verb of saying ({@code @speech}) introduces it. */
    static final int SPEECH_WINDOW = 4;

    // package-private for LexiconEntryAudit (tests), which builds an analyser of one entry at a time
    TextAnalyser(Lexicon lexicon, String version) {
        this.version = version;
        List<Entry> entries = lexicon.entries();
        Map<String, Integer> signalIds = new HashMap<>();
        Map<String, Integer> groupIds = new LinkedHashMap<>();
        this.patterns = new Pattern[entries.size()];
        Map<Entry, Integer> firstOf = new HashMap<>(2 * entries.size()); // (indexOf on the list: 0.04 s at start)
        for (int k = 0; k < patterns.length; k++) {
            Entry e = entries.get(k);
            Integer seen = firstOf.putIfAbsent(e, k);
            int same = seen == null ? k : seen;
            int signal = signalIds.computeIfAbsent(e.signal(), s -> signalIds.size());
            patterns[k] = new Pattern(e, e.elements().toArray(new Element[0]), k, signal, same,
                    PROFILE.equals(e.source()), ids(e.ifGroups(), groupIds), ids(e.unlessNear(), groupIds),
                    ids(e.unlessText(), groupIds), ids(e.reviewNear(), groupIds), ids(e.ifContext(), groupIds));
        }
        this.signalCount = signalIds.size();
        // the positions of the entries equal to each first one, for members()
        List<List<Integer>> equal = new ArrayList<>();
        for (int k = 0; k < patterns.length; k++) {
            equal.add(new ArrayList<>());
            equal.get(patterns[k].same()).add(k);
        }
        this.equalTo = equal.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);

        Map<String, List<Pattern>> index = new HashMap<>();
        Map<String, List<Pattern>> prefixes = new HashMap<>();
        List<Pattern> numbers = new ArrayList<>();
        for (Pattern p : patterns) {
            for (List<Word> phrase : p.entry().elements().get(0).phrases()) {
                Word first = phrase.get(0);
                if (first.number()) {
                    addOnce(numbers, p);
                } else if (first.prefix()) {
                    addOnce(prefixes.computeIfAbsent(Element.start(first.skeleton()), k -> new ArrayList<>()), p);
                    addOnce(prefixes.computeIfAbsent(Element.start(first.collapsed()), k -> new ArrayList<>()), p);
                } else {
                    addOnce(index.computeIfAbsent(first.skeleton(), k -> new ArrayList<>()), p);
                    addOnce(index.computeIfAbsent(first.collapsed(), k -> new ArrayList<>()), p);
                }
            }
        }

        // groups the analyser itself asks for, whether or not an entry names them
        for (String own : List.of("@speech", "@tie", "@ownviews", "@author", "@notmine", "@dissent", "@wink",
                "@agency", "@opunit", "@op", "@secretstrong", "@secretweak")) {
            if (!lexicon.group(own).isEmpty()) {
                groupIds.computeIfAbsent(own, k -> groupIds.size());
            }
        }
        // the groups' first words, filed the way Element files them
        this.groups = new Element[groupIds.size()];
        Map<String, Long> groupWords = new HashMap<>();
        Map<String, Long> groupPrefixes = new HashMap<>();
        long numberBits = 0;
        for (Map.Entry<String, Integer> g : groupIds.entrySet()) {
            Element members = new Element(lexicon.group(g.getKey()), 0);
            groups[g.getValue()] = members;
            long bit = bit(g.getValue());
            for (List<Word> phrase : members.phrases()) {
                Word first = phrase.get(0);
                if (first.number()) {
                    numberBits |= bit;
                } else if (first.prefix()) {
                    groupPrefixes.merge(Element.start(first.skeleton()), bit, (a, b) -> a | b);
                    groupPrefixes.merge(Element.start(first.collapsed()), bit, (a, b) -> a | b);
                } else {
                    groupWords.merge(first.skeleton(), bit, (a, b) -> a | b);
                    groupWords.merge(first.collapsed(), bit, (a, b) -> a | b);
                }
            }
        }
        this.numberGroups = numberBits;
        this.speechGroup = groupIds.getOrDefault("@speech", -1);
        this.tieGroup = groupIds.getOrDefault("@tie", -1);
        this.condemnGroup = groupIds.getOrDefault("@condemn", -1);
        this.ownViewsGroup = groupIds.getOrDefault("@ownviews", -1);
        this.authorGroup = groupIds.getOrDefault("@author", -1);
        this.notMineGroup = groupIds.getOrDefault("@notmine", -1);
        this.bureauInformationGroups = java.util.stream.Stream.of(
                        "@tie", "@agency", "@opunit", "@op", "@secretstrong", "@secretweak", "@author")
                .mapToInt(g -> groupIds.getOrDefault(g, -1)).filter(g -> g >= 0).toArray();
        this.dissentGroup = groupIds.getOrDefault("@dissent", -1);
        this.winkGroup = groupIds.getOrDefault("@wink", -1);
        this.numberFirst = numbers.toArray(NONE);
        this.numberMembers = members(numberFirst);
        this.byFirstWord = new WordTable<>(starts(index, groupWords));
        Map<String, Starts> byPrefixStart = starts(prefixes, groupPrefixes);
        this.byPrefixStart = new WordTable<>(byPrefixStart);
        byPrefixStart.forEach((start, starts) -> {
            int key = asciiStart(start);
            if (key >= 0) {
                byAsciiStart[key] = starts;
            }
        });
    }

    private static int[] ids(List<String> names, Map<String, Integer> ids) {
        return names.stream().mapToInt(g -> ids.computeIfAbsent(g, k -> ids.size())).toArray();
    }

    /** A group's bit in {@link Starts#groups}; groups past the 63rd share the last bit (a filter may say yes too often, never no). */
    private static long bit(int group) {
        return 1L << Math.min(group, 63);
    }

    private Map<String, Starts> starts(Map<String, List<Pattern>> patterns, Map<String, Long> groups) {
        Map<String, Starts> all = new HashMap<>();
        patterns.forEach((k, v) -> {
            Pattern[] ps = v.toArray(NONE);
            // per pattern, what the next token must be for its first element to match a token that is k
            long[] seconds = new long[ps.length];
            long[] seconds2 = new long[ps.length];
            for (int i = 0; i < ps.length; i++) {
                seconds[i] = ps[i].elements()[0].secondWordsAfter(k, false);
                seconds2[i] = ps[i].elements()[0].secondWordsAfter(k, true);
            }
            all.put(k, new Starts(ps, members(ps), groups.getOrDefault(k, 0L), seconds, seconds2));
        });
        groups.forEach((k, v) -> all.putIfAbsent(k, new Starts(NONE, members(NONE), v, new long[0], new long[0])));
        return all;
    }

    /** The positions in the lexicon of the entries equal to one of {@code ps}, as bits. */
    private long[] members(Pattern[] ps) {
        long[] bits = new long[(patterns.length + 63) / 64];
        for (Pattern p : ps) {
            for (int k : equalTo[p.same()]) {
                bits[k / 64] |= 1L << k;
            }
        }
        return bits;
    }

    private static void addOnce(List<Pattern> list, Pattern p) {
        for (Pattern q : list) {
            if (q.same() == p.same()) {
                return;
            }
        }
        list.add(p);
    }

    /**
     * Whether an entry equal to {@code p}'s is among the patterns {@code starts} holds: its bit in their
     * {@link Starts#members() members} (a scan of the patterns cost ~18% of an analysis at a token that both
     * starts words and prefixes, such as "th").
     */
    private static boolean contains(Starts starts, Pattern p) {
        return starts != null && (starts.members()[p.index() >>> 6] & 1L << p.index()) != 0;
    }

    /**
     * The key of a word's first one or two letters in {@link #byAsciiStart}, or -1 if they are not ASCII
     * (two letters {@code c0 c1} at {@code c0 * 128 + c1}, one letter {@code c0} after them).
     */
    private static int asciiStart(Tokens t, int i) {
        char c0 = t.charAt(i, 0);
        if (t.length(i) == 1) {
            return c0 < 128 ? 128 * 128 + c0 : -1;
        }
        char c1 = t.charAt(i, 1);
        return (c0 | c1) < 128 ? c0 * 128 + c1 : -1;
    }

    /** {@link #asciiStart(Tokens, int)} of a word of the lexicon. */
    private static int asciiStart(String word) {
        char c0 = word.charAt(0);
        if (word.length() == 1) {
            return c0 < 128 ? 128 * 128 + c0 : -1;
        }
        char c1 = word.charAt(1);
        return (c0 | c1) < 128 ? c0 * 128 + c1 : -1;
    }

    /**
     * The standard lexicon with Portland's names.
     *
     * @return the analyser for {@link AgencyProfile#portland()}, as {@link #forProfile(AgencyProfile)} gives it
     */
    public static TextAnalyser standard() {
        return forProfile(AgencyProfile.portland());
    }

    /** Analysers already built, by profile: immutable, so every evaluator and analyser of a profile shares one. */
    private static final Map<AgencyProfile, TextAnalyser> BUILT = new java.util.concurrent.ConcurrentHashMap<>();
    /** At most this many profiles' analysers are kept (an agency has one; tests build a few). */
    private static final int KEPT = 16;

    /**
     * The standard lexicon, with the agency's name and aliases as ties and its lexicon entries added.
     *
     * @param profile the agency profile; not {@code null}
     * @return the analyser; the same instance for an equal profile, as long as few profiles were asked for
     */
    public static TextAnalyser forProfile(AgencyProfile profile) {
        TextAnalyser known = BUILT.get(profile);
        if (known != null) {
            return known;
        }
        if (BUILT.size() >= KEPT) {
            return build(profile);
        }
        // built once: a second caller for the same profile (an evaluator built while a start-up thread
        // builds the same analyser ahead of it) waits for the first instead of building another
        return BUILT.computeIfAbsent(profile, TextAnalyser::build);
    }

    private static TextAnalyser build(AgencyProfile profile) {
        Lexicon lexicon = Lexicon.parse(List.of(STANDARD), List.of(resource(STANDARD)));
        List<String> names = new ArrayList<>(profile.aliases());
        names.add(profile.name());
        lexicon = lexicon.withGroupPhrases("@tie", names);
        for (LexiconEntry e : profile.lexicon()) {
            lexicon = lexicon.withEntry(e.signal(), e.confidence(), e.term(), PROFILE);
        }
        return new TextAnalyser(lexicon, version(names, profile.lexicon()));
    }

    /**
     * The SHA-256 of everything this analyser reads with: the standard lexicon's, the look-alike
     * table's and the hashtag vocabulary's bytes (UTF-8, as in their files), the agency's names and
     * its profile's lexicon entries (UTF-16BE, each char as its two bytes, lone surrogates too, which
     * an encoder would replace). Each part is written with its length, so no two different sets of
     * data give the same bytes.
     */
    private static String version(List<String> names, List<LexiconEntry> entries) {
        List<byte[]> parts = new ArrayList<>();
        parts.add(resource(STANDARD).getBytes(StandardCharsets.UTF_8));
        parts.add(resource(CONFUSABLES).getBytes(StandardCharsets.UTF_8));
        parts.add(resource(Hashtags.RESOURCE).getBytes(StandardCharsets.UTF_8));
        List<String> profile = new ArrayList<>();
        profile.add(String.valueOf(names.size()));
        profile.addAll(names);
        for (LexiconEntry e : entries) {
            profile.add(e.signal());
            profile.add(e.term());
            profile.add(Double.toString(e.confidence()));
        }
        for (String part : profile) {
            byte[] bytes = new byte[2 * part.length()];
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                bytes[2 * i] = (byte) (c >>> 8);
                bytes[2 * i + 1] = (byte) c;
            }
            parts.add(bytes);
        }
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (byte[] bytes : parts) {
                sha.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
                sha.update(bytes);
            }
            return "sha256:" + java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** {@code io.github.smpolicy.rules.text.TextAnalyser}: the built-in lexicon. */
    @Override
    public String id() {
        return TextAnalyser.class.getName();
    }

    /**
     * The SHA-256 of the standard lexicon ({@code lexicon-311.40.txt}), the look-alike table
     * ({@code confusables.txt}), the hashtag vocabulary ({@code hashtag-words.txt}), the agency's
     * names and the profile's lexicon entries: it changes whenever any of them changes. (A change of
     * this class's code is a new library version, which the policy version names.)
     */
    @Override
    public String version() {
        return version;
    }

    @Override
    public List<ContentSignal> analyse(String text, String where) {
        return new Run(text, where, false).signals();
    }

    /**
     * {@inheritDoc} An entry's {@code if-context} groups may be found in the context as well as in the text
     * (a comment "send them back" under a headline about refugees); every other condition reads the text alone.
     */
    @Override
    public List<ContentSignal> analyse(String text, String where, String context) {
        Run run = new Run(text, where, false);
        run.context = context;
        return run.signals();
    }

    /**
     * {@link #analyse} with none of its short cuts: every pattern tried at every token, every phrase of an
     * element compared word by word. Slow; for tests, which check that the indexes and filters of the
     * fast path never lose a match.
     */
    List<ContentSignal> analyseEveryPattern(String text, String where) {
        return new Run(text, where, true).signals();
    }

    /**
     * Whether the text ties what it says to the agency: names it (or an alias of the profile), one of
     * its members or units, or the author's own work ("my case", "IA called me in"), as the
     * {@code @tie} group of the lexicon lists them (rule book, 311.40-1.5). Police in general, another
     * agency or another body called a bureau is no tie. For analysers that judge 1.5 by other means.
     *
     * @param text the text; not {@code null}
     * @return {@code true} if a phrase of the {@code @tie} group is found anywhere in it
     */
    public boolean tiedToAgency(String text) {
        return tieGroup >= 0 && new Run(text, "post", false).anywhere(tieGroup);
    }

    /** Laughter the lexicon's words do not spell: "hahaha", "hehe", "lmfaooo", "roofl". */
    private static final java.util.regex.Pattern LAUGHTER = java.util.regex.Pattern.compile(
            "\\b(?:(?:ha){2,}h?|(?:he){2,}|lmf+a+o+|ro+fl)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * {@inheritDoc} Here: the comment holds a phrase of the lexicon's {@code @dissent} group ("delete this",
     * "hard disagree", "not in my name", "you don't know what you're talking about") and none of its
     * {@code @wink} group ("lol", "jk", "before IA sees"), nor laughter ("hahaha", "lmfao", a laughing emoji):
     * "delete this lol" is a wink, not a disagreement. The posting is not read.
     */
    @Override
    public boolean disagrees(String comment, String posting) {
        if (dissentGroup < 0 || comment.isEmpty()) {
            return false;
        }
        return new Run(comment, "post", false).dissents();
    }

    /**
     * Whether a model's opinion that the text is about a complaint, an investigation, a claim or a court
     * case may stand for 311.40-1.5: the text ties itself to the agency ({@link #tiedToAgency}), or its
     * author speaks of themselves ("I", "me", "my", "we", "our", as the lexicon's {@code @author} group
     * lists them), so that the matter a model reads in it may be the author's own work ("the complaint
     * about my tone", "that's me in that suit"). A text in the third person only (a Supreme Court ruling,
     * an Ohio deputy's trial, a news headline) is not one; "us" is not in the group, since case is folded
     * and "the US Supreme Court" would pass. Nor is a text whose author says the matter is not theirs
     * ("not my agency, not my case": the {@code @notmine} group, on which the lexicon's 1.5 patterns stand
     * down too). The lexicon's own 1.5 patterns keep the stricter {@link #tiedToAgency}: a model weighs
     * the whole text and has learnt that another agency's trial or a labour bureau is no finding; a
     * pattern sees only its words.
     *
     * @param text the text; not {@code null}
     * @return {@code true} if the text is tied to the agency or its author speaks of themselves, and it
     *         does not say the matter is not theirs
     */
    public boolean mayConcernOwnWork(String text) {
        Run run = new Run(text, "post", false);
        return ((tieGroup >= 0 && run.anywhere(tieGroup)) || (authorGroup >= 0 && run.anywhere(authorGroup)))
                && !(notMineGroup >= 0 && run.anywhere(notMineGroup));
    }

    /**
     * Whether the text says its author speaks for themselves only ("views are my own", "I don't speak
     * for the Bureau"), as the lexicon's {@code @ownviews} group lists it: the rule book's reason why
     * such a post is no 1.8 finding. For analysers that judge 1.8 by other means.
     *
     * @param text the text; not {@code null}
     * @return {@code true} if a phrase of the {@code @ownviews} group is found anywhere in it
     */
    public boolean disclaimsAgency(String text) {
        return ownViewsGroup >= 0 && new Run(text, "post", false).anywhere(ownViewsGroup);
    }

    /**
     * Whether a model's opinion on {@code clause} may stand for this text, as the rule book reads the
     * clause: 311.40-1.5 only where the text may concern the author's own work ({@link #mayConcernOwnWork}),
     * 311.40-1.8 not where its author says they speak for themselves only ({@link #disclaimsAgency}); any other
     * clause, always. For analysers (the word model, the semantic analyser) whose heads judge the words
     * without these conditions.
     *
     * @param clause the clause the opinion stands for, such as {@code 311.40-1.5}
     * @param text   the text it was formed on; not {@code null}
     * @return {@code true} if the opinion may be reported
     */
    public boolean admitsOpinion(String clause, String text) {
        return admitsOpinion(clause, text, "post");
    }

    /**
     * Whether a model's opinion on {@code clause} may stand for this text, found where {@code where} says:
     * as {@link #admitsOpinion(String, String)}, and 311.40-1.3 on a shared posting ({@code where} is
     * {@code shared}) only where it says something of the agency, its units or operations, of secrecy,
     * or its author speaks of themselves ({@link #mayHoldBureauInformation}). A shared posting is someone
     * else's words: sharing it discloses Bureau information only if it holds some, and a neighbour's "this
     * guy was trying car doors on Elm St last night" or a news desk's "scene on 82nd tonight, stay away from
     * the area" names a place and a time as a leak does, but nothing of the Bureau's.
     *
     * @param clause the clause the opinion stands for, such as {@code 311.40-1.3}
     * @param text   the text it was formed on; not {@code null}
     * @param where  where the text is, as given to {@link #analyse(String, String)}
     * @return {@code true} if the opinion may be reported
     */
    public boolean admitsOpinion(String clause, String text, String where) {
        if (clause.equals("311.40-1.3") && "shared".equals(where)) {
            return mayHoldBureauInformation(text);
        }
        return admitsOpinionOnOwnText(clause, text);
    }

    /**
     * Whether the text says something of the agency, its members, units or operations, of secrecy, or its
     * author speaks of themselves: a phrase of the lexicon's {@code @tie}, {@code @agency}, {@code @opunit},
     * {@code @op}, {@code @secretstrong}, {@code @secretweak} or {@code @author} group anywhere in it.
     *
     * @param text the text; not {@code null}
     * @return {@code true} if one of those groups occurs in it
     */
    public boolean mayHoldBureauInformation(String text) {
        Run run = new Run(text, "post", false);
        for (int group : bureauInformationGroups) {
            if (run.anywhere(group)) {
                return true;
            }
        }
        return false;
    }

    private boolean admitsOpinionOnOwnText(String clause, String text) {
        return switch (clause) {
            case "311.40-1.5" -> mayConcernOwnWork(text);
            case "311.40-1.8" -> !disclaimsAgency(text);
            default -> true;
        };
    }

    /**
     * The text's words as this analyser reads them — lower case, with look-alike letters, leetspeak,
     * stretched, spaced and masked letters folded, a gerund's dropped g restored ("drivin" reads
     * "driving") and "u" written alone read as "you" — each with its span in {@code text}. For analysers
     * (such as a model) that should read through the same obfuscations.
     *
     * @param text the text; not {@code null}
     * @return the words, in order
     */
    public static ReadWords readWords(String text) {
        return Tokens.words(text, TextAnalyser::readWords);
    }

    private static ReadWords readWords(Tokens t) {
        String[] words = new String[t.size()];
        int[] starts = new int[t.size()];
        int[] ends = new int[t.size()];
        for (int i = 0; i < t.size(); i++) {
            words[i] = t.skeleton(i);
            starts[i] = t.start(i);
            ends[i] = t.end(i);
        }
        return new ReadWords(words, starts, ends);
    }

    /** A text's words as the analyser reads them, with the offsets of the characters each came from. */
    public static final class ReadWords {
        private final String[] words;
        private final int[] starts;
        private final int[] ends;

        private ReadWords(String[] words, int[] starts, int[] ends) {
            this.words = words;
            this.starts = starts;
            this.ends = ends;
        }

        /**
         * How many words.
         *
         * @return the number of words, 0 for a text without any
         */
        public int size() {
            return words.length;
        }

        /**
         * Word {@code i}, de-obfuscated and lower case.
         *
         * @param i from 0 to {@link #size()}, exclusive
         * @return the word
         * @throws ArrayIndexOutOfBoundsException if {@code i} is out of range
         */
        public String word(int i) {
            return words[i];
        }

        /**
         * Where word {@code i} starts in the text.
         *
         * @param i from 0 to {@link #size()}, exclusive
         * @return the offset of its first character in the original string
         * @throws ArrayIndexOutOfBoundsException if {@code i} is out of range
         */
        public int start(int i) {
            return starts[i];
        }

        /**
         * Where word {@code i} ends in the text.
         *
         * @param i from 0 to {@link #size()}, exclusive
         * @return the offset just after its last character in the original string
         * @throws ArrayIndexOutOfBoundsException if {@code i} is out of range
         */
        public int end(int i) {
            return ends[i];
        }

        /**
         * Words {@code [from, to)} joined by single spaces.
         *
         * @param from the first word, inclusive
         * @param to   the last word, exclusive
         * @return the words, de-obfuscated and lower case
         * @throws IndexOutOfBoundsException if the range is not within the words
         */
        public String join(int from, int to) {
            return String.join(" ", Arrays.asList(words).subList(from, to));
        }
    }

    /** One analysis of one text: its tokens, what each can start, and what was found. Not shared between threads. */
    private final class Run {
        private final String text;
        private final String where;
        /** The posting the text answers ({@link #analyse(String, String, String)}), or {@code null}; read on first need. */
        private String context;
        private Run contextRun;
        private final Tokens tokens;
        private final Starts[] words;
        private final Starts[] heads;
        /** Per token, the groups that may start there ({@link #bit(int) bits}): all of them for a masked token. */
        private final long[] mayStart;
        /**
         * The words and first letters of the text's tokens as a Bloom filter ({@link Element#addKey}):
         * a pattern with an element that can match none of them is not looked for. All bits for a text
         * with a masked token, which any element may match.
         */
        private final long[] textKeys = new long[Lexicon.KEY_FILTER_WORDS];
        private boolean hasNumber;
        /** Per pattern, whether each of its elements may match somewhere in the text: {@link #UNKNOWN} until asked. */
        private final byte[] viable = new byte[patterns.length];
        /** Per group and token, whether one of the group's phrases starts there: {@link #UNKNOWN} until asked. */
        private final byte[][] hits = new byte[groups.length][];
        /** Per group, whether it occurs anywhere in the text: {@link #UNKNOWN} until asked. */
        private final byte[] anywhere = new byte[groups.length];
        /** Per signal, the spans found; the signals in the order first found, until {@link #inReadingOrder}. */
        @SuppressWarnings("unchecked")
        private final List<Found>[] bySignal = new List[signalCount];
        private final int[] order = new int[signalCount];
        private int signalsFound;
        /** The masked token whose candidates are being considered, or -1; and the first elements' matches there. */
        private int maskedAt = -1;
        /** No short cuts ({@link #analyseEveryPattern}). */
        private final boolean everyPattern;
        private java.util.Map<Element, Integer> firstAtMasked;

        Run(String text, String where, boolean everyPattern) {
            this.everyPattern = everyPattern;
            this.text = text;
            this.where = where;
            this.tokens = Tokens.of(text);
            this.words = new Starts[tokens.size()];
            this.heads = new Starts[tokens.size()];
            this.mayStart = new long[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                Tokens t = tokens;
                boolean wildcard = t.hasWildcard(i);
                boolean number = t.number(i);
                words[i] = byFirstWord.get(t, i);
                int ascii = asciiStart(t, i);
                heads[i] = ascii >= 0 ? byAsciiStart[ascii] : byPrefixStart.getHead(t, i);
                mayStart[i] = wildcard ? -1L
                        : (words[i] != null ? words[i].groups() : 0) | (heads[i] != null ? heads[i].groups() : 0)
                                | (number ? numberGroups : 0);
                Element.addKey(textKeys, t.hash(i));
                Element.addKey(textKeys, t.headHash(i));
                hasNumber |= number;
                if (wildcard) {
                    Arrays.fill(textKeys, -1L);
                }
            }
        }

        List<ContentSignal> signals() {
            for (int i = 0; i < tokens.size(); i++) {
                if (everyPattern) {
                    for (Pattern p : patterns) {
                        consider(p, i);
                    }
                } else {
                    considerCandidates(i);
                }
            }
            inReadingOrder();
            List<ContentSignal> signals = new ArrayList<>();
            for (int k = 0; k < signalsFound; k++) {
                for (Found f : bySignal[order[k]]) {
                    // an agency entry at confidence 0 silences the built-in wording it overlaps
                    if (f.signal().confidence() > 0) {
                        signals.add(f.signal());
                    }
                }
            }
            return signals;
        }

        /**
         * The signals by where their first span starts, then by signal: the order a reader meets them,
         * not the order the patterns happened to be tried in (at one token the short cuts try a word's
         * own patterns before its prefixes', trying every pattern goes in lexicon order, and a match later
         * replaced by a more confident one that starts further on would otherwise keep its place).
         */
        private void inReadingOrder() {
            for (int k = 1; k < signalsFound; k++) {
                int s = order[k];
                int j = k - 1;
                for (; j >= 0 && before(s, order[j]); j--) {
                    order[j + 1] = order[j];
                }
                order[j + 1] = s;
            }
        }

        private boolean before(int a, int b) {
            int sa = bySignal[a].get(0).signal().span().start();
            int sb = bySignal[b].get(0).signal().span().start();
            return sa != sb ? sa < sb : a < b;
        }

        /**
         * The patterns whose first word could be the token, in this order: by the word, by a prefix's
         * first letters, by number, each pattern once; every pattern, in lexicon order, for a masked
         * or stretched token.
         */
        private void considerCandidates(int at) {
            if (tokens.hasWildcard(at)) {
                // every pattern may start at a masked token ("f*ck"): their first elements, shared by many
                // patterns, are each matched once here (~0.25 ms a masked token otherwise, ~1,000 patterns)
                if (firstAtMasked == null) {
                    firstAtMasked = new java.util.IdentityHashMap<>();
                }
                firstAtMasked.clear();
                maskedAt = at;
                for (Pattern p : patterns) {
                    consider(p, at);
                }
                maskedAt = -1;
                return;
            }
            if (tokens.stretched(at)) {
                considerInLexiconOrder(at);
                return;
            }
            Pattern[] exact = words[at] != null ? words[at].patterns() : NONE;
            Pattern[] prefixed = heads[at] != null ? heads[at].patterns() : NONE;
            // a pattern whose first element can only match this token as the first word of longer phrases
            // goes on only if the next token may be one of their second words (Element#secondWordsAfter):
            // at each "the" of a text, most of the ~45 patterns that start with it end here
            long next = exact.length == 0 ? 0L : Element.nextTokenBits(tokens, at, false);
            long next2 = exact.length == 0 ? 0L : Element.nextTokenBits(tokens, at, true);
            long[] seconds = words[at] != null ? words[at].seconds() : null;
            long[] seconds2 = words[at] != null ? words[at].seconds2() : null;
            for (int k = 0; k < exact.length; k++) {
                if (seconds[k] == -1L || (seconds[k] & next) != 0 && (seconds2[k] & next2) != 0) {
                    consider(exact[k], at);
                }
            }
            for (Pattern p : prefixed) {
                if (!contains(words[at], p)) {
                    consider(p, at);
                }
            }
            if (tokens.number(at)) {
                for (Pattern p : numberFirst) {
                    if (!contains(words[at], p) && !contains(heads[at], p)) {
                        consider(p, at);
                    }
                }
            }
        }

        /**
         * Every pattern in lexicon order, as for a masked token, but only those the token's word, first
         * letters or number can start: for the others the first element cannot match (it looks the
         * token up by the same keys), so considering them would find nothing and change nothing.
         */
        private void considerInLexiconOrder(int at) {
            long[] exact = words[at] != null ? words[at].members() : null;
            long[] prefixed = heads[at] != null ? heads[at].members() : null;
            long[] numbered = tokens.number(at) ? numberMembers : null;
            for (int w = 0; w < numberMembers.length; w++) {
                long bits = (exact != null ? exact[w] : 0) | (prefixed != null ? prefixed[w] : 0)
                        | (numbered != null ? numbered[w] : 0);
                for (; bits != 0; bits &= bits - 1) {
                    consider(patterns[64 * w + Long.numberOfTrailingZeros(bits)], at);
                }
            }
        }

        private void consider(Pattern p, int at) {
            List<Found> same = bySignal[p.signal()];
            if (same != null && same.size() >= MAX_SPANS_PER_SIGNAL) {
                return;
            }
            Entry e = p.entry();
            if (!everyPattern && !viable(p) || !textContext(p)) {
                return;
            }
            int end = maskedAt == at ? matchAtMasked(p.elements(), at) : match(p.elements(), 0, tokens, at, everyPattern);
            if (end < 0 || !context(p, at, end)) {
                return;
            }
            int start = tokens.start(at);
            int stop = tokens.end(end - 1);
            double confidence = e.confidence();
            for (int g : p.reviewNear()) {
                // a negation or a third person near explicit wording: a person reads it
                if (confidence > REVIEW_CEILING && near(g, at - Lexicon.WINDOW, end + Lexicon.WINDOW)) {
                    confidence = REVIEW_CEILING;
                }
            }
            int open = p.agency() ? -1 : quoted(start, stop);
            if (open >= 0) {
                // words in quotation marks are someone else's: reported (a verb of saying introduces
                // them), condemned, or answered with disagreement ("'shoot em all' under a protest
                // video ... be better"), they are withdrawn; otherwise whether the member adopts them
                // is for a person to judge
                if (condemnGroup >= 0 && anywhere(condemnGroup) || introducedBySpeech(open, at) || dissents()) {
                    return;
                }
                confidence = Math.min(confidence, QUOTED_CEILING);
            }
            ContentSignal signal = new ContentSignal(e.signal(), confidence,
                    new TextSpan(start, stop, text.substring(start, stop), where));
            Found now = new Found(signal, p.agency());
            if (same == null) {
                same = new ArrayList<>();
                bySignal[p.signal()] = same;
                order[signalsFound++] = p.signal();
            }
            // overlapping matches of one signal are one piece of evidence: the agency's entry wins over
            // the built-in lexicon (so a profile can lower or silence it), else the most confident, and of two
            // as confident from the same word the longer ("investigation on me", not "investigation"), so that
            // the evidence does not depend on the order the patterns were tried in
            int last = same.size() - 1;
            if (last >= 0 && same.get(last).signal().span().end() > start) {
                Found before = same.get(last);
                TextSpan was = before.signal().span();
                boolean replace = now.agency() != before.agency() ? now.agency()
                        : before.signal().confidence() < signal.confidence()
                                || before.signal().confidence() == signal.confidence() && was.start() == start
                                        && was.end() < stop;
                if (replace) {
                    same.set(last, now);
                }
            } else {
                same.add(now);
            }
        }

        /** {@link TextAnalyser#match} at the masked token {@link #maskedAt}, its first element's match remembered. */
        private int matchAtMasked(Element[] elements, int at) {
            Element first = elements[0];
            if (first.gap() > 0) {
                return match(elements, 0, tokens, at, false);
            }
            Integer covered = firstAtMasked.get(first);
            if (covered == null) {
                covered = first.match(tokens, at);
                firstAtMasked.put(first, covered);
            }
            return covered < 0 ? -1 : match(elements, 1, tokens, at + covered, false);
        }

        /** Whether every element of the pattern may match somewhere in the text (if one cannot, the pattern cannot). */
        private boolean viable(Pattern p) {
            int k = p.index();
            if (viable[k] == UNKNOWN) {
                boolean may = true;
                for (Element e : p.elements()) {
                    if (!e.mayMatchIn(textKeys, hasNumber)) {
                        may = false;
                        break;
                    }
                }
                viable[k] = may ? YES : NO;
            }
            return viable[k] == YES;
        }

        /**
         * The conditions on the whole text ({@code if}, {@code unless-text}), known once per text and
         * group: checked before the pattern is matched, so a pattern whose text lacks its context costs
         * no matching.
         */
        private boolean textContext(Pattern p) {
            for (int g : p.ifGroups()) {
                if (!anywhere(g)) {
                    return false;
                }
            }
            for (int g : p.unlessText()) {
                if (anywhere(g)) {
                    return false;
                }
            }
            for (int g : p.ifContext()) {
                if (!anywhere(g) && !inContext(g)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the group occurs in the {@link #context}, which is read the first time this is asked. */
        private boolean inContext(int group) {
            if (context == null || context.isEmpty()) {
                return false;
            }
            if (contextRun == null) {
                contextRun = new Run(context, "context", false);
            }
            return contextRun.anywhere(group);
        }

        /** The conditions near the match ({@code unless}); {@link #textContext} holds already. */
        private boolean context(Pattern p, int from, int to) {
            for (int g : p.unlessNear()) {
                if (near(g, from - Lexicon.WINDOW, to + Lexicon.WINDOW)) {
                    return false;
                }
            }
            return true;
        }

        /** Pairs of offsets {@code [open, close]} of the text's double quotation marks, found on first use. */
        private int[] quotes;

        /**
         * Whether a verb of saying ({@code @speech}: "said", "told her", "called him") stands within
         * {@value #SPEECH_WINDOW} words before the quotation mark at offset {@code open}, the match
         * starting at token {@code at} inside the quotation.
         */
        private boolean introducedBySpeech(int open, int at) {
            if (speechGroup < 0) {
                return false;
            }
            int first = at;
            while (first > 0 && tokens.start(first - 1) > open) {
                first--;
            }
            for (int i = first - 1; i >= 0 && i >= first - SPEECH_WINDOW; i--) {
                if (hit(speechGroup, i)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Where the quotation that {@code [start, stop)} lies in opens (the offset of its opening
         * quotation mark), or -1 if it lies in none.
         */
        private int quoted(int start, int stop) {
            if (quotes == null) {
                int[] found = new int[8];
                int n = 0;
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '"' || c == '\u201c' || c == '\u201d' || c == '\u00ab' || c == '\u00bb'
                            || (c == '\'' || c == '\u2018' || c == '\u2019') && singleQuote(i)) {
                        if (n == found.length) {
                            found = Arrays.copyOf(found, n * 2);
                        }
                        found[n++] = i;
                    }
                }
                quotes = Arrays.copyOf(found, n - n % 2);
            }
            for (int k = 0; k + 1 < quotes.length; k += 2) {
                if (start > quotes[k] && stop <= quotes[k + 1]) {
                    return quotes[k];
                }
            }
            return -1;
        }

        /**
         * Whether the single quotation mark at {@code i} opens or closes a quotation rather than being an
         * apostrophe: a space or the text's edge on one side, a letter on the other ({@code 'all of them'},
         * not {@code don't}; {@code 'em} is taken as a quotation's start and pairs with the next one), or a
         * sentence's end on its left and a space on its right ({@code 'i hope you get shot.' reported it}).
         */
        private boolean singleQuote(int i) {
            boolean spaceBefore = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean spaceAfter = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
            if (spaceBefore && spaceAfter && i >= 2 && ".,!?".indexOf(text.charAt(i - 1)) >= 0
                    && Character.isLetterOrDigit(text.charAt(i - 2))) {
                return true; // a sentence's end inside the quotation: 'the rest of them.'
            }
            return spaceBefore != spaceAfter;
        }

        /**
         * Whether the text disagrees in so many words: a phrase of {@code @dissent} ("be better", "not in my
         * name", "delete this"), none of {@code @wink} ("lol", "jk") and no laughter ("hahaha", a laughing emoji).
         */
        boolean dissents() {
            return dissentGroup >= 0 && anywhere(dissentGroup) && !(winkGroup >= 0 && anywhere(winkGroup))
                    && text.codePoints().noneMatch(Emoji::laughs) && !LAUGHTER.matcher(text).find();
        }

        /** Whether the group occurs anywhere in the text; the tokens are matched up to the first hit only. */
        private boolean anywhere(int group) {
            if (anywhere[group] == UNKNOWN) {
                boolean found = false;
                for (int i = 0; i < tokens.size() && !found; i++) {
                    found = hit(group, i);
                }
                anywhere[group] = found ? YES : NO;
            }
            return anywhere[group] == YES;
        }

        /** Whether the group occurs at a token of {@code [from, to)} (clipped to the text). */
        private boolean near(int group, int from, int to) {
            for (int i = Math.max(0, from); i < Math.min(tokens.size(), to); i++) {
                if (hit(group, i)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether one of the group's phrases starts at token {@code i}, matched once per text, group
         * and token, so that the cost stays linear. A token whose word, first letters or number start
         * none of the group's phrases is a no without matching.
         */
        private boolean hit(int group, int i) {
            byte[] known = hits[group];
            if (known == null) {
                known = new byte[tokens.size()];
                hits[group] = known;
            }
            if (known[i] == UNKNOWN) {
                int covered = everyPattern ? groups[group].matchEveryPhrase(tokens, i)
                        : (mayStart[i] & bit(group)) != 0 ? groups[group].match(tokens, i) : -1;
                // 311.40-1.5: "the Bureau of Labor and Industries" is another body, not the agency
                boolean another = group == tieGroup && covered > 0 && i + covered < tokens.size()
                        && tokens.is(i + covered, "of");
                known[i] = covered >= 0 && !another ? YES : NO;
            }
            return known[i] == YES;
        }
    }

    /**
     * Matches elements from {@code k} at token {@code at}; the index after the last token matched, or -1.
     * {@code everyPhrase}: each element's phrases compared one by one ({@link Element#matchEveryPhrase}).
     */
    private static int match(Element[] elements, int k, Tokens tokens, int at, boolean everyPhrase) {
        if (k == elements.length) {
            return at;
        }
        Element e = elements[k];
        if (e.gap() > 0) {
            for (int skip = 0; skip <= e.gap() && at + skip <= tokens.size(); skip++) {
                int end = match(elements, k + 1, tokens, at + skip, everyPhrase);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        int covered = at >= tokens.size() ? -1 : everyPhrase ? e.matchEveryPhrase(tokens, at) : e.match(tokens, at);
        return covered < 0 ? -1 : match(elements, k + 1, tokens, at + covered, everyPhrase);
    }

    // package-private, as STANDARD, for LexiconEntryAudit (tests)
    static String resource(String name) {
        return RESOURCES.computeIfAbsent(name, TextAnalyser::read);
    }

    /** The resources read, kept: each analyser's build reads the lexicon twice (to parse it, to digest it). */
    private static final Map<String, String> RESOURCES = new java.util.concurrent.ConcurrentHashMap<>();

    private static String read(String name) {
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
