package io.github.smpolicy.semantic;

import io.github.smpolicy.rules.quality.Corpus;
import io.github.smpolicy.rules.quality.CorpusRecord;
import io.github.smpolicy.rules.text.TextAnalyser;
import io.github.smpolicy.rules.text.TextAnalyser.ReadWords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the semantic analyser's heads on the corpus's train split and picks each head's threshold
 * on its dev split; the test split is never read. A head reads a window's embedding and its hashed
 * words ({@link Features}). Deterministic: full-batch gradient descent from
 * zero weights, no sampling, so the same corpus gives the same file ({@code scripts/train-heads.sh}).
 *
 * <p>What a head learns from: a post's own words where the post is the member's own (a publish), the
 * shared posting where the member only passed it on (a bare share, a like), and the member's words of a
 * comment or share when there are at least {@value #OWN_WORDS} of them ("this 👆" carries nothing; the
 * labels do not say which of the two texts holds the violation, so short ones are left out); negatives
 * are every text of a must-ALLOW post and the texts of posts labelled with other clauses. A text longer
 * than a window gives every window, each weighted 1/windows.
 */
public final class TrainHeads {
    /**
     * The heads, by what they learn (a clause, or a clause and a part of it) and the signal each raises.
     * 311.40-1.6 has two: violence, and breaking the law or endangering the public are worded too
     * differently for one line to separate both from hard negatives (dev: 31 → 47 of 99 caught).
     */
    static final Map<String, String> SIGNALS = new LinkedHashMap<>();
    static final String VIOLENCE = "311.40-1.6/violence";
    static final String LAW = "311.40-1.6/law";
    /** The writers' kinds of 1.6 post that propose breaking the law or endanger the public, not violence. */
    static final java.util.regex.Pattern LAW_KINDS = java.util.regex.Pattern.compile(
            "drunk|race|drug|speed|poach|fish|out-of-season|ticket|placard|fraud|theft|steal|dump|evidence|plant"
                    + "|firework|endanger|vandal|proposed|toll|brib|dui|crime|obstruct|tamper|illegal|impersonat"
                    + "|gun-law|weapon|database");
    static final java.util.regex.Pattern VIOLENT_KINDS = java.util.regex.Pattern.compile(
            "threat|violence|kill|shoot|shot|execut|hang");

    static {
        SIGNALS.put("311.40-1.3", "SENSITIVE_INFORMATION");
        SIGNALS.put("311.40-1.4", "DISCREDITS_BUREAU");
        SIGNALS.put("311.40-1.5", "ADMINISTRATIVE_INVESTIGATION");
        SIGNALS.put(VIOLENCE, "THREAT_OF_VIOLENCE");
        SIGNALS.put(LAW, "PROPOSED_VIOLATION_OF_LAW");
        SIGNALS.put("311.40-1.7", "PROTECTED_CLASS_BIAS");
        SIGNALS.put("311.40-1.8", "REPRESENTS_AGENCY_VIEWS");
    }

    /** The clause a head stands for. */
    static String clauseOf(String learns) {
        int slash = learns.indexOf('/');
        return slash < 0 ? learns : learns.substring(0, slash);
    }

    /** What a record teaches: its clauses, and for 1.6 the part of it its kind says. */
    static List<String> learns(CorpusRecord r) {
        List<String> tags = new ArrayList<>(r.clauses());
        if (r.clauses().contains("311.40-1.6")) {
            boolean law = LAW_KINDS.matcher(r.kind()).find() && !VIOLENT_KINDS.matcher(r.kind()).find();
            tags.add(law ? LAW : VIOLENCE);
        }
        return tags;
    }

    /** Compared on dev with 1e-5, 3e-4 and 1e-3 (docs/quality.md): 1e-4 caught the most. */
    static final double L2 = 1e-4;
    static final int EPOCHS = 600;
    static final double RATE = 0.05;
    /** The share of dev must-ALLOW posts a head may flag on its own. */
    static final double ALLOW_BUDGET = 0.0075;
    static final double LOWEST_THRESHOLD = 0.7;
    /** A comment or share with at least this many words of the member's own learns from them (dev: +12 caught). */
    static final int OWN_WORDS = 6;
    /** Word weights smaller than this are left out of the shipped file. */
    static final double SMALLEST_WORD_WEIGHT = 1e-3;

