package io.github.smpolicy.rules;

import static io.github.smpolicy.rules.DecisionAssertions.assertAllowed;
import static io.github.smpolicy.rules.DecisionAssertions.assertDecision;
import static io.github.smpolicy.rules.DecisionAssertions.assertEvidence;
import static io.github.smpolicy.rules.DecisionAssertions.finding;
import static io.github.smpolicy.rules.Posts.C1_6;
import static io.github.smpolicy.rules.Posts.C1_8;
import static io.github.smpolicy.rules.Posts.P2;
import static io.github.smpolicy.rules.Posts.bareShareOf;
import static io.github.smpolicy.rules.Posts.commentOn;
import static io.github.smpolicy.rules.Posts.endorsementOf;
import static io.github.smpolicy.rules.Posts.personalPost;
import static io.github.smpolicy.rules.Posts.shareWithOwnWordsOf;
import static io.github.smpolicy.rules.Posts.workplacePost;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Evidence;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.model.MediaAsset;
import io.github.smpolicy.model.MediaKind;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.SharedContent;
import io.github.smpolicy.model.TextSpan;
import io.github.smpolicy.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A custom ContentAnalyser's signals count exactly as labels of the same word, with the text span as evidence. */
class ContentAnalyserTest {
    /** A word no real lexicon holds, so that only the test's analyser reads it (as a threat). */
    private static final String READ_AS_THREAT = "Bring the ZORBLAT to the picnic on Sunday.";

    private static PolicyEvaluator zorblats;
    private static PolicyEvaluator uncertainZorblats;

