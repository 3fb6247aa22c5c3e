package io.github.smpolicy.rules;

import static io.github.smpolicy.rules.DecisionAssertions.assertAllowed;
import static io.github.smpolicy.rules.DecisionAssertions.assertDecision;
import static io.github.smpolicy.rules.DecisionAssertions.assertEvidence;
import static io.github.smpolicy.rules.DecisionAssertions.assertRemedies;
import static io.github.smpolicy.rules.DecisionAssertions.finding;
import static io.github.smpolicy.rules.Posts.C1_4;
import static io.github.smpolicy.rules.Posts.bareShareOf;
import static io.github.smpolicy.rules.Posts.endorsementOf;
import static io.github.smpolicy.rules.Posts.evaluate;
import static io.github.smpolicy.rules.Posts.label;
import static io.github.smpolicy.rules.Posts.personalPost;
import static io.github.smpolicy.rules.Posts.postingLabelled;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Evidence;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Label;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Remedy;
import io.github.smpolicy.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 311.40-1.4: whether speech discredits the Bureau is a balancing a person makes: at most a review. */
class DiscreditAndMisconductTest {

    @ParameterizedTest(name = "{0} at full confidence is capped at review")
    @ValueSource(strings = {Labels.DISCREDITS_BUREAU, Labels.MISCONDUCT_ADVOCACY})
    void aDiscreditOrMisconductLabelAtFullConfidenceIsCappedAtReview(String word) {
        Decision decision = evaluate(personalPost().label(Label.of(word)));

        assertDecision(decision, Outcome.REVIEW, C1_4, Verdict.REVIEW);
        Finding finding = finding(decision, C1_4);
        assertEvidence(finding, new Evidence.LabelEvidence(word, 1.0, null, "post"));
        assertRemedies(finding, Remedy.REMOVE_CONTENT, Remedy.HUMAN_REVIEW);
        assertTrue(finding.clauseText().contains("discredit or bring into disrepute the Police Bureau"),
                finding.clauseText());
    }

    @Test
    void aDiscreditLabelAtConfidence06IsAReview() {
        assertDecision(evaluate(personalPost().label(label(Labels.DISCREDITS_BUREAU, 0.6))), Outcome.REVIEW,
                C1_4, Verdict.REVIEW);
    }

    @Test
    void aDiscreditLabelBelowTheReviewThresholdIsIgnored() {
        assertAllowed(evaluate(personalPost().label(label(Labels.DISCREDITS_BUREAU, 0.3))));
    }

    @Test
    void bothWordsTogetherAreOneReviewWithBothAsEvidence() {
        Decision decision = evaluate(personalPost()
                .label(label(Labels.DISCREDITS_BUREAU, 1.0))
                .label(label(Labels.MISCONDUCT_ADVOCACY, 0.95)));

        assertDecision(decision, Outcome.REVIEW, C1_4, Verdict.REVIEW);
        assertTrue(finding(decision, C1_4).evidence().size() == 2, finding(decision, C1_4).evidence()::toString);
    }

    @Test
    void aBareShareOfMisconductAdvocacyIsStillOnlyAReview() {
        assertDecision(evaluate(bareShareOf(postingLabelled(Labels.MISCONDUCT_ADVOCACY, 1.0))), Outcome.REVIEW,
                C1_4, Verdict.REVIEW);
    }

    @Test
    void likingADiscreditingPostIsNotPostingOrSharingIt() {
        // rule book: an ENDORSE counts for 1.6 and 1.7 only; 1.4 forbids posting and sharing, which a like is not
        assertDecision(evaluate(endorsementOf(postingLabelled(Labels.DISCREDITS_BUREAU, 1.0))), Outcome.ALLOW);
    }

    @Test
    void aLowerDenyThresholdDoesNotLiftTheCap() {
        PolicyEvaluator strict = PolicyEvaluator.builder()
                .profile(AgencyProfile.builder().thresholds(0.3, 0.5).build()).build();

        assertDecision(strict.evaluate(personalPost().label(Label.of(Labels.MISCONDUCT_ADVOCACY)).build()),
                Outcome.REVIEW, C1_4, Verdict.REVIEW);
    }
}
