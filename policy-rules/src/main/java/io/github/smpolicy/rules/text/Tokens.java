package io.github.smpolicy.rules.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a text into word tokens whose {@link Token#skeleton() skeleton} defeats the usual
 * obfuscations, each token keeping the offsets of the original characters it came from.
 *
 * <p>Per code point: format characters (zero-width joiners and spaces, soft hyphens) and combining
 * marks are dropped; NFKC folds compatibility forms (full-width, mathematical letters, ligatures);
 * look-alike letters of other scripts map to the Latin letter ({@link Confusables}); letters are
 * lower-cased. Per token: leetspeak digits and symbols inside a word become letters; a word with a
 * letter repeated three times or more is stretched, and its runs collapse ({@code kiiill} reads
 * {@code kil}, compared with the collapsed form of each word: {@code kill}); {@code *} stays a one-letter wildcard
 * ({@code k*ll}). Across tokens: three or more one-letter tokens separated by one space, dot, dash
 * or underscore join into one word ({@code k i l l}, {@code k.i.l.l}). One pass, linear in the text.
 *
 * <p>Speed: ASCII characters, the bulk of most posts, are classified by one table look-up; other
 * code points are folded once and the result cached. The words are built one after another in one
 * {@code char[]} per text, and the only object made per word is its token, which keeps its range.
 */
final class Tokens {
    /**
     * A word of the text: its original span {@code [start, end)} and its skeleton, kept as a range of
     * a character array shared by the text's tokens (the string is made only if asked for). Made and
     * read by one analysis, in one thread.
     */
    static final class Token {
        private final int start;
        private final int end;
        private final char[] chars;
        private final int offset;
        private final int length;
        /** {@link String#hashCode()} of the skeleton. */
        private final int hash;
        private final boolean number;
        private final boolean stretched;
        private final boolean wildcard;
        private String skeleton;

        private Token(int start, int end, char[] chars, int offset, int length, boolean number, boolean stretched,
                boolean wildcard) {
            this.start = start;
            this.end = end;
            this.chars = chars;
            this.offset = offset;
            this.length = length;
            int h = 0;
            for (int k = offset; k < offset + length; k++) {
                h = 31 * h + chars[k];
            }
            this.hash = h;
            this.number = number;
            this.stretched = stretched;
            this.wildcard = wildcard;
        }

        Token(int start, int end, String skeleton, boolean number) {
            this(start, end, skeleton.toCharArray(), 0, skeleton.length(), number, false, skeleton.indexOf('*') >= 0);
            this.skeleton = skeleton;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        String skeleton() {
            if (skeleton == null) {
                skeleton = new String(chars, offset, length);
            }
            return skeleton;
        }

        /** The skeleton's length. */
        int length() {
            return length;
        }

        /** The skeleton's character at {@code i}. */
        char charAt(int i) {
            return chars[offset + i];
        }

        /** {@link String#hashCode()} of the skeleton. */
        int hash() {
            return hash;
        }

        boolean number() {
            return number;
        }

        boolean stretched() {
            return stretched;
        }

        /** The hash code of the first two letters, the key prefixes are filed under ({@link String#hashCode()} of one or two chars). */
        int headHash() {
            return length <= 2 ? hash : 31 * chars[offset] + chars[offset + 1];
        }

        boolean hasWildcard() {
            return wildcard;
        }

        /** Whether the skeleton's first {@code n} characters are {@code word}'s first {@code n} ({@code n} at most both lengths). */
        boolean regionEquals(String word, int n) {
            for (int k = 0; k < n; k++) {
                if (chars[offset + k] != word.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the skeleton is {@code word}. */
        boolean is(String word) {
            return length == word.length() && hash == word.hashCode() && regionEquals(word, length);
        }

        /** Whether the skeleton starts with {@code word}. */
        boolean startsWith(String word) {
            return length >= word.length() && regionEquals(word, word.length());
        }
    }

    /** Leetspeak: the letter a digit or symbol inside a word stands for, by ASCII code; other characters map to themselves. */
    private static final char[] LEET = new char[128];

    /**
     * Per ASCII character: its lower-cased form if it can be part of a word (letter, digit, {@code *},
     * leetspeak symbol), else 0 (a word break). The ASCII fast path of {@link #of}.
     */
    private static final char[] ASCII_WORD = new char[128];
    /** {@link Character#isLetter(char)} of each ASCII character. */
    private static final boolean[] ASCII_LETTER = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            LEET[c] = c;
        }
        String from = "0134578@$!|";
        String to = "oieastbasii";
        for (int k = 0; k < from.length(); k++) {
            LEET[from.charAt(k)] = to.charAt(k);
        }
        for (char c = 0; c < 128; c++) {
            char lower = Character.toLowerCase(c);
            ASCII_WORD[c] = wordChar(lower) ? lower : 0;
            ASCII_LETTER[c] = Character.isLetter(c);
        }
    }

    /**
     * Folded forms of the code points below this bound, computed on first use: {@code ""} for a code
     * point that is not part of a word. Racy but benign, as for {@link String#hashCode()}: a string
     * is immutable and safely published, and two threads folding the same code point store equal strings.
     */
    private static final int FOLD_CACHED = 0x3000;
    private static final String[] FOLDED = new String[FOLD_CACHED];

    private Tokens() {}

    static List<Token> of(String text) {
        // about one word in six characters: rarely regrown
        List<Token> raw = new ArrayList<>(text.length() / 6 + 4);
        // the skeletons of all the text's words, one after another: the tokens keep ranges of it
        char[] word = new char[text.length() + 16];
        int base = 0;
        int length = 0;
        int start = -1;
        int end = -1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c < 128) {
                // ASCII: never ignorable, never an emoji, folds to one lower-case character
                char folded = ASCII_WORD[c];
                if (folded != 0) {
                    if (start < 0) {
                        start = i;
                    }
                    if (length == word.length) {
                        word = Arrays.copyOf(word, 2 * length);
                    }
                    word[length++] = folded;
                    end = i + 1;
                } else if (!apostropheInWord(text, i, c, start)) {
                    flush(raw, word, base, length, start, end);
                    base = length;
                    start = -1;
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (ignorable(cp) || apostropheInWord(text, i, cp, start)) {
                // "don't" is one word, "dont"; a zero-width space inside a word hides nothing
                i = next;
                continue;
            }
            String emoji = Emoji.word(cp);
            String folded = emoji != null ? null : wordFold(cp);
            if (emoji != null) {
                flush(raw, word, base, length, start, end);
                raw.add(new Token(i, next, emoji, false));
                base = length;
                start = -1;
            } else if (!folded.isEmpty()) {
                if (start < 0) {
                    start = i;
                }
                if (length + folded.length() > word.length) {
                    word = Arrays.copyOf(word, 2 * (length + folded.length()));
                }
                folded.getChars(0, folded.length(), word, length);
                length += folded.length();
                end = next;
            } else {
                flush(raw, word, base, length, start, end);
                base = length;
                start = -1;
            }
            i = next;
        }
        flush(raw, word, base, length, start, end);
        return joinSpacedLetters(text, raw);
    }

    /** The skeleton of a lexicon word, made the way a text's tokens are. */
    static String skeletonOf(String word) {
        List<Token> tokens = of(word);
        return tokens.size() == 1 ? tokens.get(0).skeleton() : null;
    }

    private static boolean apostropheInWord(String text, int i, int cp, int wordStart) {
        if (cp != '\'' && cp != 0x2019 || wordStart < 0 || i + 1 >= text.length()) {
            return false;
        }
        return Character.isLetter(text.codePointAt(i + 1));
    }

    private static boolean ignorable(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x00AD;
    }

    /** The folded form of a code point that can be part of a word, else {@code ""}. */
    private static String wordFold(int cp) {
        if (cp >= FOLD_CACHED) {
            return wordFoldUncached(cp);
        }
        String folded = FOLDED[cp];
        if (folded == null) {
            folded = wordFoldUncached(cp);
            FOLDED[cp] = folded;
        }
        return folded;
    }

    private static String wordFoldUncached(int cp) {
        String folded = fold(cp);
        for (int k = 0; k < folded.length(); k++) {
            if (!wordChar(folded.charAt(k))) {
                return "";
            }
        }
        return folded;
    }

    /** NFKD, combining marks dropped, look-alike letters to Latin, lower case. */
    private static String fold(int cp) {
        String s = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(Character.toLowerCase(Confusables.latin(c)));
        }
        return out.toString();
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '*' || c < 128 && LEET[c] != c;
    }

    private static char leet(char c) {
        return c < 128 ? LEET[c] : c;
    }

    private static boolean kept(char c) {
        return Character.isLetterOrDigit(c) || c == '*';
    }

    /** Ends the word in {@code w[from, to)}: a token unless it is only symbols. Rewrites {@code w[from, to)}, which the token keeps. */
    private static void flush(List<Token> out, char[] w, int from, int to, int start, int end) {
        if (start < 0 || to == from) {
            return;
        }
        // "!!!" or "@" alone are punctuation, not a word; a word keeps its inner symbols
        int a = from;
        int b = to;
        while (a < b && !kept(w[a])) {
            a++;
        }
        while (b > a && !kept(w[b - 1])) {
            b--;
        }
        if (a == b) {
            return;
        }
        boolean letters = false;
        boolean digits = true;
        boolean wildcard = false;
        for (int k = a; k < b; k++) {
            char c = w[k];
            letters |= c < 128 ? ASCII_LETTER[c] : Character.isLetter(c);
            digits &= c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
            wildcard |= c == '*';
        }
        if (!letters) {
            out.add(new Token(start, end, w, a, b - a, digits, false, wildcard));
            return;
        }
        // leetspeak to letters, in place; a run of three of one letter makes the word stretched
        int run = 0;
        boolean stretched = false;
        for (int k = a; k < b; k++) {
            char mapped = leet(w[k]);
            run = k > a && w[k - 1] == mapped ? run + 1 : 1;
            stretched |= run >= 3 && mapped != '*';
            w[k] = mapped;
        }
        // stretched letters: "kiiiill" reads as the collapsed "kil", compared with collapsed words
        int stop = stretched ? collapse(w, a, b) : b;
        out.add(new Token(start, end, w, a, stop - a, false, stretched, wildcard));
    }

    /** Runs of one letter as one: {@code kill} and {@code kiiill} both give {@code kil}. */
    static String collapse(String s) {
        char[] chars = s.toCharArray();
        return new String(chars, 0, collapse(chars, 0, chars.length));
    }

    /** Collapses the runs of {@code w[from, to)} in place; the new end. */
    private static int collapse(char[] w, int from, int to) {
        int out = from;
        for (int k = from; k < to; k++) {
            char c = w[k];
            if (out == from || w[out - 1] != c || c == '*') {
                w[out++] = c;
            }
        }
        return out;
    }

    private static List<Token> joinSpacedLetters(String text, List<Token> raw) {
        List<Token> out = null;
        int i = 0;
        while (i < raw.size()) {
            int j = i;
            while (j + 1 < raw.size() && single(raw.get(j)) && single(raw.get(j + 1))
                    && oneSeparator(text, raw.get(j).end(), raw.get(j + 1).start())) {
                j++;
            }
            if (j - i + 1 >= 3) {
                if (out == null) {
                    // the first spaced word: copy the tokens before it, then build the joined list
                    out = new ArrayList<>(raw.subList(0, i));
                }
                char[] sk = new char[j - i + 1];
                for (int k = i; k <= j; k++) {
                    sk[k - i] = raw.get(k).charAt(0);
                }
                out.add(new Token(raw.get(i).start(), raw.get(j).end(), new String(sk), false));
                i = j + 1;
            } else {
                if (out != null) {
                    out.add(raw.get(i));
                }
                i++;
            }
        }
        return out != null ? out : raw;
    }

    private static boolean single(Token t) {
        return t.length() == 1 && !t.number();
    }

    private static boolean oneSeparator(String text, int from, int to) {
        int visible = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.getType(c) == Character.FORMAT) {
                continue;
            }
            if (" .-_·*".indexOf(c) < 0 || ++visible > 1) {
                return false;
            }
        }
        return visible <= 1;
    }
}