    /** Reads every occurrence of {@code word}, in any case, as {@code signal}. */
    static ContentAnalyser keyword(String word, String signal, double confidence) {
        return (text, where) -> {
            List<ContentSignal> signals = new ArrayList<>();
            String lower = text.toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                int end = at + word.length();
                signals.add(new ContentSignal(signal, confidence, new TextSpan(at, end, text.substring(at, end), where)));
            }
            return signals;
        };
    }

    @BeforeAll
    static void analysers() {
        zorblats = PolicyEvaluator.builder().analyser(keyword("zorblat", Labels.THREAT_OF_VIOLENCE, 0.95)).build();
        uncertainZorblats = PolicyEvaluator.builder().analyser(keyword("zorblat", Labels.THREAT_OF_VIOLENCE, 0.7)).build();
    }

    private static SharedContent threateningPosting() {
        return SharedContent.of(READ_AS_THREAT);
    }

    @Test
    void anAnalyserReadsTheMembersOwnWordsWithThePostingTheyAnswer() {
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        ContentAnalyser contextual = new ContentAnalyser() {
            @Override
            public List<ContentSignal> analyse(String text, String where) {
                seen.add(where + " alone");
                return List.of();
            }

            @Override
            public List<ContentSignal> analyse(String text, String where, String context) {
                seen.add(where + " with " + context);
                return List.of();
            }
        };
        PolicyEvaluator evaluator = PolicyEvaluator.builder().analyser(contextual).build();

        evaluator.evaluate(commentOn(SharedContent.of("The posting.")).text("My words.").build());
        assertEquals(List.of("post with The posting.", "shared alone"), seen);

        // a post that answers nothing has no context
        seen.clear();
        evaluator.evaluate(personalPost().text("My words.").build());
        assertEquals(List.of("post alone"), seen);
    }

    @Test
    void aSignalInTheMembersOwnTextBecomesAFindingWithTheSpanAsEvidence() {
        Decision decision = zorblats.evaluate(personalPost().text(READ_AS_THREAT).build());

        assertDecision(decision, Outcome.DENY, C1_6, Verdict.VIOLATION);
        int at = READ_AS_THREAT.indexOf("ZORBLAT");
        assertEvidence(finding(decision, C1_6), new Evidence.TextEvidence(new TextSpan(at, at + 7, "ZORBLAT", "post"),
                Labels.THREAT_OF_VIOLENCE, 0.95));
    }

    /** Reads every occurrence of {@code word} as a model's opinion that it is {@code signal}. */
    static ContentAnalyser opinionOf(String word, String signal, double confidence) {
        ContentAnalyser explicit = keyword(word, signal, confidence);
        return (text, where) -> explicit.analyse(text, where).stream()
                .map(s -> ContentSignal.opinion(s.signal(), s.confidence(), s.span(), "zorblat-model/1"))
                .toList();
    }

    @Test
    void aModelsOpinionIsAtMostAReviewWhateverItsConfidence() {
        PolicyEvaluator modelled = PolicyEvaluator.builder()
                .analyser(opinionOf("zorblat", Labels.THREAT_OF_VIOLENCE, 0.99)).build();

        Decision decision = modelled.evaluate(personalPost().text(READ_AS_THREAT).build());

        assertDecision(decision, Outcome.REVIEW, C1_6, Verdict.REVIEW);
        int at = READ_AS_THREAT.indexOf("ZORBLAT");
        assertEvidence(finding(decision, C1_6), new Evidence.TextEvidence(new TextSpan(at, at + 7, "ZORBLAT", "post"),
                Labels.THREAT_OF_VIOLENCE, 0.99, "zorblat-model/1", true));
        assertTrue(decision.explain().contains("in the opinion of zorblat-model/1"), decision.explain());
    }

    @Test
    void explicitWordingBesideAModelsOpinionStillDenies() {
        PolicyEvaluator both = PolicyEvaluator.builder()
                .analyser(opinionOf("zorblat", Labels.THREAT_OF_VIOLENCE, 0.99))
                .analyser(keyword("picnic", Labels.THREAT_OF_VIOLENCE, 0.95)).build();

        assertDecision(both.evaluate(personalPost().text(READ_AS_THREAT).build()), Outcome.DENY, C1_6,
                Verdict.VIOLATION);
    }

    @Test
    void theEvidenceSpanPointsIntoTheOriginalText() {
        Decision decision = zorblats.evaluate(personalPost().text(READ_AS_THREAT).build());

        Evidence.TextEvidence evidence = (Evidence.TextEvidence) finding(decision, C1_6).evidence().get(0);
        TextSpan span = evidence.text();
        assertEquals(span.match(), READ_AS_THREAT.substring(span.start(), span.end()));
    }

    @Test
    void aSignalBelowTheDenyThresholdIsAReview() {
        assertDecision(uncertainZorblats.evaluate(personalPost().text(READ_AS_THREAT).build()), Outcome.REVIEW,
                C1_6, Verdict.REVIEW);
    }

    @Test
    void textWithoutTheSignalIsAllowed() {
        assertAllowed(zorblats.evaluate(personalPost().text("Pancakes at the fire station fundraiser!").build()));
    }

    @Test
    void everyOccurrenceIsEvidenceOfOneFinding() {
        String twice = "A zorblat for you, and a zorblat for him.";

        Decision decision = zorblats.evaluate(personalPost().text(twice).build());

        assertDecision(decision, Outcome.DENY, C1_6, Verdict.VIOLATION);
        assertEquals(2, finding(decision, C1_6).evidence().size(), decision::explain);
    }

    @Test
    void aSignalInACaptionCountsWithTheCaptionAsWhere() {
        Decision decision = zorblats.evaluate(personalPost()
                .media(MediaAsset.builder("img-1", MediaKind.PHOTO).caption("Time for a zorblat.").build()).build());

        assertDecision(decision, Outcome.DENY, C1_6, Verdict.VIOLATION);
        assertEvidence(finding(decision, C1_6), new Evidence.TextEvidence(new TextSpan(11, 18, "zorblat", "caption:img-1"),
                Labels.THREAT_OF_VIOLENCE, 0.95));
    }

    @Test
    void theAnalyserReadsThePostTheSharedContentAndEachCaption() {
        Set<String> calledWith = ConcurrentHashMap.newKeySet();
        PolicyEvaluator recording = PolicyEvaluator.builder().analyser((text, where) -> {
            calledWith.add(where);
            return List.of();
        }).build();

        recording.evaluate(shareWithOwnWordsOf(new SharedContent("Shared words.", List.of(),
                List.of(MediaAsset.builder("sh-1", MediaKind.PHOTO).caption("A caption.").build())))
                .media(MediaAsset.builder("img-1", MediaKind.PHOTO).caption("Mine.").build()).build());

        assertEquals(Set.of("post", "shared", "caption:img-1", "caption:sh-1"), calledWith);
    }

    /** An analyser that reads no signal and judges every comment's stance as {@code stance} does. */
    private static ContentAnalyser stance(java.util.function.BiPredicate<String, String> stance) {
        return new ContentAnalyser() {
            @Override
            public List<ContentSignal> analyse(String text, String where) {
                return List.of();
            }

            @Override
            public boolean disagrees(String comment, String posting) {
                return stance.test(comment, posting);
            }
        };
    }

    @Test
    void anAnalyserMayReadACommentAsDisagreeingWithThePosting() {
        PolicyEvaluator evaluator = PolicyEvaluator.builder().analyser(keyword("zorblat", Labels.THREAT_OF_VIOLENCE, 0.95))
                .analyser(stance((comment, posting) -> comment.startsWith("Not on my watch"))).build();

        Decision against = evaluator.evaluate(commentOn(threateningPosting()).text("Not on my watch.").build());
        assertAllowed(against);
        assertEquals(List.of(new io.github.smpolicy.model.Exemption(C1_6, "COMMENT_DISAGREES", null)), against.exceptions());
        assertDecision(evaluator.evaluate(commentOn(threateningPosting()).text("Bring snacks.").build()), Outcome.REVIEW,
                C1_6, Verdict.REVIEW);
    }

    @Test
    void anAnalyserThatFailsToReadACommentsStanceLeavesTheCommentForAPersonToJudge() {
        PolicyEvaluator evaluator = PolicyEvaluator.builder().analyser(keyword("zorblat", Labels.THREAT_OF_VIOLENCE, 0.95))
                .analyser(stance((comment, posting) -> {
                    throw new IllegalStateException("stance model unavailable");
                })).build();

        // words the built-in analyser reads no stance in, so that the failing one is asked
        Decision decision = evaluator.evaluate(commentOn(threateningPosting()).text("Not on my watch.").build());

        assertEquals(Outcome.REVIEW, decision.outcome());
        assertEquals(1, decision.findings().size());
        assertEquals(Verdict.REVIEW, finding(decision, C1_6).verdict());
        assertEquals(1, decision.errors().size());
        assertTrue(decision.errors().get(0).message().contains("IllegalStateException"), decision.errors()::toString);
    }

    // Sharing semantics apply to analysed text as to labels

    @Test
    void aBareShareOfAThreatReadByTheAnalyserCountsAsTheMembersOwn() {
        Decision decision = zorblats.evaluate(bareShareOf(threateningPosting()).build());

        assertDecision(decision, Outcome.DENY, C1_6, Verdict.VIOLATION);
        Evidence.TextEvidence evidence = (Evidence.TextEvidence) finding(decision, C1_6).evidence().get(0);
        assertEquals("shared", evidence.text().in());
    }

    @Test
    void anEndorsementOfAThreatReadByTheAnalyserCountsAsTheMembersOwn() {
        assertDecision(zorblats.evaluate(endorsementOf(threateningPosting()).build()), Outcome.DENY,
                C1_6, Verdict.VIOLATION);
    }

    @Test
    void aShareWithOwnWordsOfAThreatReadByTheAnalyserIsAReview() {
        assertDecision(zorblats.evaluate(shareWithOwnWordsOf(threateningPosting()).build()), Outcome.REVIEW,
                C1_6, Verdict.REVIEW);
    }

    @Test
    void aNeutralCommentOnAThreatReadByTheAnalyserIsAReview() {
        assertDecision(zorblats.evaluate(commentOn(threateningPosting()).build()), Outcome.REVIEW, C1_6, Verdict.REVIEW);
    }

    @Test
    void aCommentWhoseOwnWordsTheAnalyserReadsAsAThreatIsAViolation() {
        Decision decision = zorblats.evaluate(commentOn(threateningPosting()).text("Someone bring him a zorblat.").build());

        assertDecision(decision, Outcome.DENY, C1_6, Verdict.VIOLATION);
    }

    @Test
    void aSignalOnAWorkplaceAccountIsNoProcedureFinding() {
        assertDecision(zorblats.evaluate(workplacePost().text(READ_AS_THREAT).build()), Outcome.DENY, P2, Verdict.VIOLATION);
    }

    // Several analysers, and analysers that misbehave

    @Test
    void theSignalsOfSeveralAnalysersMerge() {
        PolicyEvaluator both = PolicyEvaluator.builder()
                .analyser(keyword("zorblat", Labels.THREAT_OF_VIOLENCE, 0.95))
                .analyser(keyword("frobnicate", Labels.REPRESENTS_AGENCY_VIEWS, 0.95)).build();

        Decision decision = both.evaluate(personalPost()
                .text("Time to frobnicate the zorblat.").build());

        assertDecision(decision, Outcome.DENY, C1_6, Verdict.VIOLATION, C1_8, Verdict.VIOLATION);
    }

    @Test
    void aSpanOutsideTheTextIsRecordedAsAnErrorNotTrusted() {
        PolicyEvaluator sloppy = PolicyEvaluator.builder().analyser((text, where) -> List.of(
                new ContentSignal(Labels.THREAT_OF_VIOLENCE, 0.95, new TextSpan(0, 500, "x".repeat(500), where))))
                .build();

        Decision decision = sloppy.evaluate(personalPost().text("Short text.").build());

        assertEquals(Outcome.REVIEW, decision.outcome(), decision::explain);
        assertFalse(decision.errors().isEmpty());
        assertTrue(decision.findings().isEmpty(), decision::explain);
    }

    @Test
    void aSpanWhoseWordsDoNotMatchTheTextIsRecordedAsAnError() {
        PolicyEvaluator sloppy = PolicyEvaluator.builder().analyser((text, where) -> List.of(
                new ContentSignal(Labels.THREAT_OF_VIOLENCE, 0.95, new TextSpan(0, 5, "Kill!", where)))).build();

        Decision decision = sloppy.evaluate(personalPost().text("Hello there.").build());

        assertEquals(Outcome.REVIEW, decision.outcome(), decision::explain);
        assertFalse(decision.errors().isEmpty());
    }

    @Test
    void anAnalyserSignalCountsExactlyAsALabelOfTheSameWordAndConfidence() {
        Post byLabel = personalPost().text(READ_AS_THREAT).label(new io.github.smpolicy.model.Label(
                Labels.THREAT_OF_VIOLENCE, 0.7, null)).build();
        Post byText = personalPost().text(READ_AS_THREAT).build();

        assertEquals(Posts.STANDARD.evaluate(byLabel).outcome(), uncertainZorblats.evaluate(byText).outcome());
        assertEquals(DecisionAssertions.verdicts(Posts.STANDARD.evaluate(byLabel)),
                DecisionAssertions.verdicts(uncertainZorblats.evaluate(byText)));
    }
    @Test
    void anAnalyserSignalThatIsNoLabelWordOfThePolicyGivesReviewWithAnError() {
        // a signal counts exactly as a label of the same word, and an unknown label word is an error
        PolicyEvaluator misspelt = PolicyEvaluator.builder()
                .analyser(keyword("zorblat", "THREAT_OF_VIOLENSE", 0.95)).build();

        Decision decision = misspelt.evaluate(personalPost().text(READ_AS_THREAT).build());

        assertEquals(Outcome.REVIEW, decision.outcome(), decision::explain);
        assertFalse(decision.errors().isEmpty(), decision::explain);
        assertTrue(decision.errors().get(0).message().contains("THREAT_OF_VIOLENSE"), decision::explain);
    }
}
