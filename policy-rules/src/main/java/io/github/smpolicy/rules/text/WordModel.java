package io.github.smpolicy.rules.text;

import io.github.smpolicy.model.TextSpan;
import io.github.smpolicy.rules.AgencyProfile;
import io.github.smpolicy.rules.ContentAnalyser;
import io.github.smpolicy.rules.ContentSignal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in word model: one logistic regression per content signal over a text's words, the first
 * {@value #PREFIX} letters of its longer words (so that "shooting" and "shooter" share what either taught) and
 * pairs of adjacent words, hashed into {@value #BUCKETS} buckets, read in windows of {@value #WINDOW_WORDS} words
 * ({@value #STRIDE} apart). It catches wording the lexicon has no entry for ("should've emptied the
 * mag", "they're not sending their best") from what the corpus's writers' violations and hard negatives
 * taught it, and it needs no model runtime: it is part of the default evaluator
 * ({@link io.github.smpolicy.rules.PolicyEvaluator.Builder#wordModel(boolean)} turns it off).
 *
 * <p>What it promises:
 * <ul>
 *   <li>Every signal is a {@linkplain ContentSignal#opinion model's opinion}: the rules never let it go
 *       beyond {@code REVIEW} (rule book), and its confidence stays below the profile's deny threshold.</li>
 *   <li>It reads the de-obfuscated words the lexicon reads ({@link TextAnalyser#readWords}); the best
 *       window is the evidence span.</li>
 *   <li>One clause per window, unless a second head's score is within {@value #SECOND_CLAUSE_MARGIN} of
 *       the first's.</li>
 *   <li>311.40-1.5 only where the text may concern the author's own work
 *       ({@link TextAnalyser#mayConcernOwnWork}: a tie to the agency, {@code @tie}, or the author
 *       speaking of themselves, {@code @author}; not where the author says the matter is not theirs,
 *       {@code @notmine}); 311.40-1.8 not where its author says they speak for themselves only
 *       ({@code @ownviews}); 311.40-1.3 on a shared posting only where it says something of the Bureau
 *       ({@link TextAnalyser#admitsOpinion(String, String, String)}).</li>
 * </ul>
 *
 * <p>The weights are trained by {@code TrainHeads --words} (the semantic module's trainer, in its tests)
 * on the train and dev splits of the project's corpus, thresholded on their out-of-fold scores so that
 * together they flag at most 2% of those splits' must-ALLOW posts; the test split is never read. They
 * are the semantic analyser's heads without the sentence embedding, and the semantic analyser, which
 * reads the same words, {@linkplain ContentAnalyser#replacesWordModel() replaces} this model when added.
 * Immutable and thread-safe; the weights load once per class loader.
 */
public final class WordModel implements ContentAnalyser {
    /** The buckets words and word pairs are hashed into. */
    public static final int BUCKETS = 1 << 15;
    /** A word longer than this also counts by its first {@value} letters ("shooting", "shoots": "~shoot"). */
    static final int PREFIX = 5;
    /** Words per window; this model and the semantic analyser (whose model sees 128 word pieces) read the same windows. */
    public static final int WINDOW_WORDS = 48;
    /** Words from one window's start to the next's. */
    public static final int STRIDE = 24;
    /** How close to a window's best head's score a second head must be to be reported for the same window. */
    public static final double SECOND_CLAUSE_MARGIN = 0.1;
    /**
     * A text of fewer words gets no opinion: one or two words ("lol", "shoot", "clown") weigh as much as a
     * whole post's words together (each word counts 1/sqrt(its window's words)), so a word that leans one
     * way in long posts decides a reaction of one word alone. What one or two words can say explicitly is
     * the lexicon's to read.
     */
    public static final int MIN_WORDS = 3;
    /** How far above the review threshold the strongest opinion may reach, below the deny threshold. */
    public static final double CONFIDENCE_RANGE = 0.3;
    /** At most this many windows of one text are scored (~5,000 words); the lexicon still reads all of it. */
    static final int MAX_WINDOWS = 200;
    static final String HEADS = "word-model-311.40.txt";
    static final String WEIGHTS = "word-model-311.40.weights";

    /** One head: the clause and signal it stands for, its threshold and intercept. */
    record Head(String clause, String signal, double threshold, double bias) {}

    /** The trained heads and their word weights, {@code weights[bucket * heads + head]}. */
    record Weights(String version, List<Head> heads, float[] weights, String digest) {
        static final Weights BUNDLED = read();

        private static Weights read() {
            try (InputStream h = WordModel.class.getResourceAsStream(HEADS);
                    InputStream w = WordModel.class.getResourceAsStream(WEIGHTS)) {
                if (h == null || w == null) {
                    throw new IOException(HEADS + " or " + WEIGHTS + " is missing");
                }
                byte[] headBytes = h.readAllBytes();
                byte[] weightBytes = w.readAllBytes();
                String version = null;
                List<Head> heads = new ArrayList<>();
                BufferedReader lines = new BufferedReader(new InputStreamReader(
                        new java.io.ByteArrayInputStream(headBytes), StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String[] f = line.trim().split("\\s+");
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    } else if (f[0].equals("version") && f.length == 2) {
                        version = f[1];
                    } else if (f[0].equals("head") && f.length == 5) {
                        heads.add(new Head(f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4])));
                    } else {
                        throw new IOException(HEADS + ": unexpected line starting " + f[0]);
                    }
                }
                if (version == null || heads.isEmpty()) {
                    throw new IOException(HEADS + " has no version or no heads");
                }
                if (weightBytes.length != BUCKETS * heads.size() * Float.BYTES) {
                    throw new IOException(WEIGHTS + " has " + weightBytes.length + " bytes, not "
                            + BUCKETS * heads.size() * Float.BYTES + " for " + heads.size() + " heads");
                }
                // stored head by head; kept bucket by bucket, so that a word's weights for every head are adjacent
                float[] byHead = new float[BUCKETS * heads.size()];
                ByteBuffer.wrap(weightBytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(byHead);
                float[] weights = new float[byHead.length];
                for (int head = 0; head < heads.size(); head++) {
                    for (int b = 0; b < BUCKETS; b++) {
                        weights[b * heads.size() + head] = byHead[head * BUCKETS + b];
                    }
                }
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                sha.update(headBytes);
                sha.update(weightBytes);
                return new Weights(version, List.copyOf(heads), weights, "sha256:" + HexFormat.of().formatHex(sha.digest()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built-in word model", e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final Map<AgencyProfile, WordModel> BUILT = new ConcurrentHashMap<>();
    private static final int KEPT = 16;

    private final Weights model;
    private final TextAnalyser lexicon;
    private final double review;
    private final double ceiling;
    private final String source;
    private final String version;

    private WordModel(Weights model, AgencyProfile profile) {
        this.model = model;
        this.lexicon = TextAnalyser.forProfile(profile);
        this.review = profile.reviewThreshold();
        this.ceiling = Math.min(profile.denyThreshold() - 0.05, review + CONFIDENCE_RANGE);
        this.source = "word model " + model.version();
        this.version = model.version() + " " + model.digest() + ", lexicon " + lexicon.version();
    }

    /**
     * Loads the built-in weights now, if not yet loaded (once per class loader; otherwise on the first
     * {@link #forProfile}), and what reading a text's words needs (the vocabulary's gerunds, which
     * {@link TextAnalyser#readWords} restores a dropped g with). An evaluator's build calls it while the
     * lexicon is being built, so that the first decision does not wait for either.
     *
     * @throws UncheckedIOException if the weights are missing or malformed
     */
    public static void load() {
        Weights.BUNDLED.heads();
        Hashtags.isGerund("");
    }

    /**
     * The word model with Portland's names (for the 1.5 tie and the 1.8 disclaimer).
     *
     * @return the model for {@link AgencyProfile#portland()}
     */
    public static WordModel standard() {
        return forProfile(AgencyProfile.portland());
    }

    /**
     * The word model for an agency: its names tie a text to it, its thresholds bound the confidences.
     * Built once per profile.
     *
     * @param profile the agency's profile; not {@code null}
     * @return the model
     */
    public static WordModel forProfile(AgencyProfile profile) {
        WordModel known = BUILT.get(profile);
        if (known != null) {
            return known;
        }
        if (BUILT.size() >= KEPT) {
            return new WordModel(Weights.BUNDLED, profile);
        }
        return BUILT.computeIfAbsent(profile, p -> new WordModel(Weights.BUNDLED, p));
    }

    /** {@code words: hashed words and word pairs}. */
    @Override
    public String id() {
        return "words: hashed words and word pairs";
    }

    /**
     * The training run, the SHA-256 of the weights as shipped, and the
     * {@linkplain TextAnalyser#version() version of the lexicon} whose words and groups it reads.
     */
    @Override
    public String version() {
        return version;
    }

    /**
     * What every opinion names as its {@code source}, such as {@code word model 2026-11-25.1}.
     *
     * @return the model's name and training run
     */
    public String source() {
        return source;
    }

    @Override
    public List<ContentSignal> analyse(String text, String where) {
        TextAnalyser.ReadWords words = TextAnalyser.readWords(text);
        if (words.size() < MIN_WORDS) {
            return List.of();
        }
        List<Head> heads = model.heads();
        int n = heads.size();
        double[] best = new double[n];
        int[][] bestWindow = new int[n][];
        double[] scores = new double[n];
        Hashes hashes = Hashes.of(words);
        List<int[]> windows = windows(words.size());
        for (int[] window : windows.subList(0, Math.min(windows.size(), MAX_WINDOWS))) {
            int from = window[0];
            int to = window[1];
            score(hashes == null ? buckets(words.join(from, to)) : hashes.buckets(from, to), scores);
            double top = 0;
            for (int h = 0; h < n; h++) {
                if (scores[h] >= heads.get(h).threshold()) {
                    top = Math.max(top, scores[h]);
                }
            }
            for (int h = 0; h < n; h++) {
                boolean reported = scores[h] >= heads.get(h).threshold() && scores[h] >= top - SECOND_CLAUSE_MARGIN;
                if (reported && scores[h] > best[h]) {
                    best[h] = scores[h];
                    bestWindow[h] = window;
                }
            }
        }
        List<ContentSignal> signals = new ArrayList<>();
        for (int h = 0; h < n; h++) {
            Head head = heads.get(h);
            if (bestWindow[h] == null || !lexicon.admitsOpinion(head.clause(), text, where)) {
                continue;
            }
            int start = words.start(bestWindow[h][0]);
            int end = words.end(bestWindow[h][1] - 1);
            double over = (best[h] - head.threshold()) / Math.max(1e-9, 1.0 - head.threshold());
            double confidence = Math.min(ceiling, review + Math.max(0, over) * (ceiling - review));
            signals.add(ContentSignal.opinion(head.signal(), confidence,
                    new TextSpan(start, end, text.substring(start, end), where), source));
        }
        return signals;
    }

    /**
     * Every head's probability for a window given as words joined by single spaces: its distinct word and
     * word-pair buckets, each weighing 1/sqrt(their number), so that a long window does not outweigh a short one.
     */
    void score(String window, double[] scores) {
        score(buckets(window), scores);
    }

    private void score(int[] buckets, double[] scores) {
        int n = model.heads().size();
        double scale = 1.0 / Math.sqrt(Math.max(1, buckets.length));
        float[] w = model.weights();
        for (int h = 0; h < n; h++) {
            scores[h] = 0;
        }
        for (int b : buckets) {
            int at = b * n;
            for (int h = 0; h < n; h++) {
                scores[h] += w[at + h];
            }
        }
        for (int h = 0; h < n; h++) {
            double z = model.heads().get(h).bias() + scores[h] * scale;
            scores[h] = 1.0 / (1.0 + Math.exp(-z));
        }
    }

    /**
     * The words' hash codes, from which a window's buckets come without joining and splitting it again:
     * {@code (a + " " + b).hashCode()} is {@code a.hashCode() * 31^(1 + b.length()) + ' ' * 31^b.length() +
     * b.hashCode()} by {@link String#hashCode()}'s definition, so the buckets are those of {@link #buckets(String)}.
     */
    private record Hashes(int[] word, int[] tail, int[] power, int[] prefix, boolean[] prefixed) {
        /** {@code null} when a word is empty or holds a space: then only joining and splitting gives the same words. */
        static Hashes of(TextAnalyser.ReadWords words) {
            int n = words.size();
            int[] word = new int[n];
            int[] tail = new int[n];  // as a pair's second word: ' ' * 31^length + its hash
            int[] power = new int[n]; // as a pair's second word: what the first word's hash is multiplied by, 31^(1 + length)
            int[] prefix = new int[n]; // ("~" + its first PREFIX letters).hashCode(), when it is longer than that
            boolean[] prefixed = new boolean[n];
            for (int i = 0; i < n; i++) {
                String w = words.word(i);
                if (w.isEmpty() || w.indexOf(' ') >= 0) {
                    return null;
                }
                word[i] = w.hashCode();
                if (w.length() > PREFIX) {
                    int h = '~';
                    for (int k = 0; k < PREFIX; k++) {
                        h = 31 * h + w.charAt(k);
                    }
                    prefix[i] = h;
                    prefixed[i] = true;
                }
                int p = 1;
                for (int k = 0; k < w.length(); k++) {
                    p *= 31;
                }
                tail[i] = ' ' * p + word[i];
                power[i] = p * 31;
            }
            return new Hashes(word, tail, power, prefix, prefixed);
        }

        int[] buckets(int from, int to) {
            int[] buckets = new int[(to - from) * 3];
            int k = 0;
            for (int i = from; i < to; i++) {
                buckets[k++] = Math.floorMod(word[i], BUCKETS);
                if (prefixed[i]) {
                    buckets[k++] = Math.floorMod(prefix[i], BUCKETS);
                }
                if (i + 1 < to) {
                    buckets[k++] = Math.floorMod(word[i] * power[i + 1] + tail[i + 1], BUCKETS);
                }
            }
            return distinct(buckets, k);
        }
    }

    /** Each window's buckets, as {@link #analyse} reads them (for tests: the same as joining and splitting each window). */
    static List<int[]> windowBuckets(TextAnalyser.ReadWords words) {
        Hashes hashes = Hashes.of(words);
        List<int[]> all = new ArrayList<>();
        for (int[] w : words.size() == 0 ? List.<int[]>of() : windows(words.size())) {
            all.add(hashes == null ? buckets(words.join(w[0], w[1])) : hashes.buckets(w[0], w[1]));
        }
        return all;
    }

    /**
     * The windows {@code [from, to)} of a text of {@code words} words: one if it fits, else windows of
     * {@value #WINDOW_WORDS} words {@value #STRIDE} apart covering it. This model, the semantic analyser and
     * their trainer cut texts so.
     *
     * @param words how many words the text has ({@link TextAnalyser.ReadWords#size()}), at least 1
     * @return the windows, in order
     */
    public static List<int[]> windows(int words) {
        List<int[]> windows = new ArrayList<>();
        for (int from = 0; ; from += STRIDE) {
            int to = Math.min(words, from + WINDOW_WORDS);
            windows.add(new int[] {from, to});
            if (to == words) {
                return windows;
            }
        }
    }

    /**
     * The distinct buckets of a window's words, longer words' first {@value #PREFIX} letters and adjacent
     * word pairs, ascending: what the word model's
     * heads (and the semantic analyser's, beside its embedding) read of a window.
     *
     * @param window de-obfuscated words ({@link TextAnalyser#readWords}) joined by single spaces
     * @return the buckets, each from 0 to {@link #BUCKETS}, exclusive
     */
    public static int[] buckets(String window) {
        String[] w = window.isEmpty() ? new String[0] : window.split(" ");
        int[] buckets = new int[w.length * 3];
        int k = 0;
        for (int i = 0; i < w.length; i++) {
            buckets[k++] = bucket(w[i]);
            if (w[i].length() > PREFIX) {
                buckets[k++] = bucket("~" + w[i].substring(0, PREFIX));
            }
            if (i + 1 < w.length) {
                buckets[k++] = bucket(w[i] + " " + w[i + 1]);
            }
        }
        return distinct(buckets, k);
    }

    /** The first {@code k} buckets, sorted, each once. */
    private static int[] distinct(int[] buckets, int k) {
        Arrays.sort(buckets, 0, k);
        int distinct = 0;
        for (int i = 0; i < k; i++) {
            if (distinct == 0 || buckets[i] != buckets[distinct - 1]) {
                buckets[distinct++] = buckets[i];
            }
        }
        return Arrays.copyOf(buckets, distinct);
    }

    /** {@link String#hashCode()} is fixed by the Java specification, so buckets are the same on every JVM. */
    static int bucket(String ngram) {
        return Math.floorMod(ngram.hashCode(), BUCKETS);
    }
}
