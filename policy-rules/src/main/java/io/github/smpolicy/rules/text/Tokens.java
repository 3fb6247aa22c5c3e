package io.github.smpolicy.rules.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 */
final class Tokens {
    /** A word of the text: its original span {@code [start, end)} and its skeleton. */
    static final class Token {
        private final int start;
        private final int end;
        private final String skeleton;
        private final boolean number;
        private final boolean stretched;
        private final String head;

        Token(int start, int end, String skeleton, boolean number, boolean stretched) {
            this.start = start;
            this.end = end;
            this.skeleton = skeleton;
            this.number = number;
            this.stretched = stretched;
            this.head = skeleton.length() <= 2 ? skeleton : skeleton.substring(0, 2);
        }

        Token(int start, int end, String skeleton, boolean number) {
            this(start, end, skeleton, number, false);
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        String skeleton() {
            return skeleton;
        }

        boolean number() {
            return number;
        }

        boolean stretched() {
            return stretched;
        }

        /** The first two letters, the key prefixes are filed under. */
        String head() {
            return head;
        }

        boolean hasWildcard() {
            return skeleton.indexOf('*') >= 0;
        }
    }

    private static final Map<Character, Character> LEET = Map.ofEntries(Map.entry('0', 'o'), Map.entry('1', 'i'),
            Map.entry('3', 'e'), Map.entry('4', 'a'), Map.entry('5', 's'), Map.entry('7', 't'), Map.entry('8', 'b'),
            Map.entry('@', 'a'), Map.entry('$', 's'), Map.entry('!', 'i'), Map.entry('|', 'i'));

    private Tokens() {}

    static List<Token> of(String text) {
        List<Token> raw = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int start = -1;
        int end = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (ignorable(cp) || apostropheInWord(text, i, cp, start)) {
                // "don't" is one word, "dont"; a zero-width space inside a word hides nothing
                i = next;
                continue;
            }
            String emoji = Emoji.word(cp);
            String folded = emoji != null ? null : fold(cp);
            boolean inWord = folded != null && !folded.isEmpty() && wordChars(folded);
            if (emoji != null) {
                flush(raw, word, start, end);
                raw.add(new Token(i, next, emoji, false));
                word.setLength(0);
                start = -1;
            } else if (inWord) {
                if (start < 0) {
                    start = i;
                }
                word.append(folded);
                end = next;
            } else {
                flush(raw, word, start, end);
                word.setLength(0);
                start = -1;
            }
            i = next;
        }
        flush(raw, word, start, end);
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

    private static final String[] ASCII = new String[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf(Character.toLowerCase((char) c));
        }
    }

    private static String fold(int cp) {
        if (cp < 128) {
            return ASCII[cp];
        }
        String s = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            Character latin = Confusables.latin(c);
            out.append(Character.toLowerCase(latin != null ? latin : c));
        }
        return out.toString();
    }

    private static boolean wordChars(String folded) {
        for (int k = 0; k < folded.length(); k++) {
            char c = folded.charAt(k);
            if (!(Character.isLetterOrDigit(c) || c == '*' || LEET.containsKey(c))) {
                return false;
            }
        }
        return true;
    }

    private static void flush(List<Token> out, StringBuilder word, int start, int end) {
        if (start < 0 || word.isEmpty()) {
            return;
        }
        String w = trimSymbols(word.toString());
        if (w.isEmpty()) {
            return;
        }
        boolean letters = false;
        boolean digits = true;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            letters |= Character.isLetter(c);
            digits &= Character.isDigit(c);
        }
        if (!letters) {
            out.add(new Token(start, end, w, digits));
            return;
        }
        StringBuilder sk = new StringBuilder(w.length());
        int run = 0;
        boolean stretched = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            Character letter = LEET.get(c);
            char mapped = letter != null ? letter : c;
            run = sk.length() > 0 && sk.charAt(sk.length() - 1) == mapped ? run + 1 : 1;
            stretched |= run >= 3 && mapped != '*';
            sk.append(mapped);
        }
        String skeleton = sk.toString();
        // stretched letters: "kiiiill" reads as the collapsed "kil", compared with collapsed words
        out.add(new Token(start, end, stretched ? collapse(skeleton) : skeleton, false, stretched));
    }

    /** Runs of one letter as one: {@code kill} and {@code kiiill} both give {@code kil}. */
    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c || c == '*') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** "!!!" or "@" alone are punctuation, not a word; a word keeps its inner symbols. */
    private static String trimSymbols(String w) {
        int a = 0;
        int b = w.length();
        while (a < b && !Character.isLetterOrDigit(w.charAt(a)) && w.charAt(a) != '*') {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1)) && w.charAt(b - 1) != '*') {
            b--;
        }
        return a == 0 && b == w.length() ? w : w.substring(a, b);
    }

    private static List<Token> joinSpacedLetters(String text, List<Token> raw) {
        List<Token> out = new ArrayList<>(raw.size());
        int i = 0;
        while (i < raw.size()) {
            int j = i;
            while (j + 1 < raw.size() && single(raw.get(j)) && single(raw.get(j + 1))
                    && oneSeparator(text, raw.get(j).end(), raw.get(j + 1).start())) {
                j++;
            }
            if (j - i + 1 >= 3) {
                StringBuilder sk = new StringBuilder();
                for (int k = i; k <= j; k++) {
                    sk.append(raw.get(k).skeleton().charAt(0));
                }
                out.add(new Token(raw.get(i).start(), raw.get(j).end(), sk.toString(), false));
                i = j + 1;
            } else {
                out.add(raw.get(i));
                i++;
            }
        }
        return out;
    }

    private static boolean single(Token t) {
        return t.skeleton().length() == 1 && !t.number();
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
