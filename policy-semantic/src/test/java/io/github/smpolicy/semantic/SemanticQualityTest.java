package io.github.smpolicy.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Evidence;
import io.github.smpolicy.model.Verdict;
import io.github.smpolicy.rules.PolicyEvaluator;
import io.github.smpolicy.rules.quality.Corpus;
import io.github.smpolicy.rules.quality.QualityScore;
import io.github.smpolicy.rules.quality.QualityScore.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lexicon with the semantic analyser on the register corpus's frozen test split: no must-ALLOW
 * post denied (a model's opinion never denies), and no figure below the one recorded in
 * {@code semantic-figures.properties} when the shipped heads were trained.
 */
class SemanticQualityTest {
    private static QualityScore combined;

    @BeforeAll
    static void score() throws IOException {
        PolicyEvaluator both = PolicyEvaluator.builder().analyser(SemanticAnalyser.standard()).build();
        combined = QualityScore.of(both, Corpus.load("test"));
        QualityScore alone = QualityScore.of(PolicyEvaluator.builder().wordModel(false).build(), Corpus.load("test"));
        // the quality report of this build, for CI's log and the README (docs/quality.md)
        String report = "### Register corpus, test split (frozen; sha-256 " + Corpus.digest("test").substring(0, 12)
                + "…)\n\n" + alone.table("Lexicon alone") + "\n"
                + combined.table("Lexicon + semantic (" + SemanticAnalyser.standard().source() + ")");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "quality-test.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    @Test
    void noMustAllowPostIsDenied() {
        assertEquals(List.of(), combined.mustAllowDeniedIds(), "must-ALLOW posts denied");
    }

    @Test
    void theSemanticAnalyserNeverDeniesOnItsOwn() {
        // every VIOLATION has explicit wording or a label behind it: none rests on opinions alone
        for (Result r : combined.results()) {
            r.decision().findings().stream().filter(f -> f.verdict() == Verdict.VIOLATION)
                    .forEach(f -> assertTrue(f.evidence().stream().anyMatch(e ->
                            !(e instanceof Evidence.TextEvidence t) || !t.opinion()),
                            r.record().id() + " " + f.clause()));
        }
    }

    @Test
    void theShippedHeadsKeepTheirRecordedFigures() {
        // one post of slack per figure: ONNX Runtime's kernels may round an embedding differently on another CPU
        List<String> regressions = combined.regressionsAgainst(SemanticQualityTest.class, "semantic-figures.properties", 1);
        assertTrue(regressions.isEmpty(), () -> "lexicon + semantic regressed on the test split: " + regressions);
    }
}
