package io.github.smpolicy.rules;

import static io.github.smpolicy.rules.DecisionAssertions.assertAllowed;
import static io.github.smpolicy.rules.DecisionAssertions.assertDecision;
import static io.github.smpolicy.rules.DecisionAssertions.assertEvidence;
import static io.github.smpolicy.rules.DecisionAssertions.assertRemedies;
import static io.github.smpolicy.rules.DecisionAssertions.finding;
import static io.github.smpolicy.rules.Posts.C1_6;
import static io.github.smpolicy.rules.Posts.C1_7;
import static io.github.smpolicy.rules.Posts.bareShareOf;
import static io.github.smpolicy.rules.Posts.commentOn;
import static io.github.smpolicy.rules.Posts.endorsementOf;
import static io.github.smpolicy.rules.Posts.evaluate;
import static io.github.smpolicy.rules.Posts.label;
import static io.github.smpolicy.rules.Posts.personalPost;
import static io.github.smpolicy.rules.Posts.postingLabelled;
import static io.github.smpolicy.rules.Posts.shareWithOwnWordsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Evidence;
import io.github.smpolicy.model.Exemption;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Remedy;
import io.github.smpolicy.model.SharedContent;
import io.github.smpolicy.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 311.40-1.6: nothing harassing, discriminatory, threatening, unlawful or endangering public safety,
 * and no sharing of, or comment in support of, a posting that is.
 */
class HarassmentThreatsTest {

    @ParameterizedTest(name = "{0} at 0.95 is a violation")
    @ValueSource(strings = {Labels.HARASSMENT, Labels.DISCRIMINATION, Labels.THREAT_OF_VIOLENCE,
            Labels.PROPOSED_VIOLATION_OF_LAW, Labels.PUBLIC_SAFETY_ENDANGERMENT})
    void eachHarmLabelIsAViolation(String word) {
        Decision decision = evaluate(personalPost().label(label(word, 0.95)));

        assertDecision(decision, Outcome.DENY, C1_6, Verdict.VIOLATION);
        Finding finding = finding(decision, C1_6);
        assertEvidence(finding, new Evidence.LabelEvidence(word, 0.95, "classifier-x", "post"));
        assertRemedies(finding, Remedy.REMOVE_CONTENT);
        assertTrue(finding.clauseText().contains("harassing, discriminatory or includes any threat of violence"),
                finding.clauseText());
    }

    @ParameterizedTest(name = "{0} at 0.7 is a review")
    @ValueSource(strings = {Labels.HARASSMENT, Labels.DISCRIMINATION, Labels.THREAT_OF_VIOLENCE,
            Labels.PROPOSED_VIOLATION_OF_LAW, Labels.PUBLIC_SAFETY_ENDANGERMENT})
    void eachHarmLabelAtConfidence07IsAReview(String word) {
        assertDecision(evaluate(personalPost().label(label(word, 0.7))), Outcome.REVIEW, C1_6, Verdict.REVIEW);
    }

    @Test
    void aThreatLabelledWithConfidence03IsIgnored() {
        assertAllowed(evaluate(personalPost().label(label(Labels.THREAT_OF_VIOLENCE, 0.3))));
    }

    @Test
    void discriminationIsOneFindingUnder16NotAlsoUnder17() {
        // one finding per harm: "discriminatory" is 1.6; bias wording is 1.7
        assertDecision(evaluate(personalPost().label(label(Labels.DISCRIMINATION, 0.95))), Outcome.DENY,
                C1_6, Verdict.VIOLATION);
    }

    @Test
    void biasAgainstAProtectedClassAloneIsNotA16Finding() {
        assertDecision(evaluate(personalPost().label(label(Labels.PROTECTED_CLASS_BIAS, 0.95))), Outcome.DENY,
                C1_7, Verdict.VIOLATION);
    }

    // Sharing, endorsing, commenting

    @Test
    void aBareShareOfAThreateningPostCountsAsTheMembersOwn() {
        Decision decision = evaluate(bareShareOf(postingLabelled(Labels.THREAT_OF_VIOLENCE, 0.95)));

        assertDecision(decision, Outcome.DENY, C1_6, Verdict.VIOLATION);
        assertEvidence(finding(decision, C1_6),
                new Evidence.LabelEvidence(Labels.THREAT_OF_VIOLENCE, 0.95, "classifier-x", "shared"));
    }

    @Test
    void aShareWithTheMembersOwnCommentaryCapsSharedContentAtReview() {
        Decision decision = evaluate(shareWithOwnWordsOf(postingLabelled(Labels.THREAT_OF_VIOLENCE, 0.95)));

        assertDecision(decision, Outcome.REVIEW, C1_6, Verdict.REVIEW);
        assertRemedies(finding(decision, C1_6), Remedy.REMOVE_CONTENT, Remedy.HUMAN_REVIEW);
    }

    @Test
    void aShareWithOwnCommentaryThatIsItselfThreateningIsAViolation() {
        Decision decision = evaluate(shareWithOwnWordsOf(postingLabelled(Labels.THREAT_OF_VIOLENCE, 0.95))
                .label(label(Labels.THREAT_OF_VIOLENCE, 0.95)));

        assertDecision(decision, Outcome.DENY, C1_6, Verdict.VIOLATION);
    }

