package io.github.smpolicy.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped heads are what the repository's trainer makes from the corpus: retraining gives the same
 * thresholds and weights (to rounding: ONNX Runtime's int8 kernels may round differently on another
 * CPU), so nobody can edit the weights by hand or change the trainer without retraining.
 */
class TrainHeadsTest {
    private static final double TOLERANCE = 0.02;
    /**
     * The semantic heads' weights, which read ONNX Runtime's embeddings: heads trained on one 2-core VM and
     * retrained on another (AMD EPYC, AVX2) differed by up to 0.022 in one weight of the head with the fewest
     * positives (311.40-1.6's law part), every threshold and bias within 0.02. A hand edit or another recipe
     * moves weights by more.
     */
    private static final double EMBEDDING_TOLERANCE = 0.05;

    @Test
    void postsOfOneOrTwoWordsCountForNoThresholdSinceTheAnalysersGiveThemNoOpinion() {
        assertTrue(TrainHeads.opinionWindows("lol facts").isEmpty());
        assertTrue(TrainHeads.opinionWindows("").isEmpty());
        assertEquals(1, TrainHeads.opinionWindows("should have shot him").size());
        assertEquals(1, TrainHeads.windows("lol facts").size(), "the heads still learn from them");
    }

    @Test
    void headsFittedTogetherAreTheHeadsFittedOneAtATimeToTheBit() {
        // windows with and without an embedding (the word model's), of one to five clauses' texts
        java.util.Random random = new java.util.Random(7);
        List<String> clauses = List.of("311.40-1.3", "311.40-1.6/violence", "311.40-1.7");
        List<TrainHeads.Example> examples = new java.util.ArrayList<>();
        for (int e = 0; e < 300; e++) {
            List<Features> windows = new java.util.ArrayList<>();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                float[] embedding = new float[MiniLm.DIMENSION];
                if (random.nextInt(4) > 0) {
                    for (int i = 0; i < embedding.length; i++) {
                        embedding[i] = (float) random.nextGaussian() / 20;
                    }
                }
                windows.add(new Features(embedding, random.ints(1 + random.nextInt(40), 0, Features.BUCKETS).sorted().distinct().toArray()));
            }
            List<String> labels = random.nextInt(3) == 0 ? List.of() : List.of(clauses.get(random.nextInt(3)));
            examples.add(new TrainHeads.Example(windows, labels));
        }
        TrainHeads.Config config = new TrainHeads.Config(1e-4, 2e-5, 25, 0.02, false, 0.7, false, false);
        List<java.util.Map.Entry<String, String>> learns = clauses.stream()
                .map(c -> java.util.Map.entry(c, "SIGNAL_" + c)).toList();

        List<Heads.Head> together = TrainHeads.fitTogether(examples, learns, config);

        assertEquals(3, together.size());
        for (int h = 0; h < 3; h++) {
            Heads.Head alone = TrainHeads.fit(examples, learns.get(h).getKey(), learns.get(h).getValue(), config);
            Heads.Head b = together.get(h);
            assertEquals(alone.clause() + " " + alone.signal(), b.clause() + " " + b.signal());
            assertEquals(alone.bias(), b.bias(), 0.0, alone.clause() + " bias");
            org.junit.jupiter.api.Assertions.assertArrayEquals(alone.weights(), b.weights(), 0f, alone.clause());
            assertEquals(alone.words(), b.words(), alone.clause() + " word weights");
            assertTrue(alone.words().size() > 100, "the heads learnt word weights: " + alone.words().size());
        }
    }

    @Test
    void retrainingFromTheCorpusGivesTheShippedHeads(@TempDir Path dir) throws IOException {
        Heads shipped = Heads.bundled();
        Path out = dir.resolve(Heads.RESOURCE);

        TrainHeads.main(new String[] {out.toString(), shipped.version()});

        Heads trained;
        try (InputStream in = Files.newInputStream(out)) {
            trained = Heads.read(in);
        }
        assertEquals(shipped.heads().size(), trained.heads().size());
        for (int h = 0; h < shipped.heads().size(); h++) {
            Heads.Head a = shipped.heads().get(h);
            Heads.Head b = trained.heads().get(h);
            assertEquals(a.clause() + " " + a.signal(), b.clause() + " " + b.signal());
            assertEquals(a.threshold(), b.threshold(), TOLERANCE, a.signal() + " threshold");
            assertEquals(a.bias(), b.bias(), TOLERANCE, a.signal() + " bias");
            for (int i = 0; i < a.weights().length; i++) {
                assertEquals(a.weights()[i], b.weights()[i], EMBEDDING_TOLERANCE, a.signal() + " weight " + i);
            }
            for (var w : a.words().entrySet()) {
                float other = b.words().getOrDefault(w.getKey(), 0f);
                assertTrue(Math.abs(w.getValue() - other) <= EMBEDDING_TOLERANCE,
                        a.signal() + " word bucket " + w.getKey() + ": " + w.getValue() + " vs " + other);
            }
        }
    }

    @Test
    void retrainingTheWordModelFromTheCorpusGivesTheShippedOne(@TempDir Path dir) throws IOException {
        Path shipped = Path.of("..", "policy-rules", "src", "main", "resources", "io", "github", "smpolicy", "rules", "text");
        String version = Files.readAllLines(shipped.resolve("word-model-311.40.txt")).stream()
                .filter(l -> l.startsWith("version ")).findFirst().orElseThrow().substring("version ".length());

        TrainHeads.main(new String[] {"--words", dir.toString(), version});

        List<String> heads = Files.readAllLines(shipped.resolve("word-model-311.40.txt"));
        List<String> trained = Files.readAllLines(dir.resolve("word-model-311.40.txt"));
        assertEquals(heads.size(), trained.size());
        for (int i = 0; i < heads.size(); i++) {
            if (!heads.get(i).startsWith("head ")) {
                assertEquals(heads.get(i), trained.get(i));
                continue;
            }
            String[] a = heads.get(i).split(" ");
            String[] b = trained.get(i).split(" ");
            assertEquals(a[1] + " " + a[2], b[1] + " " + b[2]);
            assertEquals(Double.parseDouble(a[3]), Double.parseDouble(b[3]), TOLERANCE, a[2] + " threshold");
            assertEquals(Double.parseDouble(a[4]), Double.parseDouble(b[4]), TOLERANCE, a[2] + " bias");
        }
        java.nio.FloatBuffer w = java.nio.ByteBuffer.wrap(Files.readAllBytes(shipped.resolve("word-model-311.40.weights")))
                .order(java.nio.ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        java.nio.FloatBuffer v = java.nio.ByteBuffer.wrap(Files.readAllBytes(dir.resolve("word-model-311.40.weights")))
                .order(java.nio.ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        assertEquals(w.remaining(), v.remaining());
        for (int i = 0; i < w.remaining(); i++) {
            assertEquals(w.get(i), v.get(i), TOLERANCE, "word weight " + i);
        }
    }
}
