package io.github.smpolicy.rules.text;

import java.util.HashMap;
import java.util.Map;

/**
 * The words of a hashtag: {@code #BringBackTheRope} and {@code #letitburn} are sentences a member wrote
 * without spaces, and the lexicon and the word model read words. A hashtag in mixed case splits where a
 * lower-case letter meets a capital ({@code AllLivesSplatter}) or a run of capitals ends before a capital
 * and a lower-case letter ({@code PPBStatement}). One in one case splits into the likeliest sequence of
 * known words (a unigram model over {@link #RESOURCE}'s words and counts, Viterbi), and only when every
 * piece is a known word and the split is likelier than the hashtag as one word: a known word stays whole
 * ({@code #leadership}, {@code #therapist}), an unknown piece keeps it whole ({@code #policetok}).
 *
 * <p>{@code hashtag-words.txt} holds the words of the register corpus's train and dev splits seen at least
 * twice outside hashtags, with their counts, and the lexicon's words (written by {@code HashtagWords} in
 * this module's tests; {@code HashtagWordsTest} checks it is what the corpus gives). Only ASCII letters
 * split, so each piece's characters are the hashtag's, one for one, and its evidence span is exact.
 */
final class Hashtags {
    static final String RESOURCE = "hashtag-words.txt";

    /** Longest hashtag split at all (Viterbi is linear in its length, times the longest known word). */
    static final int LONGEST = 64;

    /** Shortest hashtag in one case worth segmenting: shorter ones are one word or an abbreviation. */
    static final int SHORTEST = 6;

    private Hashtags() {}

    /**
     * A word of at most {@value #SHORT_PIECE} letters is a piece of a split hashtag only if the vocabulary counts it at
     * least {@value #SHORT_PIECE_COUNT} times ("the", "my", "fam", "flu"): the corpus's rare short words are names,
     * abbreviations and typos ("vin", "di"), and they cut words the vocabulary does not hold ("#vindicated" into "vin di
     * cat ed").
     */
    static final int SHORT_PIECE = 3;
    static final int SHORT_PIECE_COUNT = 10;

    /** The vocabulary and each word's cost (its negative log frequency), read on the first hashtag in one case. */
    private static final class Vocabulary {
        static final Map<String, Double> COST = new HashMap<>();
        /** {@link #COST} without the rare short words ({@link #SHORT_PIECE_COUNT}): what a hashtag is split into. */
        static final Map<String, Double> PIECE_COST = new HashMap<>();
        static final int LONGEST_WORD;