    @Test
    void anEndorsementOfAHarassingPostCountsAsTheMembersOwn() {
        assertDecision(evaluate(endorsementOf(postingLabelled(Labels.HARASSMENT, 0.95))), Outcome.DENY,
                C1_6, Verdict.VIOLATION);
    }

    @Test
    void anEndorsementOfAPostLabelledBelowTheReviewThresholdIsAllowed() {
        assertAllowed(evaluate(endorsementOf(postingLabelled(Labels.HARASSMENT, 0.3))));
    }

    @Test
    void aNeutralCommentOnAHarassingPostIsAReview() {
        Decision decision = evaluate(commentOn(new SharedContent("Somebody else's posting.",
                List.of(io.github.smpolicy.model.Label.of(Labels.HARASSMENT)), List.of())));

        assertDecision(decision, Outcome.REVIEW, C1_6, Verdict.REVIEW);
        assertEvidence(finding(decision, C1_6), new Evidence.LabelEvidence(Labels.HARASSMENT, 1.0, null, "shared"));
    }

    @Test
    void aCommentOnAThreatLabelledWithConfidence07IsAReview() {
        assertDecision(evaluate(commentOn(postingLabelled(Labels.THREAT_OF_VIOLENCE, 0.7))), Outcome.REVIEW,
                C1_6, Verdict.REVIEW);
    }

    @Test
    void aCommentOnAPostLabelledBelowTheReviewThresholdIsAllowed() {
        assertAllowed(evaluate(commentOn(postingLabelled(Labels.THREAT_OF_VIOLENCE, 0.3))));
    }

    @Test
    void aCommentWhoseOwnWordsThreatenIsAViolation() {
        Decision decision = evaluate(commentOn(postingLabelled(Labels.HARASSMENT, 1.0))
                .label(label(Labels.THREAT_OF_VIOLENCE, 0.95)));

        assertDecision(decision, Outcome.DENY, C1_6, Verdict.VIOLATION);
        assertTrue(finding(decision, C1_6).evidence()
                        .contains(new Evidence.LabelEvidence(Labels.THREAT_OF_VIOLENCE, 0.95, "classifier-x", "post")),
                finding(decision, C1_6).evidence()::toString);
    }

    @Test
    void aCommentWhoseOwnWordsAreOnlyAReviewStaysAReview() {
        assertDecision(evaluate(commentOn(postingLabelled(Labels.THREAT_OF_VIOLENCE, 0.95))
                .label(label(Labels.HARASSMENT, 0.7))), Outcome.REVIEW, C1_6, Verdict.REVIEW);
    }

    @Test
    void aCommentThatDisagreesInSoManyWordsDoesNotTakeOnThePostingsContent() {
        // "comment in support of": the comment says it does not support the posting; the decision says why
        Decision decision = evaluate(commentOn(postingLabelled(Labels.THREAT_OF_VIOLENCE, 0.95))
                .text("Rick, that's a human being with a kid at home. Delete this."));

        assertAllowed(decision);
        assertEquals(List.of(new Exemption(C1_6, Exemption.COMMENT_DISAGREES, null)), decision.exceptions());
        assertEquals("311.40-1.6: your comment disagrees with the posting it answers, so its content does not count as yours",
                decision.exceptions().get(0).describe());
    }

    @ParameterizedTest
    @ValueSource(strings = {"delete this lol", "delete this before someone screenshots it", "hahaha delete this",
            "delete this \uD83D\uDE02", "Wow. Did not see that coming.", "can't say I disagree"})
    void aCommentThatWinksOrSaysNothingAgainstThePostingStaysAReview(String comment) {
        assertDecision(evaluate(commentOn(postingLabelled(Labels.THREAT_OF_VIOLENCE, 0.95)).text(comment)),
                Outcome.REVIEW, C1_6, Verdict.REVIEW);
    }

    @Test
    void aCommentThatDisagreesIsStillJudgedOnItsOwnWords() {
        Decision decision = evaluate(commentOn(postingLabelled(Labels.PROTECTED_CLASS_BIAS, 0.95))
                .text("hard disagree, they should all be shot").label(label(Labels.THREAT_OF_VIOLENCE, 0.95)));

        assertDecision(decision, Outcome.DENY, C1_6, Verdict.VIOLATION);
        assertEquals(List.of(new Exemption(C1_7, Exemption.COMMENT_DISAGREES, null)), decision.exceptions());
    }

    @Test
    void aShareWhoseOwnWordsDisagreeIsStillForAPersonToJudge() {
        // the rule book leaves a share with the member's own words to a person: they pass the content on
        assertDecision(evaluate(shareWithOwnWordsOf(postingLabelled(Labels.THREAT_OF_VIOLENCE, 0.95))
                .text("Hard disagree with this guy, delete this.")), Outcome.REVIEW, C1_6, Verdict.REVIEW);
    }
}
