package io.github.smpolicy.rules;

import static io.github.smpolicy.rules.DecisionAssertions.assertAllowed;
import static io.github.smpolicy.rules.DecisionAssertions.assertDecision;
import static io.github.smpolicy.rules.DecisionAssertions.assertEvidence;
import static io.github.smpolicy.rules.DecisionAssertions.assertNoExceptions;
import static io.github.smpolicy.rules.DecisionAssertions.assertRemedies;
import static io.github.smpolicy.rules.DecisionAssertions.finding;
import static io.github.smpolicy.rules.Posts.C1_3;
import static io.github.smpolicy.rules.Posts.CHIEF;
import static io.github.smpolicy.rules.Posts.bareShareOf;
import static io.github.smpolicy.rules.Posts.chiefsPermission;
import static io.github.smpolicy.rules.Posts.commentOn;
import static io.github.smpolicy.rules.Posts.evaluate;
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
import io.github.smpolicy.model.Verdict;
import org.junit.jupiter.api.Test;

/** 311.40-1.3: no Bureau information that is sensitive, confidential or protected against disclosure. */
class SensitiveInformationTest {

    private static Label sensitive(double confidence) {
        return new Label(Labels.SENSITIVE_INFORMATION, confidence, "pse-tagger");
    }

    @Test
    void sensitiveInformationLabelledWithConfidence095IsAViolation() {
        Decision decision = evaluate(personalPost().label(sensitive(0.95)));

        assertDecision(decision, Outcome.DENY, C1_3, Verdict.VIOLATION);
        Finding finding = finding(decision, C1_3);
        assertEvidence(finding, new Evidence.LabelEvidence(Labels.SENSITIVE_INFORMATION, 0.95, "pse-tagger", "post"));
        assertRemedies(finding, Remedy.REMOVE_CONTENT);
        assertTrue(finding.clauseText().contains("sensitive, confidential or otherwise protected against disclosure"),
                finding.clauseText());
    }

    @Test
    void sensitiveInformationLabelledWithConfidence07IsAReview() {
        Decision decision = evaluate(personalPost().label(sensitive(0.7)));

        assertDecision(decision, Outcome.REVIEW, C1_3, Verdict.REVIEW);
        assertRemedies(finding(decision, C1_3), Remedy.REMOVE_CONTENT, Remedy.HUMAN_REVIEW);
    }

    @Test
    void sensitiveInformationBelowTheReviewThresholdIsIgnored() {
        assertAllowed(evaluate(personalPost().label(sensitive(0.3))));
    }

    @Test
    void aLabelWithoutAConfidenceCountsAsCertain() {
        assertDecision(evaluate(personalPost().label(Label.of(Labels.SENSITIVE_INFORMATION))), Outcome.DENY,
                C1_3, Verdict.VIOLATION);
    }

    @Test
    void theChiefOfPoliceIsNotExceptedFromDisclosingSensitiveInformation() {
        Decision decision = evaluate(personalPostBy(CHIEF).label(sensitive(0.95)));

        assertDecision(decision, Outcome.DENY, C1_3, Verdict.VIOLATION);
        assertNoExceptions(decision);
    }

    @Test
    void noPermissionLiftsIt() {
        Decision decision = evaluate(personalPost().label(sensitive(0.95))
                .approval(chiefsPermission("apr-1", C1_3).build()));

        assertDecision(decision, Outcome.DENY, C1_3, Verdict.VIOLATION);
        assertNoExceptions(decision);
    }

    @Test
    void aBareShareOfSensitiveInformationCountsAsTheMembersOwn() {
        Decision decision = evaluate(bareShareOf(postingLabelled(Labels.SENSITIVE_INFORMATION, 0.95)));

        assertDecision(decision, Outcome.DENY, C1_3, Verdict.VIOLATION);
        assertEvidence(finding(decision, C1_3),
                new Evidence.LabelEvidence(Labels.SENSITIVE_INFORMATION, 0.95, "classifier-x", "shared"));
    }

    @Test
    void aShareOfSensitiveInformationWithOwnWordsIsAReview() {
        Decision decision = evaluate(shareWithOwnWordsOf(postingLabelled(Labels.SENSITIVE_INFORMATION, 0.95)));

        assertDecision(decision, Outcome.REVIEW, C1_3, Verdict.REVIEW);
    }

    @Test
    void commentingOnAPostingThatDisclosesSensitiveInformationIsNotAFindingUnder13() {
        // the comment does not post or disseminate the information; 1.6 and 1.7 alone forbid commenting
        assertAllowed(evaluate(commentOn(postingLabelled(Labels.SENSITIVE_INFORMATION, 0.95))));
    }
}
