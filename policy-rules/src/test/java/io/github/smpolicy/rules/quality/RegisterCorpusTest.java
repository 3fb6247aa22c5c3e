package io.github.smpolicy.rules.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.rules.PolicyEvaluator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The register corpus and what the built-in lexicon, alone and with the built-in word model (the default
 * evaluator), must keep on its frozen test split: no must-ALLOW post denied, and no figure below the one
 * recorded in {@code lexicon-figures.properties} and {@code default-figures.properties} (recall per clause
 * and per form, must-ALLOW posts flagged). A better lexicon or word model records its new figures there
 * ({@code quality-report.sh test --record}).
 */
class RegisterCorpusTest {
    private static List<CorpusRecord> test;
    private static QualityScore lexicon;
    private static QualityScore standard;

    @BeforeAll
    static void score() {
        test = Corpus.load("test");
        lexicon = QualityScore.of(PolicyEvaluator.builder().wordModel(false).build(), test);
        standard = QualityScore.of(PolicyEvaluator.standard(), test);
        System.out.println(lexicon.table("Lexicon alone, register corpus test split"));
        System.out.println(standard.table("Lexicon + word model (the default), register corpus test split"));
    }

    @Test
    void theTestSplitIsFrozen() {
        // nothing is tuned on the test split, and it never changes: its digest was recorded when it was written
        assertEquals(resource("test.sha256").strip(), Corpus.digest("test"),
                "corpus/register/test.jsonl changed; the test split is frozen");
    }

    @Test
    void theCorpusHasThreeThousandPostsAndAsManyHardNegativesAsViolations() {
        List<CorpusRecord> all = new ArrayList<>();
        for (String split : CorpusRecord.SPLITS) {
            all.addAll(Corpus.load(split));
        }
        long negatives = all.stream().filter(CorpusRecord::mustAllow).count();
        assertTrue(all.size() >= 3000, "corpus has " + all.size() + " posts");
        assertTrue(negatives >= 0.4 * all.size(), negatives + " hard negatives of " + all.size());
        assertEquals(all.size(), all.stream().map(CorpusRecord::id).distinct().count(), "ids are unique");
        for (String clause : QualityScore.CLAUSES) {
            for (String form : List.of("explicit", "implicit")) {
                assertTrue(lexicon.recall(clause, form).total() > 0, "the test split has " + form + " " + clause);
            }
        }
    }

    @Test
    void theLexiconDeniesNoMustAllowPost() {
        assertEquals(List.of(), lexicon.mustAllowDeniedIds(), "must-ALLOW posts denied");
    }

    @Test
    void theDefaultEvaluatorDeniesNoMustAllowPost() {
        assertEquals(List.of(), standard.mustAllowDeniedIds(), "must-ALLOW posts denied");
    }

    @Test
    void theWordModelAddsFindingsButNoDenial() {
        // a model's opinion is at most REVIEW: every VIOLATION of the default evaluator is one of the lexicon's
        for (int i = 0; i < test.size(); i++) {
            var withModel = standard.results().get(i).decision();
            var alone = lexicon.results().get(i).decision();
            assertEquals(alone.outcome() == io.github.smpolicy.model.Outcome.DENY,
                    withModel.outcome() == io.github.smpolicy.model.Outcome.DENY, test.get(i).id());
        }
        assertTrue(standard.recall(null).count() > lexicon.recall(null).count(), "the word model catches nothing the lexicon misses");
    }

    @Test
    void theDefaultEvaluatorKeepsItsRecordedFigures() {
        // the word model's arithmetic is plain Java doubles over shipped floats: the same on every JVM
        List<String> regressions = standard.regressionsAgainst(RegisterCorpusTest.class,
                "/corpus/register/default-figures.properties", 0);
        assertTrue(regressions.isEmpty(), () -> "the default evaluator regressed on the test split: " + regressions);
    }

    @Test
    void theLexiconKeepsItsRecordedFigures() {
        List<String> regressions = lexicon.regressionsAgainst(RegisterCorpusTest.class,
                "/corpus/register/lexicon-figures.properties", 0);
        assertTrue(regressions.isEmpty(), () -> "the lexicon regressed on the test split: " + regressions);
    }

    private static String resource(String name) {
        try (InputStream in = RegisterCorpusTest.class.getResourceAsStream("/corpus/register/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
