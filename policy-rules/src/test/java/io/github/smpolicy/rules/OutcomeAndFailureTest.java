package io.github.smpolicy.rules;

import static io.github.smpolicy.rules.DecisionAssertions.assertAllowed;
import static io.github.smpolicy.rules.DecisionAssertions.assertDecision;
import static io.github.smpolicy.rules.DecisionAssertions.assertUnused;
import static io.github.smpolicy.rules.Posts.C1_1;
import static io.github.smpolicy.rules.Posts.C1_2;
import static io.github.smpolicy.rules.Posts.C1_4;
import static io.github.smpolicy.rules.Posts.C1_6;
import static io.github.smpolicy.rules.Posts.C1_9;
import static io.github.smpolicy.rules.Posts.STANDARD;
import static io.github.smpolicy.rules.Posts.chiefsPermission;
import static io.github.smpolicy.rules.Posts.evaluate;
import static io.github.smpolicy.rules.Posts.label;
import static io.github.smpolicy.rules.Posts.personalPost;
import static io.github.smpolicy.rules.Posts.personalPostRegisteredWith;
import static io.github.smpolicy.rules.Posts.photo;
import static io.github.smpolicy.rules.Posts.photoDepicting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.EvaluationError;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Label;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.model.MediaAsset;
import io.github.smpolicy.model.MediaKind;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The outcome combines the findings, strongest first, and never says ALLOW because something went
 * wrong: an error gives REVIEW with the error recorded, or DENY where the agency configured fail-closed.
 */
class OutcomeAndFailureTest {
    private static final ContentAnalyser BROKEN = (text, where) -> {
        throw new IllegalStateException("the language model is offline");
    };

    private static PolicyEvaluator failingToReview;
    private static PolicyEvaluator failingClosed;
    private static PolicyEvaluator standardFailingClosed;

    @BeforeAll
    static void evaluators() {
        failingToReview = PolicyEvaluator.builder().analyser(BROKEN).build();
        failingClosed = PolicyEvaluator.builder().analyser(BROKEN)
                .profile(AgencyProfile.builder().failureMode(FailureMode.DENY).build()).build();
        standardFailingClosed = PolicyEvaluator.builder()
                .profile(AgencyProfile.builder().failureMode(FailureMode.DENY).build()).build();
    }

    // The outcome is the strongest verdict

