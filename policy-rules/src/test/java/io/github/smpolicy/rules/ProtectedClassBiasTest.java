package io.github.smpolicy.rules;

import static io.github.smpolicy.rules.DecisionAssertions.assertAllowed;
import static io.github.smpolicy.rules.DecisionAssertions.assertDecision;
import static io.github.smpolicy.rules.DecisionAssertions.assertEvidence;
import static io.github.smpolicy.rules.DecisionAssertions.assertRemedies;
import static io.github.smpolicy.rules.DecisionAssertions.finding;
import static io.github.smpolicy.rules.Posts.C1_7;
import static io.github.smpolicy.rules.Posts.CHIEF;
import static io.github.smpolicy.rules.Posts.bareShareOf;
import static io.github.smpolicy.rules.Posts.commentOn;
import static io.github.smpolicy.rules.Posts.endorsementOf;
import static io.github.smpolicy.rules.Posts.evaluate;
import static io.github.smpolicy.rules.Posts.label;
import static io.github.smpolicy.rules.Posts.personalPost;
import static io.github.smpolicy.rules.Posts.personalPostBy;
import static io.github.smpolicy.rules.Posts.postingLabelled;
import static io.github.smpolicy.rules.Posts.shareWithOwnWordsOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Evidence;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Label;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Remedy;
import io.github.smpolicy.model.SharedContent;
import io.github.smpolicy.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 311.40-1.7: nothing that ridicules, disparages or expresses bias against a protected class, and no
 * sharing of, or comment in support of, a posting that does.
 */
class ProtectedClassBiasTest {

    @Test
    void aPostLabelledAsProtectedClassBiasIsAViolation() {
        Decision decision = evaluate(personalPost().label(Label.of(Labels.PROTECTED_CLASS_BIAS)));

        assertDecision(decision, Outcome.DENY, C1_7, Verdict.VIOLATION);
        Finding finding = finding(decision, C1_7);
        assertEvidence(finding, new Evidence.LabelEvidence(Labels.PROTECTED_CLASS_BIAS, 1.0, null, "post"));
        assertRemedies(finding, Remedy.REMOVE_CONTENT);
        assertTrue(finding.clauseText().contains("race, religion, sex, gender, sexual orientation, nationality"),
                finding.clauseText());
    }

    @Test
    void biasLabelledWithConfidence07IsAReview() {
        assertDecision(evaluate(personalPost().label(label(Labels.PROTECTED_CLASS_BIAS, 0.7))), Outcome.REVIEW,
                C1_7, Verdict.REVIEW);
    }

    @Test
    void biasLabelledBelowTheReviewThresholdIsIgnored() {
        assertAllowed(evaluate(personalPost().label(label(Labels.PROTECTED_CLASS_BIAS, 0.3))));
    }

    @Test
    void theChiefOfPoliceIsNotExceptedFromTheBiasRule() {
        assertDecision(evaluate(personalPostBy(CHIEF).label(Label.of(Labels.PROTECTED_CLASS_BIAS))), Outcome.DENY,
                C1_7, Verdict.VIOLATION);
    }

    @Test
    void endorsingAPostLabelledAsProtectedClassBiasCountsAsTheMembersOwn() {
        Decision decision = evaluate(endorsementOf(new SharedContent("Somebody else's meme.",
                List.of(new Label(Labels.PROTECTED_CLASS_BIAS, 0.95, "classifier-x")), List.of())));

        assertDecision(decision, Outcome.DENY, C1_7, Verdict.VIOLATION);
        assertEvidence(finding(decision, C1_7),
                new Evidence.LabelEvidence(Labels.PROTECTED_CLASS_BIAS, 0.95, "classifier-x", "shared"));
    }

    @Test
    void aBareShareOfABiasedPostCountsAsTheMembersOwn() {
        assertDecision(evaluate(bareShareOf(postingLabelled(Labels.PROTECTED_CLASS_BIAS, 0.95))), Outcome.DENY,
                C1_7, Verdict.VIOLATION);
    }

    @Test
    void aShareOfABiasedPostWithOwnCommentaryIsAReview() {
        assertDecision(evaluate(shareWithOwnWordsOf(postingLabelled(Labels.PROTECTED_CLASS_BIAS, 0.95))),
                Outcome.REVIEW, C1_7, Verdict.REVIEW);
    }

    @Test
    void aNeutralCommentOnABiasedPostIsAReview() {
        Decision decision = evaluate(commentOn(postingLabelled(Labels.PROTECTED_CLASS_BIAS, 1.0)));

        assertDecision(decision, Outcome.REVIEW, C1_7, Verdict.REVIEW);
        assertRemedies(finding(decision, C1_7), Remedy.REMOVE_CONTENT, Remedy.HUMAN_REVIEW);
    }

    @Test
    void aCommentWhoseOwnWordsExpressBiasIsAViolation() {
        assertDecision(evaluate(commentOn(postingLabelled(Labels.PROTECTED_CLASS_BIAS, 1.0))
                .label(label(Labels.PROTECTED_CLASS_BIAS, 0.95))), Outcome.DENY, C1_7, Verdict.VIOLATION);
    }

    @Test
    void aCommentOnAPostLabelledBelowTheReviewThresholdIsAllowed() {
        assertAllowed(evaluate(commentOn(postingLabelled(Labels.PROTECTED_CLASS_BIAS, 0.3))));
    }
}
