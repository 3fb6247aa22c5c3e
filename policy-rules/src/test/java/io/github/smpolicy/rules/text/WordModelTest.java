package io.github.smpolicy.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Evidence;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Account;
import io.github.smpolicy.model.Action;
import io.github.smpolicy.model.Member;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Role;
import io.github.smpolicy.rules.AgencyProfile;
import io.github.smpolicy.rules.ContentAnalyser;
import io.github.smpolicy.rules.ContentSignal;
import io.github.smpolicy.rules.PolicyEvaluator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in word model: opinions on wording the lexicon has no entry for, never a denial on its own. */
class WordModelTest {
    private static final WordModel MODEL = WordModel.standard();
    private static final AgencyProfile PORTLAND = AgencyProfile.portland();
    // wordings no lexicon entry names, of kinds the corpus's writers wrote many of
    private static final String RIDICULE = "sarge, total clown lol";
    private static final String BIAS = "they don't assimilate, never will, ship them back";

    private static Post post(String text) {
        return Post.builder("p-1", java.time.Instant.parse("2026-03-01T18:00:00Z"))
                .author(new Member("m-1", null, Role.MEMBER)).account(Account.personal("member@example.com"))
                .action(Action.PUBLISH).text(text).build();
    }

    @Test
    void itGivesOpinionsOnWordingTheLexiconHasNoEntryFor() {
        assertEquals(List.of(), TextAnalyser.standard().analyse(RIDICULE, "post"));
        assertEquals(List.of(Labels.DISCREDITS_BUREAU), MODEL.analyse(RIDICULE, "post").stream().map(ContentSignal::signal).toList());
        assertEquals(List.of(), TextAnalyser.standard().analyse(BIAS, "post"));
        assertEquals(List.of(Labels.PROTECTED_CLASS_BIAS), MODEL.analyse(BIAS, "post").stream().map(ContentSignal::signal).toList());
    }

    @Test
    void aReactionOfOneOrTwoWordsGetsNoOpinion() {
        // each of these was a REVIEW of 311.40-1.6 or 1.4 by the model alone: "lol" leans to 1.6 in long posts
        for (String reaction : List.of("lol", "LOL", "lol 😂", "lolll", "see lol", "hmm lol", "shoot", "clown", "rope")) {
            assertEquals(List.of(), MODEL.analyse(reaction, "post"), reaction);
            assertEquals(Outcome.ALLOW, PolicyEvaluator.standard().evaluate(post(reaction)).outcome(), reaction);
        }
        // three words are read as before
        assertEquals(List.of(Labels.DISCREDITS_BUREAU),
                MODEL.analyse("sarge total clown", "post").stream().map(ContentSignal::signal).toList());
    }

    @Test
    void everySignalIsAnOpinionBelowTheDenyThresholdNamingTheModel() {
        for (String text : List.of(RIDICULE, BIAS)) {
            for (ContentSignal s : MODEL.analyse(text, "post")) {
                assertTrue(s.opinion(), s::toString);
                assertTrue(s.confidence() >= PORTLAND.reviewThreshold() && s.confidence() < PORTLAND.denyThreshold(), s::toString);
                assertEquals(MODEL.source(), s.source());
                assertEquals(text.substring(s.span().start(), s.span().end()), s.span().match());
            }
        }
    }

    @Test
    void anOpinionIsAReviewInADecisionNeverADenial() {
        Decision d = PolicyEvaluator.standard().evaluate(post(BIAS));

        assertEquals(Outcome.REVIEW, d.outcome());
        assertTrue(d.findings().stream().flatMap(f -> f.evidence().stream())
                .anyMatch(e -> e instanceof Evidence.TextEvidence t && t.opinion()), d::toString);
    }

    @Test
    void everydayTextGetsNoOpinion() {
        for (String text : List.of("Range day, qualified 98%. Then tacos with the squad.",
                "We killed it at the 5k this morning, new PR for the whole relay team",
                "Views are my own: the council's budget is a disaster for staffing and I will vote against it")) {
            assertEquals(List.of(), MODEL.analyse(text, "post"), text);
        }
    }

    @Test
    void itCanBeSwitchedOffAndAnAnalyserThatReadsTheWordsReplacesIt() {
        Post post = post(BIAS);
        ContentAnalyser reader = new ContentAnalyser() {
            @Override
            public List<ContentSignal> analyse(String text, String where) {
                return List.of();
            }

            @Override
            public boolean replacesWordModel() {
                return true;
            }
        };

        assertEquals(Outcome.ALLOW, PolicyEvaluator.builder().wordModel(false).build().evaluate(post).outcome());
        assertEquals(Outcome.ALLOW, PolicyEvaluator.builder().analyser(reader).build().evaluate(post).outcome());
        assertEquals(Outcome.ALLOW, PolicyEvaluator.builder().textAnalysis(false).build().evaluate(post).outcome());
    }

    @Test
    void itsVersionNamesTheTrainingRunTheWeightsDigestAndTheLexicon() {
        assertTrue(MODEL.version().matches("\\S+ sha256:[0-9a-f]{64}, lexicon .+"), MODEL.version());
        assertTrue(MODEL.source().startsWith("word model "), MODEL.source());
        assertFalse(PolicyEvaluator.standard().evaluate(post("hello")).audit().policyDigest().equals(
                PolicyEvaluator.builder().wordModel(false).build().evaluate(post("hello")).audit().policyDigest()),
                "the policy digest covers the model");
    }

    @Test
    void bucketsAreTheDistinctHashesOfWordsAndAdjacentPairs() {
        int[] b = WordModel.buckets("shoot shoot him");

        assertEquals(List.of(WordModel.bucket("shoot"), WordModel.bucket("him"), WordModel.bucket("shoot shoot"),
                WordModel.bucket("shoot him")).stream().distinct().sorted().toList(),
                java.util.Arrays.stream(b).boxed().toList());
    }

    @net.jqwik.api.Property(tries = 300)
    void theWindowsOfATextGetTheBucketsOfTheirWordsJoinedAndSplitAgain(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.StringLength(max = 400) String text) {
        // what the trainer reads (the window's words joined by spaces, split again) and what the model reads agree
        TextAnalyser.ReadWords words = TextAnalyser.readWords(text);
        List<String> shown = new java.util.ArrayList<>();
        for (int[] w : words.size() == 0 ? List.<int[]>of() : WordModel.windows(words.size())) {
            shown.add(words.join(w[0], w[1]));
        }
        List<String> expected = shown.stream().map(w -> java.util.Arrays.toString(WordModel.buckets(w))).toList();
        assertEquals(expected, WordModel.windowBuckets(words).stream().map(java.util.Arrays::toString).toList());
    }

    @Test
    void theWindowsCoverEveryWord() {
        for (int n : new int[] {1, 47, 48, 49, 72, 73, 500}) {
            List<int[]> windows = WordModel.windows(n);
            assertEquals(0, windows.get(0)[0]);
            assertEquals(n, windows.get(windows.size() - 1)[1]);
            for (int k = 1; k < windows.size(); k++) {
                assertTrue(windows.get(k)[0] < windows.get(k - 1)[1], "windows overlap");
            }
        }
    }
}
