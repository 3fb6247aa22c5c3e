package io.github.smpolicy.semantic;

import io.github.smpolicy.model.TextSpan;
import io.github.smpolicy.rules.AgencyProfile;
import io.github.smpolicy.rules.ContentAnalyser;
import io.github.smpolicy.rules.ContentSignal;
import io.github.smpolicy.rules.text.TextAnalyser;
import io.github.smpolicy.rules.text.WordModel;
import io.github.smpolicy.rules.text.TextAnalyser.ReadWords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The opt-in semantic analyser: reads a text the way a person would rather than word by word, and
 * gives its opinion on the content clauses 311.40-1.3 to 1.8. It embeds the text with the int8
 * all-MiniLM-L6-v2 sentence model and scores the embedding, with the text's hashed words and word
 * pairs ({@link Features}), with one logistic-regression head per signal, trained on the train and dev
 * splits of the project's corpus and thresholded on their out-of-fold scores (the test split is never read).
 *
 * <pre>{@code
 * PolicyEvaluator evaluator = PolicyEvaluator.builder()
 *         .analyser(SemanticAnalyser.standard())   // beside the built-in lexicon
 *         .build();
 * }</pre>
 *
 * <p>What it promises:
 * <ul>
 *   <li>Every signal is a {@linkplain ContentSignal#opinion model's opinion}: the rules never let it go
 *       beyond {@code REVIEW}, and its confidence stays below the profile's deny threshold as well.
 *       Only the lexicon's explicit wording denies.</li>
 *   <li>It reads the de-obfuscated words the lexicon reads ({@link TextAnalyser#readWords}), in
 *       windows of {@value WordModel#WINDOW_WORDS} words ({@value WordModel#STRIDE} apart) because the model sees 128 word
 *       pieces at most; the best window is the evidence span.</li>
 *   <li>One clause per window, unless a second head's score is within {@value WordModel#SECOND_CLAUSE_MARGIN}
 *       of the first's: a text read as a threat is not also reported as bias on the same words.</li>
 *   <li>311.40-1.5 only where the text may concern the author's own work: it ties itself to the agency,
 *       as the lexicon's {@code @tie} reads it, or its author speaks of themselves ({@code @author}:
 *       I, me, my, we, our); a text in the third person only (another agency's trial, court news) is
 *       never one, nor one whose author says the matter is not theirs ({@code @notmine}: "not my agency,
 *       not my case"). 311.40-1.8 not where the author says they speak for themselves only
 *       ({@code @ownviews}).</li>
 *   <li>Identical windows (a meme shared by many members) are embedded once: a bounded cache of
 *       {@value #CACHE_SIZE} windows' scores.</li>
 *   <li>Bounded work: at most {@value #MAX_WINDOWS} windows of a text (its first ~1,000 words) are
 *       embedded; the lexicon still reads the whole text.</li>
 * </ul>
 *
 * <p>The model (~23 MB) loads once per JVM, on the first {@link #standard()} or
 * {@link #forProfile(AgencyProfile)}, and is shared by every analyser. Thread-safe; keeps no text
 * beyond the cache of window scores, which is keyed by the window's words.
 */
public final class SemanticAnalyser implements ContentAnalyser {
    static final int CACHE_SIZE = 8192;
    /** At most this many windows of one text are embedded (~1,000 words): a huge post costs at most ~0.2 s. */
    static final int MAX_WINDOWS = 40;

    private final Heads heads;
    private final java.util.function.Function<String, float[]> embedder;
    private final TextAnalyser lexicon;
    private final double review;
    private final double ceiling;
    private final String source;
    /** See {@link #version()}. */
    private final String version;
    /** How many windows were embedded (not answered from the cache). */
    private final AtomicLong embedded = new AtomicLong();
    private final Map<String, double[]> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private static final class Model {
        static final MiniLm INSTANCE = new MiniLm();
    }

    SemanticAnalyser(Heads heads, AgencyProfile profile) {
        this(heads, profile, null);
    }

    /** With another source of embeddings (the trainer's cache, for cross-validation); {@code null}: the model. */
    SemanticAnalyser(Heads heads, AgencyProfile profile, java.util.function.Function<String, float[]> embedder) {
        this(heads, profile, embedder, null);
    }

    /** {@code headsDigest}: the heads' digest when known ({@link #bundledDigest()}), or {@code null} to compute it. */
    private SemanticAnalyser(Heads heads, AgencyProfile profile, java.util.function.Function<String, float[]> embedder,
            String headsDigest) {
        this.embedder = embedder;
        this.heads = heads;
        this.lexicon = TextAnalyser.forProfile(profile);
        this.review = profile.reviewThreshold();
        this.ceiling = Math.min(profile.denyThreshold() - 0.05, review + WordModel.CONFIDENCE_RANGE);
        this.source = MiniLm.NAME + ", heads " + heads.version();
        this.version = "heads " + heads.version() + " " + (headsDigest != null ? headsDigest : digest(heads))
                + ", lexicon " + lexicon.version();
        Model.INSTANCE.getClass(); // load the model now, not on the first post
    }

    /** The semantic analyser with Portland's names (for the 1.5 tie). */
    public static SemanticAnalyser standard() {
        return forProfile(AgencyProfile.portland());
    }

    /** The semantic analyser for an agency: its names tie a text to it, its thresholds bound the confidences. */
    public static SemanticAnalyser forProfile(AgencyProfile profile) {
        return new SemanticAnalyser(Heads.bundled(), profile, null, bundledDigest());
    }

    /**
     * The digest of the bundled heads, taken from the resource's bytes: they are the heads as
     * {@link Heads#write} writes them (a test checks it), and hashing 2.4 MB is ~0.5 s quicker on a cold
     * JVM than writing every weight out again.
     */
    static String bundledDigest() {
        return BundledDigest.VALUE;
    }

    private static final class BundledDigest {
        static final String VALUE = compute();

        private static String compute() {
            try (java.io.InputStream in = Heads.class.getResourceAsStream(Heads.RESOURCE)) {
                if (in == null) {
                    throw new java.io.IOException(Heads.RESOURCE + " is missing");
                }
                return "sha256:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(in.readAllBytes()));
            } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("cannot digest the heads", e);
            }
        }
    }

    /** The model and heads version every opinion names as its {@code source}. */
    public String source() {
        return source;
    }

    /** The sentence model it embeds with, such as {@code semantic: all-MiniLM-L6-v2-q (langchain4j 1.19.0-beta29)}. */
    @Override
    public String id() {
        return "semantic: " + MiniLm.NAME;
    }

    /**
     * The heads' training run, the SHA-256 of the heads as written (every weight and threshold) and
     * the {@linkplain TextAnalyser#version() version of the lexicon} whose words it reads: it changes
     * when the heads are retrained or the lexicon changes (its {@code @tie}, {@code @author}, {@code @notmine}
     * and {@code @ownviews} groups among the rest).
     */
    @Override
    public String version() {
        return version;
    }

    /** Its heads read the text's words and word pairs as well as its embedding: the built-in word model would repeat them. */
    @Override
    public boolean replacesWordModel() {
        return true;
    }

    static String digest(Heads heads) {
        java.io.StringWriter written = new java.io.StringWriter();
        try {
            heads.write(written);
            return "sha256:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(written.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest the heads", e);
        }
    }

    @Override
    public List<ContentSignal> analyse(String text, String where) {
        ReadWords words = TextAnalyser.readWords(text);
        if (words.size() < WordModel.MIN_WORDS) {
            return List.of(); // one or two words: the lexicon's to read (WordModel.MIN_WORDS)
        }
        List<Heads.Head> all = heads.heads();
        double[] best = new double[all.size()];
        int[][] bestWindow = new int[all.size()][];
        List<int[]> windows = WordModel.windows(words.size());
        // a huge text is read by the model in its first MAX_WINDOWS windows; the lexicon reads all of it
        for (int[] w : windows.subList(0, Math.min(windows.size(), MAX_WINDOWS))) {
            double[] scores = scores(words.join(w[0], w[1]));
            double top = 0;
            for (int h = 0; h < all.size(); h++) {
                if (scores[h] >= all.get(h).threshold()) {
                    top = Math.max(top, scores[h]);
                }
            }
            for (int h = 0; h < all.size(); h++) {
                boolean reported = scores[h] >= all.get(h).threshold() && scores[h] >= top - WordModel.SECOND_CLAUSE_MARGIN;
                if (reported && scores[h] > best[h]) {
                    best[h] = scores[h];
                    bestWindow[h] = w;
                }
            }
        }
        List<ContentSignal> signals = new ArrayList<>();
        for (int h = 0; h < all.size(); h++) {
            Heads.Head head = all.get(h);
            if (bestWindow[h] == null || !lexicon.admitsOpinion(head.clause(), text, where)) {
                continue;
            }
            int start = words.start(bestWindow[h][0]);
            int end = words.end(bestWindow[h][1] - 1);
            signals.add(ContentSignal.opinion(head.signal(), confidence(best[h], head.threshold()),
                    new TextSpan(start, end, text.substring(start, end), where), source));
        }
        return signals;
    }

    /** A score at the threshold is the review threshold; the surest opinion stays below the deny threshold. */
    private double confidence(double score, double threshold) {
        double over = (score - threshold) / Math.max(1e-9, 1.0 - threshold);
        return Math.min(ceiling, review + Math.max(0, over) * (ceiling - review));
    }

    /** Every head's score for a window of words, embedded once per distinct window. */
    double[] scores(String window) {
        synchronized (cache) {
            double[] known = cache.get(window);
            if (known != null) {
                return known;
            }
        }
        Features x = Features.of(window, embedder != null ? embedder.apply(window) : Model.INSTANCE.vector(window));
        embedded.incrementAndGet();
        List<Heads.Head> all = heads.heads();
        double[] scores = new double[all.size()];
        for (int h = 0; h < all.size(); h++) {
            scores[h] = all.get(h).score(x);
        }
        synchronized (cache) {
            cache.put(window, scores);
        }
        return scores;
    }

    /** How many windows this analyser has embedded rather than found in its cache. */
    long embedded() {
        return embedded.get();
    }

    /** The features of a window, as the heads read them (for the trainer). */
    static Features features(String window) {
        return Features.of(window, Model.INSTANCE.vector(window));
    }
}
