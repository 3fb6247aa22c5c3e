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

    @Test
    void postsOfOneOrTwoWordsCountForNoThresholdSinceTheAnalysersGiveThemNoOpinion() {
        assertTrue(TrainHeads.opinionWindows("lol facts").isEmpty());
        assertTrue(TrainHeads.opinionWindows("").isEmpty());
        assertEquals(1, TrainHeads.opinionWindows("should have shot him").size());
        assertEquals(1, TrainHeads.windows("lol facts").size(), "the heads still learn from them");
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
                assertEquals(a.weights()[i], b.weights()[i], TOLERANCE, a.signal() + " weight " + i);
            }
            for (var w : a.words().entrySet()) {
                float other = b.words().getOrDefault(w.getKey(), 0f);
                assertTrue(Math.abs(w.getValue() - other) <= TOLERANCE,
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
