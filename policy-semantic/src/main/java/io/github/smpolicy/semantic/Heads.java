package io.github.smpolicy.semantic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.Objects;

/**
 * The trained heads: one logistic regression per content signal over a window's {@link Features} (its
 * sentence embedding and its hashed words and word pairs), each with the clause it stands for and the
 * threshold chosen on out-of-fold scores of the train and dev splits. Written by the trainer
 * ({@code TrainHeads}, in this module's tests) and shipped as {@code heads-311.40.txt}.
 *
 * @param version names the training run; part of every opinion's {@code source}
 * @param heads   in the file's order
 */
record Heads(String version, List<Head> heads) {
    static final String RESOURCE = "heads-311.40.txt";

    Heads {
        Objects.requireNonNull(version, "version");
        heads = List.copyOf(heads);
    }

    /**
     * One head.
     *
     * @param clause    the clause it stands for, such as {@code 311.40-1.6}
     * @param signal    the label word it raises, such as {@code THREAT_OF_VIOLENCE}
     * @param threshold the score at or above which it reports (chosen on out-of-fold scores of train and dev)
     * @param bias      the logistic regression's intercept
     * @param weights   one per embedding dimension
     * @param words     the hashed words' and word pairs' weights, by bucket ({@link Features#BUCKETS}); absent: 0
     */
    record Head(String clause, String signal, double threshold, double bias, float[] weights, Map<Integer, Float> words) {
        Head {
            words = Map.copyOf(words);
        }

        /** The probability the head gives a window's features. */
        double score(Features x) {
            double z = bias;
            float[] e = x.embedding();
            for (int i = 0; i < weights.length; i++) {
                z += weights[i] * e[i];
            }
            double scale = x.wordScale();
            for (int bucket : x.words()) {
                Float w = words.get(bucket);
                if (w != null) {
                    z += w * scale;
                }
            }
            return 1.0 / (1.0 + Math.exp(-z));
        }
    }

    static Heads bundled() {
        try (InputStream in = Heads.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the format {@link #write} writes: a {@code version} line, then per head a header line and a weights line. */
    static Heads read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String version = null;
        List<Head> heads = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            if (f[0].equals("version")) {
                version = line.trim().substring("version".length()).trim();
            } else if (f[0].equals("head") && f.length == 5) {
                String weightsLine = reader.readLine();
                String wordsLine = reader.readLine();
                if (weightsLine == null || wordsLine == null) {
                    throw new IOException("head " + f[1] + " lacks its weights or words line");
                }
                Map<Integer, Float> words = new HashMap<>();
                for (String pair : fields(wordsLine)) {
                    int colon = pair.indexOf(':');
                    words.put(Integer.parseInt(pair, 0, colon, 10), Float.parseFloat(pair.substring(colon + 1)));
                }
                List<String> w = fields(weightsLine);
                if (w.size() != MiniLm.DIMENSION) {
                    throw new IOException("head " + f[1] + " has " + w.size() + " weights, not " + MiniLm.DIMENSION);
                }
                float[] weights = new float[w.size()];
                for (int i = 0; i < weights.length; i++) {
                    weights[i] = Float.parseFloat(w.get(i));
                }
                heads.add(new Head(f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]), weights, words));
            } else {
                throw new IOException("unexpected line in heads file: " + f[0]);
            }
        }
        if (version == null) {
            throw new IOException("heads file has no version line");
        }
        return new Heads(version, heads);
    }

    /** The space-separated fields of a line (no regex: the file has ~100,000 of them). */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean space = i == line.length() || line.charAt(i) == ' ';
            if (space && start >= 0) {
                fields.add(line.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return fields;
    }

    void write(Writer out) throws IOException {
        out.write("# Trained by TrainHeads (policy-semantic tests) on the train and dev splits; thresholds from their out-of-fold scores.\n");
        out.write("# head <clause> <signal> <threshold> <bias>, a line of " + MiniLm.DIMENSION
                + " embedding weights, a line of bucket:weight for hashed words and word pairs\n");
        out.write("version " + version + "\n");
        for (Head h : heads) {
            out.write(String.format(Locale.ROOT, "head %s %s %.4f %.6f%n", h.clause(), h.signal(), h.threshold(), h.bias()));
            StringBuilder line = new StringBuilder();
            for (float w : h.weights()) {
                line.append(line.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.5f", w));
            }
            out.write(line + "\n");
            StringBuilder words = new StringBuilder();
            new TreeMap<>(h.words()).forEach((bucket, w) -> words.append(words.length() == 0 ? "" : " ")
                    .append(bucket).append(':').append(String.format(Locale.ROOT, "%.4f", w)));
            out.write(words + "\n");
        }
    }
}