        static {
            String text = TextAnalyser.resource(RESOURCE);
            Map<String, Long> counts = new HashMap<>();
            long total = 0;
            int longest = 1;
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                String word = line.substring(0, space);
                long count = Long.parseLong(line.substring(space + 1).strip());
                counts.put(word, count);
                total += count;
                longest = Math.max(longest, word.length());
            }
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                double cost = Math.log((double) total / e.getValue());
                COST.put(e.getKey(), cost);
                if (e.getKey().length() > SHORT_PIECE || e.getValue() >= SHORT_PIECE_COUNT) {
                    PIECE_COST.put(e.getKey(), cost);
                }
            }
            LONGEST_WORD = longest;
        }
    }

    /**
     * Whether {@code word}, lower case and ending in "ing", is a word of the vocabulary ({@link Tokens} asks it of
     * "drivin" with its g). Reads only those words, so that a text's first "-in" word costs a few
     * milliseconds at start, not the whole vocabulary's ~40.
     */
    static boolean isGerund(String word) {
        return Gerunds.WORDS.contains(word);
    }

    /** The vocabulary's words that end in "ing", read on the first look-up. */
    private static final class Gerunds {
        static final java.util.Set<String> WORDS;

        static {
            String text = TextAnalyser.resource(RESOURCE);
            java.util.Set<String> words = new java.util.HashSet<>();
            int line = 0;
            int n = text.length();
            while (line < n) {
                int eol = text.indexOf('\n', line);
                if (eol < 0) {
                    eol = n;
                }
                int space = text.indexOf(' ', line);
                if (text.charAt(line) != '#' && space > line + 3 && space < eol
                        && text.charAt(space - 1) == 'g' && text.charAt(space - 2) == 'n' && text.charAt(space - 3) == 'i') {
                    words.add(text.substring(line, space));
                }
                line = eol + 1;
            }
            WORDS = java.util.Set.copyOf(words);
        }
    }

    /**
     * The lengths of the words of the hashtag whose letters are {@code text[from, to)}, in order, or
     * {@code null} to keep it whole.
     */
    static int[] split(String text, int from, int to) {
        int n = to - from;
        if (n < 2 || n > LONGEST) {
            return null;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return null; // digits, leetspeak, accents: not split
            }
        }
        int[] camel = camelCase(text, from, to);
        if (camel != null) {
            return camel;
        }
        // one case throughout ("letitburn", "LETITBURN", "Letitburn"): the likeliest words, each hashtag once
        return letters(text.substring(from, to).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The lengths of the words of {@code tag}, lower-case ASCII letters written without spaces (a hashtag in
     * one case, or spaced letters joined: "p u t a b u l l e t"), or {@code null} to keep it whole.
     */
    static int[] letters(String tag) {
        if (tag.length() > LONGEST) {
            return null;
        }
        for (int k = 0; k < tag.length(); k++) {
            char c = tag.charAt(k);
            if (c < 'a' || c > 'z') {
                return null;
            }
        }
        int[] known = SPLIT.get(tag);
        if (known == null) {
            known = words(tag);
            if (SPLIT.size() < KEPT) {
                SPLIT.put(tag, known);
            }
        }
        return known.length == 0 ? null : known;
    }

    /** Hashtags segmented (an empty array: kept whole), at most {@value #KEPT}: the same tags come back. */
    private static final Map<String, int[]> SPLIT = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int KEPT = 4096;

    private static int[] camelCase(String text, int from, int to) {
        int[] cuts = new int[to - from + 1];
        int pieces = 0;
        int last = from;
        for (int k = from + 1; k < to; k++) {
            char before = text.charAt(k - 1);
            char c = text.charAt(k);
            boolean upper = c <= 'Z';
            boolean cut = upper && before >= 'a'
                    || upper && before <= 'Z' && k + 1 < to && text.charAt(k + 1) >= 'a';
            if (cut) {
                cuts[pieces++] = k - last;
                last = k;
            }
        }
        if (pieces == 0) {
            return null;
        }
        cuts[pieces++] = to - last;
        return java.util.Arrays.copyOf(cuts, pieces);
    }

    /** Viterbi over the vocabulary: the cheapest sequence of known words, if cheaper than the whole (else empty). */
    private static int[] words(String tag) {
        int n = tag.length();
        if (n < SHORTEST) {
            return new int[0];
        }
        Map<String, Double> cost = Vocabulary.PIECE_COST;
        double[] best = new double[n + 1];
        int[] back = new int[n + 1];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - Vocabulary.LONGEST_WORD); start < end; start++) {
                if (best[start] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                Double c = cost.get(tag.substring(start, end));
                if (c != null && best[start] + c < best[end]) {
                    best[end] = best[start] + c;
                    back[end] = start;
                }
            }
        }
        Double whole = Vocabulary.COST.get(tag);
        if (best[n] == Double.POSITIVE_INFINITY || back[n] == 0 || whole != null && whole <= best[n]) {
            return new int[0];
        }
        int pieces = 0;
        int[] lengths = new int[n];
        for (int end = n; end > 0; end = back[end]) {
            lengths[pieces++] = end - back[end];
        }
        int[] out = new int[pieces];
        for (int k = 0; k < pieces; k++) {
            out[k] = lengths[pieces - 1 - k];
        }
        return out;
    }
}