    @Test
    void aViolationAndAReviewMakeTheOutcomeDeny() {
        Decision decision = evaluate(personalPost()
                .media(photo("img-1", Labels.BADGE))
                .media(photoDepicting("img-2", Labels.ACCIDENT_SCENE, 0.7)));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION, C1_2, Verdict.REVIEW);
    }

    @Test
    void reviewsAloneMakeTheOutcomeReview() {
        Decision decision = evaluate(personalPost()
                .label(Label.of(Labels.DISCREDITS_BUREAU))
                .media(photoDepicting("img-1", Labels.ACCIDENT_SCENE, 0.7)));

        assertDecision(decision, Outcome.REVIEW, C1_2, Verdict.REVIEW, C1_4, Verdict.REVIEW);
    }

    @Test
    void noFindingMakesTheOutcomeAllow() {
        Decision decision = evaluate(personalPost());

        assertAllowed(decision);
        assertEquals(List.of(), decision.findings());
    }

    @Test
    void findingsAreListedStrongestFirstThenInTheDirectivesOrder() {
        Decision decision = evaluate(personalPostRegisteredWith("dana@portlandoregon.gov")
                .label(Label.of(Labels.DISCREDITS_BUREAU))
                .label(label(Labels.THREAT_OF_VIOLENCE, 0.7))
                .media(photo("img-1", Labels.BADGE))
                .media(photoDepicting("img-2", Labels.CRIME_SCENE, 0.6)));

        assertEquals(List.of(C1_1, C1_9, C1_2, C1_4, C1_6),
                decision.findings().stream().map(Finding::clause).toList(), decision::explain);
    }

    @Test
    void aDecisionNamesThePostAndThePolicyThatDecided() {
        Decision decision = evaluate(personalPost());

        assertEquals("p-1", decision.postId());
        assertEquals("311.40", decision.policy().id());
        assertEquals(STANDARD.policy(), decision.policy());
        assertFalse(decision.policy().version().contains("${"), decision.policy().version());
    }

    @Test
    void evaluatingSeveralPostsAnswersEachInOrder() {
        Post allowed = personalPost().build();
        Post denied = Post.builder("p-2", Posts.POSTED_AT).author(Posts.MEMBER)
                .account(io.github.smpolicy.model.Account.personal(Posts.PERSONAL_EMAIL))
                .media(photo("img-1", Labels.BADGE)).build();

        List<Decision> decisions = STANDARD.evaluateAll(List.of(denied, allowed));

        assertEquals(List.of("p-2", "p-1"), decisions.stream().map(Decision::postId).toList());
        assertEquals(List.of(Outcome.DENY, Outcome.ALLOW), decisions.stream().map(Decision::outcome).toList());
    }

    @Test
    void evaluatingTheSamePostTwiceGivesEqualDecisions() {
        Post post = personalPost().media(photo("img-1", Labels.BADGE)).label(label(Labels.COMPLAINT, 0.7))
                .approval(chiefsPermission("apr-1", "311.40-1.8").build()).build();

        assertEquals(STANDARD.evaluate(post), STANDARD.evaluate(post));
    }

    @Test
    void oneEvaluatorSharedByManyThreadsDecidesAsOneThreadDoes() throws Exception {
        List<Post> posts = new java.util.ArrayList<>();
        for (int i = 0; i < 64; i++) {
            Post.Builder post = Post.builder("p-" + i, Posts.POSTED_AT).author(Posts.MEMBER)
                    .account(io.github.smpolicy.model.Account.personal(i % 5 == 0 ? Posts.BUREAU_EMAIL : Posts.PERSONAL_EMAIL));
            if (i % 2 == 0) {
                post.media(photo("img-" + i, Labels.BADGE));
            }
            if (i % 3 == 0) {
                post.label(label(Labels.THREAT_OF_VIOLENCE, 0.7));
            }
            if (i % 4 == 0) {
                post.approval(chiefsPermission("apr-" + i, C1_1).build());
            }
            posts.add(post.build());
        }
        List<Decision> sequential = STANDARD.evaluateAll(posts);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Decision>> futures = new java.util.ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Post post : posts) {
                    futures.add(pool.submit(() -> STANDARD.evaluate(post)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i % posts.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNullPostIsABadRequestNotADecision() {
        assertThrows(NullPointerException.class, () -> STANDARD.evaluate(null));
    }

    // Errors

    @Test
    void anAnalyserThatThrowsGivesReviewWithTheErrorRecorded() {
        Decision decision = failingToReview.evaluate(personalPost().build());

        assertEquals(Outcome.REVIEW, decision.outcome(), decision::explain);
        assertEquals(List.of(), decision.findings());
        assertEquals(1, decision.errors().size(), decision::explain);
        EvaluationError error = decision.errors().get(0);
        assertTrue(error.rule().startsWith("analyser"), error.rule());
        // what failed, by kind; the message stays out, as an analyser's may quote the text it read
        assertTrue(error.message().contains("java.lang.IllegalStateException"), error.message());
        assertFalse(error.message().contains("the language model is offline"), error.message());
    }

    @Test
    void anAnalyserThatThrowsGivesDenyWhenTheAgencyFailsClosed() {
        Decision decision = failingClosed.evaluate(personalPost().build());

        assertEquals(Outcome.DENY, decision.outcome(), decision::explain);
        assertFalse(decision.errors().isEmpty());
    }

    @Test
    void anAnalyserThatThrowsNeverLetsAViolationThrough() {
        Decision decision = failingToReview.evaluate(personalPost().media(photo("img-1", Labels.BADGE)).build());

        assertEquals(Outcome.DENY, decision.outcome(), decision::explain);
        assertEquals(Verdict.VIOLATION, decision.finding(C1_1).orElseThrow().verdict());
        assertFalse(decision.errors().isEmpty());
    }

    @Test
    void aFailedEvaluationIsNeverAllow() {
        for (PolicyEvaluator evaluator : List.of(failingToReview, failingClosed)) {
            Decision decision = evaluator.evaluate(personalPost().text("Happy birthday, Mom!").build());
            assertNotEquals(Outcome.ALLOW, decision.outcome(), decision::explain);
        }
    }

    @Test
    void anUnknownLabelWordGivesReviewWithAnError() {
        Decision decision = evaluate(personalPost().label(Label.of("ALIEN_INVASION")));

        assertEquals(Outcome.REVIEW, decision.outcome(), decision::explain);
        assertEquals(1, decision.errors().size(), decision::explain);
        assertTrue(decision.errors().get(0).message().contains("ALIEN_INVASION"), decision.errors().get(0).message());
    }

    @Test
    void anUnknownDepictionWordGivesReviewWithAnError() {
        Decision decision = evaluate(personalPost()
                .media(MediaAsset.builder("img-1", MediaKind.PHOTO).depicts("SPACESHIP").build()));

        assertEquals(Outcome.REVIEW, decision.outcome(), decision::explain);
        assertEquals(1, decision.errors().size(), decision::explain);
        assertTrue(decision.errors().get(0).message().contains("SPACESHIP"), decision.errors().get(0).message());
    }

    @Test
    void anUnknownLabelWordGivesDenyWhenTheAgencyFailsClosed() {
        Decision decision = standardFailingClosed.evaluate(personalPost().label(Label.of("ALIEN_INVASION")).build());

        assertEquals(Outcome.DENY, decision.outcome(), decision::explain);
        assertFalse(decision.errors().isEmpty());
    }

    @Test
    void anUnknownLabelBesideAViolationStillDenies() {
        Decision decision = evaluate(personalPost().label(Label.of("ALIEN_INVASION")).media(photo("img-1", Labels.BADGE)));

        assertEquals(Outcome.DENY, decision.outcome(), decision::explain);
        assertFalse(decision.errors().isEmpty());
    }

    @Test
    void aFailClosedProfileDoesNotDenyAPostThatEvaluatedCleanly() {
        assertAllowed(standardFailingClosed.evaluate(personalPost().build()));
    }

    // Agency profile

    @Test
    void lowerThresholdsFromTheProfileMakeVerdictsStronger() {
        PolicyEvaluator vigilant = PolicyEvaluator.builder()
                .profile(AgencyProfile.builder().thresholds(0.2, 0.6).build()).build();

        assertDecision(vigilant.evaluate(personalPost().label(label(Labels.THREAT_OF_VIOLENCE, 0.3)).build()),
                Outcome.REVIEW, C1_6, Verdict.REVIEW);
        assertDecision(vigilant.evaluate(personalPost().label(label(Labels.THREAT_OF_VIOLENCE, 0.7)).build()),
                Outcome.DENY, C1_6, Verdict.VIOLATION);
    }

    @Test
    void higherThresholdsFromTheProfileMakeVerdictsWeaker() {
        PolicyEvaluator lenient = PolicyEvaluator.builder()
                .profile(AgencyProfile.builder().thresholds(0.8, 0.99).build()).build();

        assertDecision(lenient.evaluate(personalPost().label(label(Labels.THREAT_OF_VIOLENCE, 0.95)).build()),
                Outcome.REVIEW, C1_6, Verdict.REVIEW);
        assertAllowed(lenient.evaluate(personalPost().label(label(Labels.THREAT_OF_VIOLENCE, 0.7)).build()));
    }

    @Test
    void aDisabledClauseRaisesNothing() {
        PolicyEvaluator without11 = PolicyEvaluator.builder()
                .profile(AgencyProfile.builder().disableClause(C1_1).build()).build();

        Decision decision = without11.evaluate(personalPost()
                .media(photo("img-1", Labels.BADGE, Labels.CRIME_SCENE))
                .approval(chiefsPermission("apr-1", C1_1).build()).build());

        assertDecision(decision, Outcome.DENY, C1_2, Verdict.VIOLATION);
        assertUnused(decision, "apr-1");
    }

    @Test
    void disablingAClauseNoCatalogueDefinesIsABuildError() {
        PolicyBuildException e = assertThrows(PolicyBuildException.class, () -> PolicyEvaluator.builder()
                .profile(AgencyProfile.builder().disableClause("311.40-1.10").build()).build());

        assertTrue(e.problems().stream().anyMatch(p -> p.contains("311.40-1.10")), e.problems()::toString);
    }

    @Test
    void thresholdsOutOfOrderAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AgencyProfile.builder().thresholds(0.9, 0.5).build());

        assertTrue(e.getMessage().contains("thresholds"), e.getMessage());
    }
}
