package io.github.smpolicy.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
