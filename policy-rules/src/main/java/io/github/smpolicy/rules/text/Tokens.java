package io.github.smpolicy.rules.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text split into word tokens whose {@link #skeleton(int) skeleton} defeats the usual
 * obfuscations, each token keeping the offsets of the original characters it came from. Tokens are
 * numbered from 0 and kept as parallel arrays.
 *
 * <p>Per code point: format characters (zero-width joiners and spaces, soft hyphens) and combining
 * marks are dropped; NFKC folds compatibility forms (full-width, mathematical letters, ligatures);
 * look-alike letters of other scripts map to the Latin letter ({@link Confusables}); letters are
 * lower-cased. Per token: leetspeak digits and symbols inside a word become letters; a word with a
 * letter repeated three times or more is stretched, and its runs collapse ({@code kiiill} reads
 * {@code kil}, compared with the collapsed form of each word: {@code kill}); {@code *} stays a one-letter wildcard
 * ({@code k*ll}). Across tokens: three or more one-letter tokens separated by one space, dot, dash,
 * underscore or slash, the same all along, join into one word ({@code k i l l}, {@code k.i.l.l}, {@code r/u/n}),
 * or into the likeliest words when they are several without spaces ({@code p u t a b u l l e t}: the hashtags'
 * vocabulary, {@link Hashtags#letters}). One pass, linear in the text.
 *
 * <p>Speed: ASCII characters, the bulk of most posts, are classified by one table look-up; other
 * code points are folded once and the result cached. The skeletons are built one after another in
 * one {@code char[]} per text, each token keeping its range of it: no object per word. Made and read
 * by one analysis, in one thread.
 */
final class Tokens {
    private static final byte NUMBER = 1;
    private static final byte STRETCHED = 2;
    private static final byte WILDCARD = 4;

    private int size;
    private int[] start;
    private int[] end;
    private int[] offset;
    private int[] length;
    /** {@link String#hashCode()} of each skeleton. */
    private int[] hash;
    private byte[] flags;
    /** The skeletons, each at its {@link #offset} for its {@link #length}. */
    private char[] chars;

    private Tokens(int capacity, char[] chars) {
        this.start = new int[capacity];
        this.end = new int[capacity];
        this.offset = new int[capacity];
        this.length = new int[capacity];
        this.hash = new int[capacity];
        this.flags = new byte[capacity];
        this.chars = chars;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return start[i];
    }

    int end(int i) {
        return end[i];
    }

    /** The skeleton of token {@code i}, as a new string. */
    String skeleton(int i) {
        return new String(chars, offset[i], length[i]);
    }

    /** The length of token {@code i}'s skeleton. */
    int length(int i) {
        return length[i];
    }

    /** The character at {@code k} of token {@code i}'s skeleton. */
    char charAt(int i, int k) {
        return chars[offset[i] + k];
    }

    /** {@link String#hashCode()} of token {@code i}'s skeleton. */
    int hash(int i) {
        return hash[i];
    }

    /** The hash code of the first two letters, the key prefixes are filed under ({@link String#hashCode()} of one or two chars). */
    int headHash(int i) {
        return length[i] <= 2 ? hash[i] : 31 * chars[offset[i]] + chars[offset[i] + 1];
    }

    boolean number(int i) {
        return (flags[i] & NUMBER) != 0;
    }

    boolean stretched(int i) {
        return (flags[i] & STRETCHED) != 0;
    }

    boolean hasWildcard(int i) {
        return (flags[i] & WILDCARD) != 0;
    }

    /** Whether the first {@code n} characters of token {@code i}'s skeleton are {@code word}'s ({@code n} at most both lengths). */
    boolean regionEquals(int i, String word, int n) {
        int o = offset[i];
        for (int k = 0; k < n; k++) {
            if (chars[o + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the first {@code word.length} characters of token {@code i}'s skeleton are {@code word} (no longer than it). */
    boolean regionEquals(int i, char[] word) {
        int o = offset[i];
        for (int k = 0; k < word.length; k++) {
            if (chars[o + k] != word[k]) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code i}'s skeleton is {@code word}. */
    boolean is(int i, String word) {
        return length[i] == word.length() && hash[i] == word.hashCode() && regionEquals(i, word, length[i]);
    }

    /** Whether token {@code i}'s skeleton starts with {@code word}. */
    boolean startsWith(int i, String word) {
        return length[i] >= word.length() && regionEquals(i, word, word.length());
    }

    /** Adds a token whose skeleton is {@code chars[from, from + n)}. */
    private void add(int start, int end, int from, int n, boolean number, boolean stretched, boolean wildcard) {
        roomForOneMore();
        int h = 0;
        for (int k = from; k < from + n; k++) {
            h = 31 * h + chars[k];
        }
        set(size++, start, end, from, n, h, (byte) ((number ? NUMBER : 0) | (stretched ? STRETCHED : 0)
                | (wildcard ? WILDCARD : 0)));
    }

    private void roomForOneMore() {
        if (size == this.start.length) {
            int capacity = size + (size >> 1) + 4;
            this.start = Arrays.copyOf(this.start, capacity);
            this.end = Arrays.copyOf(this.end, capacity);
            this.offset = Arrays.copyOf(this.offset, capacity);
            this.length = Arrays.copyOf(this.length, capacity);
            this.hash = Arrays.copyOf(this.hash, capacity);
            this.flags = Arrays.copyOf(this.flags, capacity);
        }
    }

    private void set(int i, int start, int end, int from, int n, int hash, byte flags) {
        this.start[i] = start;
        this.end[i] = end;
        this.offset[i] = from;
        this.length[i] = n;
        this.hash[i] = hash;
        this.flags[i] = flags;
    }

    /**
     * Ends the word being read ({@link #flush}) and adds the word a symbol stands for ({@code text[from, to)}: an
     * emoji, the echo's brackets) as a token of its own. Returns the skeletons' new length.
     */
    private int addSymbol(int base, int length, int start, int end, int from, int to, String word) {
        flush(base, length, start, end);
        int at = append(length, word);
        add(from, to, at, word.length(), false, false, false);
        return length + word.length();
    }

    /** Appends {@code s} to {@link #chars} after {@code used} characters; where it starts. */
    private int append(int used, String s) {
        if (used + s.length() > chars.length) {
            chars = Arrays.copyOf(chars, 2 * (used + s.length()));
        }
        s.getChars(0, s.length(), chars, used);
        return used;
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

    /**
     * The last text read on this thread and its tokens: an evaluation reads each text with the lexicon,
     * then the word model (and the semantic analyser) read it again, as the same string. Compared by
     * identity, so only that string; texts longer than {@value #LAST_KEPT} characters are not kept.
     */
    private static final class Last {
        String text;
        Tokens tokens;
        TextAnalyser.ReadWords words;
    }

    private static final int LAST_KEPT = 16 * 1024;
    private static final ThreadLocal<Last> LAST = ThreadLocal.withInitial(Last::new);

    /** The text's tokens: read once per string and thread while it is the last one read (they never change). */
    static Tokens of(String text) {
        Last last = LAST.get();
        if (last.text == text) {
            return last.tokens;
        }
        Tokens tokens = read(text);
        if (text.length() <= LAST_KEPT) {
            last.text = text;
            last.tokens = tokens;
            last.words = null;
        }
        return tokens;
    }

    /** {@link TextAnalyser#readWords}, made once per string while it is the last one read on this thread. */
    static TextAnalyser.ReadWords words(String text, java.util.function.Function<Tokens, TextAnalyser.ReadWords> read) {
        Tokens tokens = of(text);
        Last last = LAST.get();
        if (last.text != text) {
            return read.apply(tokens);
        }
        if (last.words == null) {
            last.words = read.apply(tokens);
        }
        return last.words;
    }

    /** The word three opening brackets or more are read as ({@code (((they)))}); no text's own word is written so. */
    static final String ECHO = "tripleparentheses";

    private static Tokens read(String text) {
        // about one word in six characters, a little more for short texts: rarely regrown
        Tokens out = new Tokens(text.length() / 5 + 8, new char[text.length() + 16]);
        // the skeletons of all the text's words, one after another
        char[] word = out.chars;
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
                        out.chars = word;
                    }
                    word[length++] = folded;
                    end = i + 1;
                } else if (c == '(' && i + 2 < n && text.charAt(i + 1) == '(' && text.charAt(i + 2) == '(') {
                    // the antisemitic "echo", "(((they)))": three brackets or more read as a word of their own
                    int stop = i;
                    while (stop < n && text.charAt(stop) == '(') {
                        stop++;
                    }
                    length = out.addSymbol(base, length, start, end, i, stop, ECHO);
                    word = out.chars;
                    base = length;
                    start = -1;
                    i = stop;
                    continue;
                } else if (!apostropheInWord(text, i, c, start)) {
                    out.flush(base, length, start, end);
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
                length = out.addSymbol(base, length, start, end, i, next, emoji);
                word = out.chars;
                base = length;
                start = -1;
            } else if (!folded.isEmpty()) {
                if (start < 0) {
                    start = i;
                }
                out.append(length, folded);
                word = out.chars;
                length += folded.length();
                end = next;
            } else {
                out.flush(base, length, start, end);
                base = length;
                start = -1;
            }
            i = next;
        }
        out.flush(base, length, start, end);
        if (text.indexOf('/') >= 0 || mayHoldWww(text)) {
            out.dropLinks(text); // every link but "www.host" without a path holds a slash
        }
        int used = out.joinSpacedLetters(text, length);
        if (text.indexOf('#') >= 0) {
            used = out.splitHashtags(text, used);
        }
        out.spellOut(text, used);
        return out;
    }

    /**
     * Reads two short spellings of the register as the words they stand for, so that every reader of the
     * tokens (the lexicon, its context groups, the models) sees one word: a gerund without its g
     * ("drivin", "killin"), when the token has five letters or more, ends in "in" and is a word of the
     * vocabulary ({@link Hashtags#isGerund}) with a g after it (not "thin", "cousin", "heroin"); and "u" for
     * "you", written alone (not in "U.S." or "U-Haul"). Numbers, stretched and masked tokens are read as
     * they are. Their new skeletons go after {@code used} characters.
     */
    private void spellOut(String text, int used) {
        for (int i = 0; i < size; i++) {
            if (flags[i] != 0) {
                continue;
            }
            int n = length[i];
            int o = offset[i];
            if (n == 1 && chars[o] == 'u' && end[i] - start[i] == 1 && alone(text, start[i], end[i])) {
                used = respell(i, used, "you");
            } else if (n >= 5 && chars[o + n - 2] == 'i' && chars[o + n - 1] == 'n') {
                String gerund = new String(chars, o, n) + "g";
                if (Hashtags.isGerund(gerund)) {
                    used = respell(i, used, gerund);
                }
            }
        }
    }

    /** Whether the one character at {@code text[from, to)} is a word of its own: no dot, dash, ampersand, slash or apostrophe on either side. */
    private static boolean alone(String text, int from, int to) {
        return (from == 0 || ".-&/'".indexOf(text.charAt(from - 1)) < 0)
                && (to == text.length() || ".-&/'".indexOf(text.charAt(to)) < 0);
    }

    /** Gives token {@code i} the skeleton {@code word}, written after {@code used} characters; the characters used after it. */
    private int respell(int i, int used, String word) {
        append(used, word);
        offset[i] = used;
        length[i] = word.length();
        hash[i] = word.hashCode();
        return used + word.length();
    }

    /**
     * Replaces each hashtag's token by its words ({@link Hashtags}), each read from the hashtag's own
     * letters as a word of its own would be (a stretched piece collapses); their skeletons go after
     * {@code used} characters. Returns the characters used after them.
     */
    private int splitHashtags(String text, int used) {
        int[] pieces = null;
        int at = -1;
        for (int i = 0; i < size && at < 0; i++) {
            pieces = hashtagWords(text, i);
            at = pieces == null ? -1 : i;
        }
        if (at < 0) {
            return used;
        }
        // rare: rebuild the arrays from the first hashtag that splits on
        Tokens copy = new Tokens(size + 8, chars);
        for (int i = 0; i < at; i++) {
            copy.copyFrom(this, i);
        }
        for (int i = at; i < size; i++) {
            int s = start[i];
            int[] p = i == at ? pieces : hashtagWords(text, i);
            if (p == null) {
                copy.copyFrom(this, i);
                continue;
            }
            for (int n : p) {
                if (used + n > copy.chars.length) {
                    copy.chars = Arrays.copyOf(copy.chars, 2 * (used + n));
                }
                for (int k = 0; k < n; k++) {
                    copy.chars[used + k] = ASCII_WORD[text.charAt(s + k)];
                }
                copy.flush(used, used + n, s, s + n);
                used += n;
                s += n;
            }
        }
        size = copy.size;
        chars = copy.chars;
        start = copy.start;
        end = copy.end;
        offset = copy.offset;
        length = copy.length;
        hash = copy.hash;
        flags = copy.flags;
        return used;
    }

    /**
     * Drops the tokens of web addresses: a link's words ({@code kgw.com/news/activist-says-cops-should-be-shot})
     * are an address, often a headline's words in someone else's voice, not what the member wrote. A
     * link is a run of non-space characters that holds {@code ://}, starts with {@code www.}, or starts
     * with a host name under a common top-level domain ({@code bit.ly/}, {@code oregonlive.com/}) followed
     * by a slash; brackets and quotes around it are not part of it.
     */
    private void dropLinks(String text) {
        int kept = 0;
        int n = text.length();
        int from = 0;
        int i = 0;
        while (from < n) {
            while (from < n && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            int to = from;
            while (to < n && !Character.isWhitespace(text.charAt(to))) {
                to++;
            }
            boolean link = to > from && link(text, from, to);
            // keep the tokens before this run, and those inside it unless it is a link
            for (; i < size && start[i] < to; i++) {
                if (!(link && start[i] >= from)) {
                    copyWithin(i, kept++);
                }
            }
            from = to;
        }
        for (; i < size; i++) {
            copyWithin(i, kept++);
        }
        size = kept;
    }

    /** Moves token {@code from} to place {@code to} (no later than it), when they differ: compacting in place. */
    private void copyWithin(int from, int to) {
        if (from != to) {
            set(to, start[from], end[from], offset[from], length[from], hash[from], flags[from]);
        }
    }

    /** Whether {@code text} holds "www." in any case. */
    private static boolean mayHoldWww(String text) {
        for (int k = text.indexOf('.'); k >= 0; k = text.indexOf('.', k + 1)) {
            if (k >= 3 && text.regionMatches(true, k - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the run {@code text[from, to)} (no spaces) is a web address. */
    private static boolean link(String text, int from, int to) {
        while (from < to && "([{<\"'".indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        // within the run only: searching the rest of the text from every run would be quadratic
        for (int k = from; k + 3 <= to; k++) {
            if (text.charAt(k) == ':' && text.charAt(k + 1) == '/' && text.charAt(k + 2) == '/') {
                return k > from && Character.isLetter(text.charAt(k - 1));
            }
        }
        if (to - from > 4 && text.regionMatches(true, from, "www.", 0, 4)) {
            return true;
        }
        // a host name and a slash: letters, digits and hyphens in labels joined by dots, the last of letters
        int k = from;
        int dots = 0;
        int lastLabel = -1;
        while (k < to) {
            char c = text.charAt(k);
            if (c == '.') {
                dots++;
                lastLabel = k + 1;
            } else if (c == '/') {
                break;
            } else if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '-'))) {
                return false;
            }
            k++;
        }
        // the last label a common top-level domain: "shoot.them/all" is words, not an address
        return k < to && dots > 0 && TOP_LEVEL.contains(text.substring(lastLabel, k).toLowerCase(java.util.Locale.ROOT));
    }

    /** Top-level domains of the addresses people paste without {@code https://} or {@code www.}. */
    private static final java.util.Set<String> TOP_LEVEL = java.util.Set.of("com", "org", "net", "gov", "edu", "mil",
            "us", "uk", "ca", "io", "co", "ly", "be", "tv", "me", "fm", "gl", "gd", "to", "info", "news", "app",
            "dev", "site", "online", "link", "live", "social");

    /** The lengths of token {@code i}'s words when it is a hashtag that splits, else {@code null}. */
    private int[] hashtagWords(String text, int i) {
        int s = start[i];
        return s > 0 && text.charAt(s - 1) == '#' && !number(i) && !hasWildcard(i) ? Hashtags.split(text, s, end[i]) : null;
    }

    /** Appends token {@code i} of {@code other} (whose characters this shares). */
    private void copyFrom(Tokens other, int i) {
        roomForOneMore();
        set(size++, other.start[i], other.end[i], other.offset[i], other.length[i], other.hash[i], other.flags[i]);
    }

    /** The skeleton of a lexicon word, made the way a text's tokens are. */
    static String skeletonOf(String word) {
        Tokens tokens = of(word);
        return tokens.size() == 1 ? tokens.skeleton(0) : null;
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

    /**
     * A 9 inside a word is a g ("fa99ot", "ni99a"): after two word characters or more and before a letter
     * (or a digit that stands for one). Not at a word's end or near its start, where a 9 is a number or
     * a name: "k9", "k9s", "w9", "a91f".
     */
    private static char nine(char[] w, int a, int b, int k) {
        int s = k;
        while (s > a && w[s - 1] == '9') {
            s--;
        }
        int e = k;
        while (e < b && w[e] == '9') {
            e++;
        }
        return s - a >= 2 && e < b && Character.isLetter(leet(w[e])) ? 'g' : '9';
    }

    private static boolean kept(char c) {
        return Character.isLetterOrDigit(c) || c == '*';
    }

    /** Ends the word in {@code chars[from, to)}: a token unless it is only symbols. Rewrites that range, which the token keeps. */
    private void flush(int from, int to, int start, int end) {
        char[] w = chars;
        if (start < 0 || to == from) {
            return;
        }
        // "!!!" or "@" alone are punctuation, not a word; a word keeps its inner symbols
        int a = from;
        int b = to;
        while (a < b && !kept(w[a])) {
            a++;
        }
        while (b > a && !kept(w[b - 1]) && !trailingLeet(w, a, b)) {
            b--;
        }
        if (a == b) {
            return;
        }
        // a number with its unit ("100mph", "40mm", "3am", "6th") is a number and a word, not leetspeak
        int digitRun = 0;
        while (a + digitRun < b && w[a + digitRun] >= '0' && w[a + digitRun] <= '9') {
            digitRun++;
        }
        if (digitRun > 0 && digitRun < b - a && end - start == to - from && unitAfter(w, a + digitRun, b, digitRun)) {
            int numberStart = start + (a - from);
            add(numberStart, numberStart + digitRun, a, digitRun, true, false, false);
            start = numberStart + digitRun;
            a += digitRun;
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
            add(start, end, a, b - a, digits, false, wildcard);
            return;
        }
        // leetspeak to letters, in place; a run of three of one letter makes the word stretched
        int run = 0;
        boolean stretched = false;
        for (int k = a; k < b; k++) {
            char mapped = w[k] == '9' ? nine(w, a, b, k) : leet(w[k]);
            run = k > a && w[k - 1] == mapped ? run + 1 : 1;
            stretched |= run >= 3 && mapped != '*';
            w[k] = mapped;
        }
        // stretched letters: "kiiiill" reads as the collapsed "kil", compared with collapsed words
        int stop = stretched ? collapse(w, a, b) : b;
        add(start, end, a, stop - a, false, stretched, wildcard);
    }

    /** Units written after a one-digit number ("3am", "9mm", "5k", "4th"); after two digits or more any letters are a unit. */
    private static final java.util.Set<String> UNITS = java.util.Set.of("am", "pm", "mm", "k", "mph", "th", "st", "nd",
            "rd", "x", "yr", "yrs", "yo", "hr", "hrs", "h", "min", "mins", "lb", "lbs", "ft", "oz", "g", "s", "ga", "gauge",
            "mi", "km", "kph", "cal", "d", "w", "wk", "wks", "day", "days");

    /** Whether {@code w[from, to)} is a unit after a number of {@code digits} digits: ASCII letters only, and a known unit after one digit. */
    private static boolean unitAfter(char[] w, int from, int to, int digits) {
        for (int k = from; k < to; k++) {
            if (w[k] < 'a' || w[k] > 'z') {
                return false;
            }
        }
        if (digits >= 2) {
            return true;
        }
        String unit = new String(w, from, to - from);
        // an ordinal's ending fits its digit: "3rd" is a number, "3nd" is leetspeak ("ill 3nd her")
        return switch (unit) {
            case "st" -> w[from - 1] == '1';
            case "nd" -> w[from - 1] == '2';
            case "rd" -> w[from - 1] == '3';
            case "th" -> w[from - 1] != '1' && w[from - 1] != '2' && w[from - 1] != '3';
            default -> UNITS.contains(unit);
        };
    }

    /** Whether the {@code @} ending {@code w[a, b)} stands for a letter ("n1gg@"): two word characters before it. */
    private static boolean trailingLeet(char[] w, int a, int b) {
        return w[b - 1] == '@' && b - a >= 3 && kept(w[b - 2]) && w[b - 2] != '*' && kept(w[b - 3]);
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

    /**
     * Joins runs of spaced letters into one token each, in place; their skeletons go after {@code used}
     * characters. Returns the characters used after them.
     */
    private int joinSpacedLetters(String text, int used) {
        int n = size;
        int w = 0;
        int i = 0;
        while (i < n) {
            // one separator all along: in "a b-u-l-l-e-t" the article is not a letter of the word
            int j = i;
            int separator = NO_SEPARATOR;
            while (j + 1 < n && single(j) && single(j + 1)) {
                int between = separator(text, end[j], start[j + 1]);
                if (between == NO_SEPARATOR || j > i && between != separator) {
                    break;
                }
                separator = between;
                j++;
            }
            if (j - i + 1 >= 3) {
                int letters = j - i + 1;
                if (used + letters > chars.length) {
                    chars = Arrays.copyOf(chars, 2 * (used + letters));
                }
                int h = 0;
                boolean wildcard = false;
                for (int k = i; k <= j; k++) {
                    char c = chars[offset[k]];
                    chars[used + k - i] = c;
                    h = 31 * h + c;
                    wildcard |= c == '*';
                }
                // letters that are no word may be several written without spaces: "p u t a b u l l e t"
                int[] pieces = wildcard ? null : Hashtags.letters(new String(chars, used, letters));
                if (pieces == null) {
                    set(w++, start[i], end[j], used, letters, h, wildcard ? WILDCARD : 0);
                } else {
                    int[] starts = Arrays.copyOfRange(start, i, j + 1);
                    int[] ends = Arrays.copyOfRange(end, i, j + 1);
                    for (int p = 0, k = 0; p < pieces.length; k += pieces[p++]) {
                        int ph = 0;
                        for (int c = 0; c < pieces[p]; c++) {
                            ph = 31 * ph + chars[used + k + c];
                        }
                        set(w++, starts[k], ends[k + pieces[p] - 1], used + k, pieces[p], ph, (byte) 0);
                    }
                }
                used += letters;
                i = j + 1;
            } else {
                copyWithin(i++, w++);
            }
        }
        size = w;
        return used;
    }

    private boolean single(int i) {
        return length[i] == 1 && !number(i);
    }

    private static final int NO_SEPARATOR = -1;

    /**
     * What lies between two one-letter tokens of a spaced word: its one visible separator (space, dot, dash,
     * underscore, middle dot, asterisk or slash), 0 when only format characters do, or {@link #NO_SEPARATOR}.
     */
    private static int separator(String text, int from, int to) {
        int visible = 0;
        char separator = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.getType(c) == Character.FORMAT) {
                continue;
            }
            if (" .-_·*/".indexOf(c) < 0 || ++visible > 1) {
                return NO_SEPARATOR;
            }
            separator = c;
        }
        // nothing at all between them: a unit split from its number ("5k"), not a spaced letter
        return visible == 1 || from < to ? separator : NO_SEPARATOR;
    }
}
