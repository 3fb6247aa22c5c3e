package io.github.smpolicy.rules.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Patterns of words that raise content signals, and named groups of words that give them context,
 * parsed from a lexicon text (see {@code lexicon-311.40.txt} for the syntax). Immutable.
 *
 * <pre>
 * &#64;tie = ppb | bureau | internal affairs | ia
 * THREAT_OF_VIOLENCE 0.95 : i|we|gonna ~2 kill*|shoot ~3 him|her|them  unless &#64;sport
 * </pre>
 * A pattern is words separated by spaces; {@code a|b} is either word, {@code kill*} any word
 * starting so, {@code <num>} a number, {@code ~N} up to N words of anything. {@code if @g}: a
 * word of the group must be in the same text; {@code if-context @g}: in the same text or in the
 * posting a comment or share answers ({@link io.github.smpolicy.rules.ContentAnalyser#analyse(String, String, String)});
 * {@code unless @g}: none may be within {@value #WINDOW} words of the match; {@code unless-text @g}: none
 * anywhere in the text;
 * {@code review-if @g}: where one is within {@value #WINDOW} words (a negation, a third person), the
 * confidence stays below the deny threshold, so that a person reads it.
 */
final class Lexicon {
    static final int WINDOW = 8;
    /** Past this many ints of phrase needs, an element's viability is not checked phrase by phrase. */
    static final int MANY_NEEDS = 96;
    /** The size in longs of the Bloom filters of words ({@link Element#addKey}): 1024 bits. */
    static final int KEY_FILTER_WORDS = 16;

    /** One word of a phrase: a skeleton to equal, a prefix, or any number. */
    record Word(String skeleton, boolean prefix, boolean number, String collapsed) {
        Word(String skeleton, boolean prefix, boolean number) {
            this(skeleton, prefix, number, Tokens.collapse(skeleton));
        }

        boolean matches(Tokens t, int i) {
            if (number) {
                return t.number(i);
            }
            // a stretched token's skeleton is collapsed: compare it with the collapsed word
            String word = t.stretched(i) ? collapsed : skeleton;
            if (prefix) {
                return t.startsWith(i, word)
                        || t.hasWildcard(i) && t.length(i) >= word.length() && wildcard(t, i, word);
            }
            return t.length(i) == word.length() && (t.is(i, word) || t.hasWildcard(i) && wildcard(t, i, word));
        }

        /** Whether token {@code i}, cut to the word's length, is the word with some letters as {@code *}: at least two known. */
        private static boolean wildcard(Tokens masked, int at, String word) {
            int known = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = masked.charAt(at, i);
                if (c == '*') {
                    continue;
                }
                if (c != word.charAt(i)) {
                    return false;
                }
                known++;
            }
            return known >= 2;
        }
    }

    /**
     * One position of a pattern: alternative phrases (longest first), or a gap of up to {@code gap}
     * words. Phrases are indexed by their first word, so a token is checked against the few phrases
     * that can start with it, not all of them.
     */
    static final class Element {
        private final List<List<Word>> phrases;
        private final int gap;
        // the phrases as arrays, filed by first word, by a prefix's first letters, or as starting with a number
        private final Word[][] all;
        /**
         * For a masked token, which {@link #all} it is compared with: the phrases whose first word is a plain
         * word, by that word's length ({@link #LONGEST} and longer together), and the others.
         */
        private final Word[][][] byLength;
        private final Word[][] notByLength;
        private static final int LONGEST = 24;
        private final WordTable<Word[][]> byFirstWord;
        /**
         * The phrases of {@link #byFirstWord} filed by their first word's skeleton: what a plain token (one
         * neither stretched nor masked) can start. A phrase filed there under its collapsed form only
         * needs a stretched token, which {@link #byFirstWord} serves.
         */
        private final WordTable<Firsts> bySkeleton;
        /** {@link #bySkeleton} by the first word as a string, for {@link #secondWordsAfter} at build time. */
        private final Map<String, Firsts> firstsByWord;
        private final WordTable<Word[][]> byPrefixStart;
        private final Word[][] numbers;
        /**
         * A Bloom filter of the keys above: the {@link #slot} of every first word and every prefix
         * start. A token whose word and first letters both miss it starts no phrase here, which
         * {@link #match} tells without a map look-up: the common case, as it scans a gap.
         */
        private final long[] keys = new long[KEY_FILTER_WORDS];
        /** The positions of the words of {@link #keys} that are not 0: the only ones worth comparing. */
        private final int[] keyWords;
        /**
         * Per phrase, what it {@link #needs(List) needs} of a text to match in it, all in one array:
         * the number of words, then two ints per word (phrases needing the same, once).
         */
        private final int[] needs;
        /** Whether all phrases are one word (then a key in common with the text is all {@link #mayMatchIn} asks). */
        private final boolean oneWordPhrases;
        private static final int NUMBER = -2;
        private static final int ANYWHERE = -1;

        Element(List<List<Word>> phrases, int gap) {
            this.phrases = List.copyOf(phrases);
            this.gap = gap;
            Map<String, List<List<Word>>> byFirstWord = new HashMap<>();
            Map<String, List<List<Word>>> bySkeleton = new HashMap<>();
            Map<String, List<List<Word>>> byPrefixStart = new HashMap<>();
            List<List<Word>> numbers = new ArrayList<>();
            for (List<Word> phrase : this.phrases) {
                Word first = phrase.get(0);
                if (first.number()) {
                    numbers.add(phrase);
                } else if (first.prefix()) {
                    byPrefixStart.computeIfAbsent(start(first.skeleton()), k -> new ArrayList<>()).add(phrase);
                    if (!first.collapsed().equals(first.skeleton())) {
                        byPrefixStart.computeIfAbsent(start(first.collapsed()), k -> new ArrayList<>()).add(phrase);
                    }
                } else {
                    byFirstWord.computeIfAbsent(first.skeleton(), k -> new ArrayList<>()).add(phrase);
                    bySkeleton.computeIfAbsent(first.skeleton(), k -> new ArrayList<>()).add(phrase);
                    if (!first.collapsed().equals(first.skeleton())) {
                        byFirstWord.computeIfAbsent(first.collapsed(), k -> new ArrayList<>()).add(phrase);
                    }
                }
            }
            // a plain token equal to a key of bySkeleton is the first word of each of its phrases: only
            // the words after it are compared (loops, not streams, here and below: this runs for every
            // distinct pattern word, ~0.1 s at start)
            Map<String, Firsts> firsts = new HashMap<>();
            for (Map.Entry<String, List<List<Word>>> e : bySkeleton.entrySet()) {
                firsts.put(e.getKey(), Firsts.of(e.getValue()));
            }
            this.bySkeleton = new WordTable<>(firsts);
            this.firstsByWord = Map.copyOf(firsts);
            for (String key : byFirstWord.keySet()) {
                addKey(keys, key.hashCode());
            }
            for (String key : byPrefixStart.keySet()) {
                addKey(keys, key.hashCode());
            }
            this.all = arrays(this.phrases);
            List<List<List<Word>>> lengths = new ArrayList<>();
            for (int n = 0; n <= LONGEST; n++) {
                lengths.add(new ArrayList<>());
            }
            List<List<Word>> notByLength = new ArrayList<>();
            for (List<Word> phrase : this.phrases) {
                Word first = phrase.get(0);
                if (first.prefix() || first.number()) {
                    notByLength.add(phrase);
                } else {
                    lengths.get(Math.min(first.skeleton().length(), LONGEST)).add(phrase);
                }
            }
            this.byLength = new Word[LONGEST + 1][][];
            for (int n = 0; n <= LONGEST; n++) {
                byLength[n] = arrays(lengths.get(n));
            }
            this.notByLength = arrays(notByLength);
            this.byFirstWord = table(byFirstWord);
            this.byPrefixStart = table(byPrefixStart);
            this.numbers = arrays(numbers);
            int used = 0;
            for (long k : keys) {
                used += k != 0 ? 1 : 0;
            }
            this.keyWords = new int[used];
            for (int w = 0, n = 0; w < KEY_FILTER_WORDS; w++) {
                if (keys[w] != 0) {
                    keyWords[n++] = w;
                }
            }
            List<int[]> needs = new ArrayList<>(this.phrases.size());
            boolean oneWord = true;
            for (List<Word> p : this.phrases) {
                needs.add(needs(p));
                oneWord &= p.size() == 1;
            }
            this.needs = concatDistinct(needs);
            this.oneWordPhrases = oneWord;
        }

        /** The arrays one after the other, each content only once, in first-seen order. */
        private static int[] concatDistinct(List<int[]> arrays) {
            record Ints(int[] values) {
                @Override
                public boolean equals(Object o) {
                    return o instanceof Ints other && java.util.Arrays.equals(values, other.values);
                }

                @Override
                public int hashCode() {
                    return java.util.Arrays.hashCode(values);
                }
            }
            Set<Ints> seen = new HashSet<>();
            int[] all = new int[arrays.stream().mapToInt(a -> a.length).sum()];
            int n = 0;
            for (int[] a : arrays) {
                if (seen.add(new Ints(a))) {
                    System.arraycopy(a, 0, all, n, a.length);
                    n += a.length;
                }
            }
            return java.util.Arrays.copyOf(all, n);
        }

        /**
         * What the token after {@code first} must be for this element to match a plain token whose skeleton
         * is {@code first} ({@link #secondBit} bits of the second words' keys), or all ones when that cannot
         * be told from the next token alone: a phrase that is {@code first} alone, a gap, or a number.
         *
         * <p>A plain token (neither stretched nor masked: those are looked up otherwise) whose skeleton is
         * {@code first} can start only the phrases whose first word is {@code first} and those whose first
         * word is a prefix of it; a phrase filed by a collapsed form needs a stretched token. So the
         * phrases of other first words, the element's other prefixes and its collapsed forms tell nothing
         * here (at each "the" of a text, the ~45 patterns of {@code @nation}, {@code @people} and the like
         * end here, though those groups have prefixes).
         */
        long secondWordsAfter(String first, boolean alt) {
            if (gap > 0 || numbers.length > 0 && first.chars().anyMatch(Character::isDigit)) {
                return -1L;
            }
            Firsts f = firstsByWord.get(first);
            long bits = f == null ? 0L : alt ? f.seconds2() : f.seconds();
            // the phrases that start with a prefix are among those not filed by length: the few, not all
            for (Word[] phrase : notByLength) {
                Word w = phrase[0];
                if (w.prefix() && (first.startsWith(w.skeleton()) || first.startsWith(w.collapsed()))) {
                    bits |= secondWord(java.util.Arrays.asList(phrase), alt);
                }
            }
            return bits;
        }

        /** The bits {@link #secondWordsAfter} asks of the token after {@code at}: all ones past nothing to tell. */
        static long nextTokenBits(Tokens tokens, int at, boolean alt) {
            int next = at + 1;
            if (next >= tokens.size()) {
                return 0L;
            }
            return tokens.hasWildcard(next) ? -1L : secondBit(tokens.hash(next), alt) | secondBit(tokens.headHash(next), alt);
        }

        /** A phrase's bits in {@link Firsts#seconds}: its second word's keys, or all ones when it has none to tell. */
        private static long secondWord(List<Word> phrase, boolean alt) {
            if (phrase.size() < 2) {
                return -1L;
            }
            Word w = phrase.get(1);
            if (w.number()) {
                return -1L;
            }
            if (!w.prefix()) {
                return secondBit(w.skeleton().hashCode(), alt) | secondBit(w.collapsed().hashCode(), alt);
            }
            if (w.skeleton().length() >= 2 && w.collapsed().length() >= 2) {
                return secondBit(start(w.skeleton()).hashCode(), alt) | secondBit(start(w.collapsed()).hashCode(), alt);
            }
            return -1L;
        }

        /**
         * A key's bit in one of two one-long filters of second words: {@code alt} picks the second, whose bit
         * comes from other bits of the hash, so that a word passes both by chance far less often than one (at
         * each "the" of a text, a group's dozen second words set a third of one filter's bits).
         */
        private static long secondBit(int hash, boolean alt) {
            return alt ? 1L << ((hash * 0x9E3779B1) >>> 26) : 1L << (hash ^ hash >>> 16);
        }

        /** Whether the token after {@code at} may be the second word of a phrase filed under {@code bits} and {@code bits2}. */
        private static boolean mayGoOn(long bits, long bits2, Tokens tokens, int at) {
            if (bits == -1L) {
                return true;
            }
            int next = at + 1;
            if (next >= tokens.size()) {
                return false; // every phrase here is two words or more
            }
            return tokens.hasWildcard(next)
                    || (bits & (secondBit(tokens.hash(next), false) | secondBit(tokens.headHash(next), false))) != 0
                    && (bits2 & (secondBit(tokens.hash(next), true) | secondBit(tokens.headHash(next), true))) != 0;
        }

        /**
         * The phrases a plain token starts (its skeleton their first word's).
         *
         * @param all      all of them
         * @param seconds  a one-long Bloom filter of what the token after it must be for one of them to go
         *                 on (the second words' skeletons, collapsed forms or first letters), or all ones when
         *                 a phrase is that word alone or its second word can be anything cheap to tell: most
         *                 candidates fail on the second word, and this tells it without comparing the phrases
         * @param seconds2 the same from other bits of the keys' hashes ({@code secondBit}): a next token goes
         *                 on only if it passes both
         * @param rest     when there are many ({@value #BY_SECOND_FROM} or more), those a plain next token does
         *                 not select: one word long, or going on with a prefix or a number; else {@code null}
         * @param bySecond when there are many, the others by their second word's skeleton (a plain next token
         *                 is one of them exactly when it is that skeleton); else {@code null}. A group such as
         *                 {@code @nation} has hundreds of phrases after "the", and the filter of one long
         *                 lets almost every next token through.
         */
        record Firsts(Word[][] all, long seconds, long seconds2, Word[][] rest, WordTable<Word[][]> bySecond) {
            static final int BY_SECOND_FROM = 8;

            static Firsts of(List<List<Word>> phrases) {
                long bits = 0L;
                long bits2 = 0L;
                for (List<Word> ph : phrases) {
                    bits |= secondWord(ph, false);
                    bits2 |= secondWord(ph, true);
                }
                if (phrases.size() < BY_SECOND_FROM) {
                    return new Firsts(arrays(phrases), bits, bits2, null, null);
                }
                List<List<Word>> rest = new ArrayList<>();
                Map<String, List<List<Word>>> bySecond = new HashMap<>();
                for (List<Word> ph : phrases) {
                    if (ph.size() < 2 || ph.get(1).prefix() || ph.get(1).number()) {
                        rest.add(ph);
                    } else {
                        bySecond.computeIfAbsent(ph.get(1).skeleton(), k -> new ArrayList<>()).add(ph);
                    }
                }
                return new Firsts(arrays(phrases), bits, bits2, arrays(rest), table(bySecond));
            }
        }

        private static WordTable<Word[][]> table(Map<String, List<List<Word>>> phrases) {
            Map<String, Word[][]> arrays = new HashMap<>(2 * phrases.size());
            for (Map.Entry<String, List<List<Word>>> e : phrases.entrySet()) {
                arrays.put(e.getKey(), arrays(e.getValue()));
            }
            return new WordTable<>(arrays);
        }

        private static Word[][] arrays(List<List<Word>> phrases) {
            Word[][] arrays = new Word[phrases.size()][];
            for (int i = 0; i < arrays.length; i++) {
                arrays[i] = phrases.get(i).toArray(new Word[0]);
            }
            return arrays;
        }

        /** Adds a key, by its {@link String#hashCode() hash code}, to a Bloom filter of {@link #KEY_FILTER_WORDS} longs. */
        static void addKey(long[] filter, int hash) {
            int slot = slot(hash);
            filter[slot >>> 6] |= 1L << slot;
        }

        private static boolean hasKey(long[] filter, int hash) {
            int slot = slot(hash);
            return (filter[slot >>> 6] & 1L << slot) != 0;
        }

        private static int slot(int hash) {
            return (hash ^ hash >>> 16) & (64 * KEY_FILTER_WORDS - 1);
        }

        /**
         * Whether this element may match somewhere in a text whose tokens' skeletons and first two
         * letters are the Bloom filter {@code textKeys} ({@link #addKey added} by hash code): only if
         * every word of one of its phrases may be one of the text's tokens. If not, it matches nowhere
         * in the text, and neither does a pattern it is part of.
         */
        boolean mayMatchIn(long[] textKeys, boolean textHasNumber) {
            if (gap > 0 || textHasNumber && numbers.length > 0) {
                return true;
            }
            // a phrase starts at a token looked up by its word or first letters: one of the keys
            if (!hasKeyOf(textKeys)) {
                return false;
            }
            if (oneWordPhrases || needs.length > MANY_NEEDS) {
                return true; // a large group of phrases: checking each costs more than it saves
            }
            int[] need = needs;
            for (int k = 0; k < need.length; k += 1 + 2 * need[k]) {
                if (mayOccurIn(need, k, textKeys, textHasNumber)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a Bloom filter has a key in common with {@link #keys}. */
        private boolean hasKeyOf(long[] filter) {
            for (int w : keyWords) {
                if ((keys[w] & filter[w]) != 0) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the phrase whose needs start at {@code need[at]} may occur in the text. */
        private static boolean mayOccurIn(int[] need, int at, long[] textKeys, boolean textHasNumber) {
            int stop = at + 1 + 2 * need[at];
            for (int k = at + 1; k < stop; k += 2) {
                int a = need[k];
                boolean present = a >= 0 ? hasSlot(textKeys, a) || hasSlot(textKeys, need[k + 1])
                        : a == ANYWHERE || textHasNumber;
                if (!present) {
                    return false;
                }
            }
            return true;
        }

        private static boolean hasSlot(long[] filter, int slot) {
            return (filter[slot >>> 6] & 1L << slot) != 0;
        }

        /**
         * What a phrase needs of a text's tokens: its number of words, then two ints per word: the
         * {@link #slot slots} of two hash codes of which one must be a token's skeleton or first two
         * letters, or {@link #NUMBER} (a number) or {@link #ANYWHERE} (no cheap condition) twice.
         *
         * <p>A word equals a token's skeleton, or its collapsed form does (a stretched token); a
         * token starting with a prefix of two letters or more has the prefix's first two letters as
         * its own (or its collapsed form's, stretched). A masked token can match anything, but then
         * the text's filter is all ones.
         */
        private static int[] needs(List<Word> phrase) {
            int[] need = new int[1 + 2 * phrase.size()];
            need[0] = phrase.size();
            for (int k = 0; k < phrase.size(); k++) {
                Word w = phrase.get(k);
                int at = 1 + 2 * k;
                if (w.number()) {
                    need[at] = NUMBER;
                    need[at + 1] = NUMBER;
                } else if (!w.prefix()) {
                    need[at] = slot(w.skeleton().hashCode());
                    need[at + 1] = slot(w.collapsed().hashCode());
                } else if (w.skeleton().length() >= 2 && w.collapsed().length() >= 2) {
                    need[at] = slot(start(w.skeleton()).hashCode());
                    need[at + 1] = slot(start(w.collapsed()).hashCode());
                } else {
                    need[at] = ANYWHERE;
                    need[at + 1] = ANYWHERE;
                }
            }
            return need;
        }

        List<List<Word>> phrases() {
            return phrases;
        }

        int gap() {
            return gap;
        }

        /** {@link #match} by comparing every phrase word by word: no filter, no index (for tests). */
        int matchEveryPhrase(Tokens tokens, int at) {
            return longest(all, tokens, at, -1);
        }

        /** The number of tokens the longest matching phrase covers at {@code at}, or -1. */
        int match(Tokens tokens, int at) {
            int best = -1;
            if (tokens.hasWildcard(at)) {
                if (tokens.stretched(at)) {
                    return longest(all, tokens, at, best);
                }
                // a masked token ("f*ck") is a plain word only of its own length: those, and every prefix and number
                int n = tokens.length(at);
                best = longest(byLength[Math.min(n, LONGEST)], tokens, at, best);
                return longest(notByLength, tokens, at, best);
            }
            boolean number = tokens.number(at);
            if (!(number && numbers.length > 0) && !hasKey(keys, tokens.hash(at))
                    && !hasKey(keys, tokens.headHash(at))) {
                return -1;
            }
            if (tokens.stretched(at)) {
                Word[][] candidates = byFirstWord.get(tokens, at);
                if (candidates != null) {
                    best = longest(candidates, tokens, at, best);
                }
            } else {
                Firsts f = bySkeleton.get(tokens, at);
                if (f != null && mayGoOn(f.seconds(), f.seconds2(), tokens, at)) {
                    int next = at + 1;
                    if (f.bySecond() != null && next < tokens.size() && !tokens.stretched(next) && !tokens.hasWildcard(next)) {
                        // a plain next token: only the phrases whose second word it is, and those it cannot tell
                        best = longestAfterFirst(f.rest(), tokens, at, best);
                        Word[][] two = f.bySecond().get(tokens, next);
                        if (two != null) {
                            best = longestAfterFirst(two, tokens, at, best);
                        }
                    } else {
                        best = longestAfterFirst(f.all(), tokens, at, best);
                    }
                }
            }
            // most elements have no prefix: no need to cut the token's first letters then
            Word[][] prefixed = byPrefixStart.isEmpty() ? null : byPrefixStart.getHead(tokens, at);
            if (prefixed != null) {
                best = longest(prefixed, tokens, at, best);
            }
            if (number) {
                best = longest(numbers, tokens, at, best);
            }
            return best;
        }

        /** The key prefixes are filed under: their first two letters (prefixes are two letters or more). */
        static String start(String word) {
            return word.length() <= 2 ? word : word.substring(0, 2);
        }

        private static int longest(Word[][] phrases, Tokens tokens, int at, int best) {
            for (Word[] phrase : phrases) {
                best = Math.max(best, covers(phrase, tokens, at));
            }
            return best;
        }

        /** {@link #longest}, for phrases whose first word is known to be the token at {@code at}. */
        private static int longestAfterFirst(Word[][] phrases, Tokens tokens, int at, int best) {
            for (Word[] phrase : phrases) {
                if (phrase.length > best) {
                    best = Math.max(best, covers(phrase, tokens, at, 1));
                }
            }
            return best;
        }

        private static int covers(Word[] phrase, Tokens tokens, int at) {
            return covers(phrase, tokens, at, 0);
        }

        private static int covers(Word[] phrase, Tokens tokens, int at, int from) {
            if (at + phrase.length > tokens.size()) {
                return -1;
            }
            for (int k = from; k < phrase.length; k++) {
                if (!phrase[k].matches(tokens, at + k)) {
                    return -1;
                }
            }
            return phrase.length;
        }
    }

    /** A pattern with its signal, confidence and context conditions. */
    record Entry(String signal, double confidence, List<Element> elements, List<String> ifGroups,
            List<String> unlessNear, List<String> unlessText, List<String> reviewNear, List<String> ifContext,
            String source) {}

    private final Map<String, List<List<Word>>> groups;
    private final List<Entry> entries;

    private Lexicon(Map<String, List<List<Word>>> groups, List<Entry> entries) {
        this.groups = groups;
        this.entries = entries;
    }

    List<Entry> entries() {
        return entries;
    }

    List<List<Word>> group(String name) {
        return groups.getOrDefault(name, List.of());
    }

    /** Parses lexicon texts in order; a later text adds words to a group and entries to the list. */
    static Lexicon parse(List<String> names, List<String> texts) {
        Map<String, List<List<Word>>> groups = new LinkedHashMap<>();
        // one Element per pattern word (such as "@threat|shoot"): the named groups recur across hundreds of
        // entries, and an Element (its tables and filters) is immutable, so entries share it; a group line
        // may add to a group, so it empties the cache
        Map<String, Element> elements = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int f = 0; f < texts.size(); f++) {
            String[] lines = texts.get(f).split("\n", -1);
            for (int n = 0; n < lines.length; n++) {
                String line = lines[n].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String where = names.get(f) + ":" + (n + 1);
                try {
                    if (line.startsWith("@")) {
                        int eq = line.indexOf('=');
                        String name = line.substring(0, eq).strip();
                        List<List<Word>> members = groups.computeIfAbsent(name, k -> new ArrayList<>());
                        elements.clear();
                        for (String member : line.substring(eq + 1).split("\\|")) {
                            members.addAll(phrase(member.strip().replace(' ', '_'), groups));
                        }
                    } else {
                        entries.add(entry(line, where, groups, elements));
                    }
                } catch (RuntimeException e) {
                    problems.add(where + ": " + e.getMessage());
                }
            }
        }
        // a condition names groups: a bare word or an undeclared group there would never match, silently
        for (Entry e : entries) {
            for (List<String> condition : List.of(e.ifGroups(), e.unlessNear(), e.unlessText(), e.reviewNear(), e.ifContext())) {
                for (String group : condition) {
                    if (!group.startsWith("@") || !groups.containsKey(group)) {
                        problems.add(e.source() + ": '" + group + "' after if, if-context, unless, unless-text or"
                                + " review-if is not a declared group (@name = ...)");
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new Lexicon(Map.copyOf(groups), List.copyOf(entries));
    }

    /** A group word or phrase added from elsewhere, such as an agency's name and aliases. */
    Lexicon withGroupPhrases(String group, List<String> phrases) {
        Map<String, List<List<Word>>> more = new HashMap<>(groups);
        List<List<Word>> members = new ArrayList<>(more.getOrDefault(group, List.of()));
        for (String phrase : phrases) {
            List<Word> p = literal(phrase);
            if (!p.isEmpty()) {
                members.add(p);
            }
        }
        more.put(group, List.copyOf(members));
        return new Lexicon(Map.copyOf(more), entries);
    }

    /** An entry added from elsewhere, such as an agency profile's lexicon: the term is a literal phrase. */
    Lexicon withEntry(String signal, double confidence, String term, String source) {
        List<Entry> more = new ArrayList<>(entries);
        List<Element> elements = literal(term).stream().map(w -> new Element(List.of(List.of(w)), 0)).toList();
        more.add(new Entry(signal, confidence, elements, List.of(), List.of(), List.of(), List.of(), List.of(), source));
        return new Lexicon(groups, List.copyOf(more));
    }

    private static Entry entry(String line, String where, Map<String, List<List<Word>>> groups,
            Map<String, Element> shared) {
        int colon = line.indexOf(" : ");
        if (colon < 0) {
            throw new IllegalArgumentException("expected 'SIGNAL confidence : pattern'");
        }
        String[] head = line.substring(0, colon).strip().split("\\s+");
        if (head.length != 2) {
            throw new IllegalArgumentException("expected 'SIGNAL confidence' before ':'");
        }
        double confidence = Double.parseDouble(head[1]);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]");
        }
        String rest = line.substring(colon + 3);
        List<String> ifGroups = new ArrayList<>();
        List<String> unlessNear = new ArrayList<>();
        List<String> unlessText = new ArrayList<>();
        List<String> reviewNear = new ArrayList<>();
        List<String> ifContext = new ArrayList<>();
        List<String> patternWords = new ArrayList<>();
        List<String> target = patternWords;
        for (String word : rest.strip().split("\\s+")) {
            switch (word) {
                case "if" -> target = ifGroups;
                case "if-context" -> target = ifContext;
                case "unless" -> target = unlessNear;
                case "unless-text" -> target = unlessText;
                case "review-if" -> target = reviewNear;
                default -> target.add(word);
            }
        }
        List<Element> elements = pattern(String.join(" ", patternWords), groups, shared);
        if (elements.isEmpty() || elements.get(0).gap() > 0 || elements.get(elements.size() - 1).gap() > 0) {
            throw new IllegalArgumentException("a pattern starts and ends with a word");
        }
        return new Entry(head[0], confidence, elements, List.copyOf(ifGroups), List.copyOf(unlessNear),
                List.copyOf(unlessText), List.copyOf(reviewNear), List.copyOf(ifContext), where);
    }

    private static List<Element> pattern(String text, Map<String, List<List<Word>>> groups,
            Map<String, Element> shared) {
        List<Element> elements = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.startsWith("~")) {
                elements.add(new Element(List.of(), Integer.parseInt(word.substring(1))));
            } else {
                Element element = shared.get(word);
                if (element == null) {
                    List<List<Word>> phrases = new ArrayList<>(phrase(word, groups));
                    // the longest phrase first, so "body camera" wins over "body"
                    phrases.sort((x, y) -> Integer.compare(y.size(), x.size()));
                    element = new Element(List.copyOf(phrases), 0);
                    shared.put(word, element);
                }
                elements.add(element);
            }
        }
        return List.copyOf(elements);
    }

    /**
     * Alternatives {@code a|b_c|@group}: each a phrase of words ({@code _} joins the words of one phrase).
     * A plain word also matches its inflections ({@link Inflections}): the first and the last word of
     * a phrase, so that {@code put_a_bullet} reads "putting a bullet", {@code terrorist} "terrorists"
     * and {@code public_execution} "public executions" (the words between are read as written, and a
     * last word that is a pronoun or a function word is not inflected); every plain word, wherever it stands,
     * also matches the register's spellings of it ({@link Inflections#spellings}: "thru", "ppl");
     * {@code =word} matches the word alone.
     */
    private static List<List<Word>> phrase(String alternatives, Map<String, List<List<Word>>> groups) {
        List<List<Word>> phrases = new ArrayList<>();
        for (String alt : alternatives.split("\\|")) {
            if (alt.startsWith("@")) {
                List<List<Word>> members = groups.get(alt);
                if (members == null) {
                    throw new IllegalArgumentException("group " + alt + " is used before it is defined");
                }
                phrases.addAll(members);
                continue;
            }
            String[] parts = splitNumbers(alt.split("_"));
            List<List<Word>> forms = new ArrayList<>();
            for (int k = 0; k < parts.length; k++) {
                String w = parts[k];
                List<Word> choices = new ArrayList<>();
                if (w.equals("<num>")) {
                    choices.add(new Word("", false, true));
                } else if (w.endsWith("*") && w.length() > 1) {
                    choices.add(new Word(skeleton(w.substring(0, w.length() - 1)), true, false));
                } else if (w.startsWith("=") && w.length() > 1) {
                    choices.add(new Word(skeleton(w.substring(1)), false, false));
                } else {
                    Set<String> written = k == 0 || k == parts.length - 1 && !UNINFLECTED.contains(w)
                            ? Inflections.of(w) : Set.of(w);
                    for (String form : written) {
                        for (String spelt : Inflections.spellings(form)) {
                            Word word = new Word(skeleton(spelt), false, false);
                            if (!choices.contains(word)) {
                                choices.add(word);
                            }
                        }
                    }
                }
                forms.add(choices);
            }
            List<List<Word>> expanded = new ArrayList<>();
            expanded.add(List.of());
            for (List<Word> choices : forms) {
                List<List<Word>> next = new ArrayList<>();
                for (List<Word> prefix : expanded) {
                    for (Word c : choices) {
                        List<Word> p = new ArrayList<>(prefix);
                        p.add(c);
                        next.add(p);
                    }
                }
                expanded = next;
            }
            for (List<Word> p : expanded) {
                phrases.add(List.copyOf(p));
            }
        }
        return phrases;
    }

    /**
     * The words of a phrase as a text's tokens are cut: a number with its unit ("40mm", "6th") is two
     * words, as {@link Tokens} reads it in a text.
     */
    private static String[] splitNumbers(String[] parts) {
        List<String> out = new ArrayList<>();
        for (String w : parts) {
            if (!w.isEmpty() && Character.isDigit(w.charAt(0)) && !w.endsWith("*")) {
                Tokens t = Tokens.of(w);
                if (t.size() > 1) {
                    for (int i = 0; i < t.size(); i++) {
                        out.add(t.skeleton(i));
                    }
                    continue;
                }
            }
            out.add(w);
        }
        return out.toArray(new String[0]);
    }

    /** Last words of phrases that are read as written: pronouns and function words have no inflection to catch. */
    private static final Set<String> UNINFLECTED = Set.of("him", "her", "them", "his", "hers", "you", "your",
            "yours", "our", "ours", "their", "theirs", "this", "that", "these", "those", "the", "and", "with", "from",
            "into", "onto", "over", "what", "when", "where", "who", "whom", "which", "out", "off", "all", "any",
            "one", "its", "for", "not", "nor", "but", "then", "than", "there", "here", "now", "yet", "too", "very",
            "just", "she", "they", "ill", "was", "were", "are", "had", "has", "have", "did", "does", "will",
            "would", "could", "should", "can", "cant", "dont", "wont", "isnt", "down", "back", "about", "again",
            "ever", "never", "some", "much", "many", "every", "each", "other", "only", "own", "same", "such", "both",
            "also", "why", "how", "way");

    private static List<Word> literal(String phrase) {
        List<Word> words = new ArrayList<>();
        Tokens tokens = Tokens.of(phrase);
        for (int i = 0; i < tokens.size(); i++) {
            words.add(new Word(tokens.skeleton(i), false, tokens.number(i)));
        }
        return List.copyOf(words);
    }

    /** Skeletons of the lexicon's words, computed once per JVM: inflections make many, most repeated. */
    private static final Map<String, String> SKELETONS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String skeleton(String word) {
        String s = SKELETONS.get(word);
        if (s == null) {
            s = Tokens.skeletonOf(word);
            if (s != null) {
                SKELETONS.put(word, s);
            }
        }
        if (s == null) {
            throw new IllegalArgumentException("'" + word + "' is not one word");
        }
        return s;
    }
}