    /** A text the heads learn from: its windows' features and the clauses it carries. */
    record Example(List<Features> windows, List<String> clauses) {}

    private TrainHeads() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/io/github/smpolicy/semantic/" + Heads.RESOURCE);
        String version = args.length > 1 ? args[1] : "unversioned";
        List<CorpusRecord> train = Corpus.load("train");
        List<CorpusRecord> dev = Corpus.load("dev");
        List<Example> examples = new ArrayList<>();
        for (CorpusRecord r : train) {
            examples.addAll(examples(r));
        }
        int register = examples.size();
        examples.addAll(earlierCorpus());
        System.out.printf(Locale.ROOT, "train: %d records, %d texts, and %d texts of the earlier corpus%n", train.size(),
                register, examples.size() - register);
        List<Heads.Head> heads = new ArrayList<>();
        for (Map.Entry<String, String> e : SIGNALS.entrySet()) {
            Heads.Head fitted = fit(examples, e.getKey(), e.getValue());
            Heads.Head unthresholded = new Heads.Head(clauseOf(e.getKey()), e.getValue(), LOWEST_THRESHOLD,
                    fitted.bias(), fitted.weights(), fitted.words());
            double threshold = threshold(unthresholded, dev);
            heads.add(new Heads.Head(unthresholded.clause(), e.getValue(), threshold, unthresholded.bias(),
                    unthresholded.weights(), unthresholded.words()));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            new Heads(version, heads).write(writer);
        }
        System.out.println("wrote " + out);
    }

    /** The texts of a record the heads learn from, with the clauses each carries. */
    static List<Example> examples(CorpusRecord r) {
        List<Example> examples = new ArrayList<>();
        boolean ownWords = !r.text().isBlank();
        if (r.mustAllow()) {
            if (ownWords) {
                examples.add(new Example(windows(r.text()), List.of()));
            }
            if (r.shared() != null && !r.shared().isBlank()) {
                examples.add(new Example(windows(r.shared()), List.of()));
            }
        } else if (r.action().equals("PUBLISH") && ownWords) {
            examples.add(new Example(windows(r.text()), learns(r)));
        } else if (ownWords && r.text().strip().split("\\s+").length >= OWN_WORDS) {
            // a comment or share with words of its own long enough to carry the violation itself
            examples.add(new Example(windows(r.text()), learns(r)));
        } else if (!ownWords && r.shared() != null && !r.shared().isBlank()) {
            examples.add(new Example(windows(r.shared()), learns(r)));
        }
        return examples;
    }

    /**
     * The posts of the project's earlier text corpus ({@code corpus/text-corpus.jsonl}, written for the
     * lexicon before this corpus, one clause per post): its own publishes, as more to learn from. It is
     * no part of the dev or test split.
     */
    static List<Example> earlierCorpus() throws IOException {
        List<Example> examples = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = TrainHeads.class.getResourceAsStream("/corpus/text-corpus.jsonl")) {
            if (in == null) {
                throw new IOException("corpus/text-corpus.jsonl is missing");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                if (n.path("action").asText("PUBLISH").equals("PUBLISH")) {
                    List<String> clauses = n.path("clause").isNull() ? List.of() : List.of(n.get("clause").asText());
                    examples.add(new Example(windows(n.get("text").asText()), clauses));
                }
            }
        }
        return examples;
    }

    private static final Map<String, Features> SEEN = new HashMap<>();

    /** The features of each window of a text, as the analyser cuts it. */
    static List<Features> windows(String text) {
        ReadWords words = TextAnalyser.readWords(text);
        List<Features> windows = new ArrayList<>();
        if (words.size() == 0) {
            return windows;
        }
        for (int[] w : SemanticAnalyser.windows(words.size())) {
            windows.add(SEEN.computeIfAbsent(words.join(w[0], w[1]), SemanticAnalyser::features));
        }
        return windows;
    }

    /**
     * Logistic regression of {@code clause} against the rest over embedding and hashed words, classes
     * balanced, L2-regularised; Adam with a fixed schedule from zero weights (deterministic).
     */
    static Heads.Head fit(List<Example> examples, String clause, String signal) {
        List<Features> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        double positives = 0;
        double negatives = 0;
        for (Example e : examples) {
            double y = e.clauses().contains(clause) ? 1 : 0;
            for (Features x : e.windows()) {
                xs.add(x);
                ys.add(y);
                weights.add(1.0 / e.windows().size());
            }
            if (y == 1) {
                positives++;
            } else {
                negatives++;
            }
        }
        int d = MiniLm.DIMENSION;
        int n = d + Features.BUCKETS + 1; // embedding weights, word weights, bias
        double[] w = new double[n];
        double[] m = new double[n];
        double[] v = new double[n];
        double pw = (positives + negatives) / (2 * Math.max(1, positives));
        double nw = (positives + negatives) / (2 * Math.max(1, negatives));
        double total = xs.size();
        for (int epoch = 1; epoch <= EPOCHS; epoch++) {
            double[] g = new double[n];
            for (int i = 0; i < xs.size(); i++) {
                Features x = xs.get(i);
                double scale = x.wordScale();
                double z = w[n - 1];
                for (int k = 0; k < d; k++) {
                    z += w[k] * x.embedding()[k];
                }
                for (int b : x.words()) {
                    z += w[d + b] * scale;
                }
                double p = 1 / (1 + Math.exp(-z));
                double y = ys.get(i);
                double err = (p - y) * weights.get(i) * (y == 1 ? pw : nw);
                for (int k = 0; k < d; k++) {
                    g[k] += err * x.embedding()[k];
                }
                for (int b : x.words()) {
                    g[d + b] += err * scale;
                }
                g[n - 1] += err;
            }
            double c1 = 1 - Math.pow(0.9, epoch);
            double c2 = 1 - Math.pow(0.999, epoch);
            for (int k = 0; k < n; k++) {
                double gk = g[k] / total + (k < n - 1 ? L2 * w[k] : 0);
                if (gk == 0 && m[k] == 0) {
                    continue; // a word bucket no training text has
                }
                m[k] = 0.9 * m[k] + 0.1 * gk;
                v[k] = 0.999 * v[k] + 0.001 * gk * gk;
                w[k] -= RATE * (m[k] / c1) / (Math.sqrt(v[k] / c2) + 1e-8);
            }
        }
        float[] embeddingWeights = new float[d];
        for (int k = 0; k < d; k++) {
            embeddingWeights[k] = (float) w[k];
        }
        Map<Integer, Float> words = new HashMap<>();
        for (int b = 0; b < Features.BUCKETS; b++) {
            if (Math.abs(w[d + b]) >= SMALLEST_WORD_WEIGHT) {
                words.put(b, (float) w[d + b]);
            }
        }
        return new Heads.Head(clause, signal, LOWEST_THRESHOLD, w[n - 1], embeddingWeights, words);
    }

    /** The best score a head gives any window of a text. */
    static double score(Heads.Head head, String text) {
        double best = 0;
        for (Features x : windows(text)) {
            best = Math.max(best, head.score(x));
        }
        return best;
    }

    /**
     * The lowest threshold (not below {@value #LOWEST_THRESHOLD}) at which the head alone flags at most
     * {@value #ALLOW_BUDGET} of the dev split's must-ALLOW posts; prints the dev recall it gives.
     */
    static double threshold(Heads.Head head, List<CorpusRecord> dev) {
        List<Double> allowScores = new ArrayList<>();
        List<Double> clauseScores = new ArrayList<>();
        for (CorpusRecord r : dev) {
            double s = Math.max(score(head, r.text()), r.shared() == null ? 0 : score(head, r.shared()));
            if (r.mustAllow()) {
                allowScores.add(s);
            } else if (r.clauses().contains(head.clause())) {
                clauseScores.add(s);
            }
        }
        allowScores.sort(null);
        int allowed = (int) Math.floor(ALLOW_BUDGET * allowScores.size());
        double threshold = LOWEST_THRESHOLD;
        if (allowScores.size() > allowed) {
            // just above the (allowed+1)-th highest must-ALLOW score
            threshold = Math.max(threshold, Math.nextUp(allowScores.get(allowScores.size() - 1 - allowed)));
        }
        threshold = Math.min(threshold, 0.999);
        final double t = threshold;
        long caught = clauseScores.stream().filter(s -> s >= t).count();
        System.out.printf(Locale.ROOT, "%s %s: threshold %.4f, dev recall %d/%d, dev must-ALLOW over it %d/%d%n",
                head.clause(), head.signal(), t, caught, clauseScores.size(),
                allowScores.stream().filter(s -> s >= t).count(), allowScores.size());
        return threshold;
    }
}
