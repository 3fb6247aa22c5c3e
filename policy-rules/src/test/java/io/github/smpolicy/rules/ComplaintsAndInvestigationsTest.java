package io.github.smpolicy.rules;

import static io.github.smpolicy.rules.DecisionAssertions.assertAllowed;
import static io.github.smpolicy.rules.DecisionAssertions.assertDecision;
import static io.github.smpolicy.rules.DecisionAssertions.assertEvidence;
import static io.github.smpolicy.rules.DecisionAssertions.assertRemedies;
import static io.github.smpolicy.rules.DecisionAssertions.finding;
import static io.github.smpolicy.rules.Posts.C1_5;
import static io.github.smpolicy.rules.Posts.bareShareOf;
import static io.github.smpolicy.rules.Posts.endorsementOf;
import static io.github.smpolicy.rules.Posts.evaluate;
import static io.github.smpolicy.rules.Posts.personalPost;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 311.40-1.5: no comments or information on complaints, investigations, legal claims or court cases. */
class ComplaintsAndInvestigationsTest {

    private static Label tagged(String word, double confidence) {
        return new Label(word, confidence, "pse-tagger");
    }

    @ParameterizedTest(name = "{0} at 0.95 is a violation")
    @ValueSource(strings = {Labels.COMPLAINT, Labels.ADMINISTRATIVE_INVESTIGATION, Labels.CRIMINAL_INVESTIGATION,
            Labels.LEGAL_CLAIM, Labels.COURT_CASE})
    void eachComplaintInvestigationClaimOrCaseLabelIsAViolation(String word) {
        Decision decision = evaluate(personalPost().label(tagged(word, 0.95)));

        assertDecision(decision, Outcome.DENY, C1_5, Verdict.VIOLATION);
        Finding finding = finding(decision, C1_5);
        assertEvidence(finding, new Evidence.LabelEvidence(word, 0.95, "pse-tagger", "post"));
        assertRemedies(finding, Remedy.REMOVE_CONTENT);
        assertTrue(finding.clauseText().contains("complaints, administrative investigations, criminal investigations"),
                finding.clauseText());
    }

    @ParameterizedTest(name = "{0} at 0.7 is a review")
    @ValueSource(strings = {Labels.COMPLAINT, Labels.ADMINISTRATIVE_INVESTIGATION, Labels.CRIMINAL_INVESTIGATION,
            Labels.LEGAL_CLAIM, Labels.COURT_CASE})
    void eachLabelAtConfidence07IsAReview(String word) {
        assertDecision(evaluate(personalPost().label(tagged(word, 0.7))), Outcome.REVIEW, C1_5, Verdict.REVIEW);
    }

    @ParameterizedTest(name = "{0} at 0.3 is ignored")
    @ValueSource(strings = {Labels.COMPLAINT, Labels.COURT_CASE})
    void aLabelBelowTheReviewThresholdIsIgnored(String word) {
        assertAllowed(evaluate(personalPost().label(tagged(word, 0.3))));
    }

    @Test
    void aLegalClaimLabelledWithConfidence092IsAViolation() {
        assertDecision(evaluate(personalPost().label(tagged(Labels.LEGAL_CLAIM, 0.92))), Outcome.DENY,
                C1_5, Verdict.VIOLATION);
    }

    @Test
    void anAdministrativeInvestigationLabelledWithConfidence07IsAReview() {
        Decision decision = evaluate(personalPost().label(tagged(Labels.ADMINISTRATIVE_INVESTIGATION, 0.7)));

        assertDecision(decision, Outcome.REVIEW, C1_5, Verdict.REVIEW);
        assertRemedies(finding(decision, C1_5), Remedy.REMOVE_CONTENT, Remedy.HUMAN_REVIEW);
    }

    @Test
    void severalLabelsOfTheClauseAreOneFindingWithEachAsEvidence() {
        Decision decision = evaluate(personalPost()
                .label(tagged(Labels.COMPLAINT, 0.95))
                .label(tagged(Labels.COURT_CASE, 0.7)));

        assertDecision(decision, Outcome.DENY, C1_5, Verdict.VIOLATION);
        assertTrue(finding(decision, C1_5).evidence().containsAll(java.util.List.of(
                new Evidence.LabelEvidence(Labels.COMPLAINT, 0.95, "pse-tagger", "post"),
                new Evidence.LabelEvidence(Labels.COURT_CASE, 0.7, "pse-tagger", "post"))),
                finding(decision, C1_5).evidence()::toString);
    }

    @Test
    void aBareShareOfACourtCaseStoryCountsAsTheMembersOwn() {
        assertDecision(evaluate(bareShareOf(postingLabelled(Labels.COURT_CASE, 0.95))), Outcome.DENY,
                C1_5, Verdict.VIOLATION);
    }

    @Test
    void aShareOfAComplaintStoryWithOwnWordsIsAReview() {
        assertDecision(evaluate(shareWithOwnWordsOf(postingLabelled(Labels.COMPLAINT, 0.95))), Outcome.REVIEW,
                C1_5, Verdict.REVIEW);
    }

    @Test
    void likingAPostingAboutACourtCaseIsNotPostingAboutIt() {
        // rule book: an ENDORSE counts for 1.6 and 1.7 only
        assertAllowed(evaluate(endorsementOf(postingLabelled(Labels.COURT_CASE, 1.0))));
    }

    @Test
    void theAuthorsOwnCaseIsTiedToTheBureau() {
        assertDecision(evaluate(personalPost().text("IA interviewed me twice about my arrest on Alberta. Still waiting.")),
                Outcome.REVIEW, C1_5, Verdict.REVIEW);
    }

    @Test
    void aCaseNumberWithInternalAffairsReachesTheDenyThreshold() {
        assertDecision(evaluate(personalPost().text("IA 2022-0391 closed as unfounded after two years.")),
                Outcome.DENY, C1_5, Verdict.VIOLATION);
    }

    @Test
    void anotherAgencysLawsuitIsNoTie() {
        assertAllowed(evaluate(bareShareOf(SharedContent.of("Seattle officer's lawsuit against city dismissed by federal judge"))));
        assertAllowed(evaluate(personalPost().text("That Ohio deputy's trial starts Monday. Jury selection took two days.")));
    }

    @Test
    void anotherBodyCalledABureauIsNoTie() {
        assertAllowed(evaluate(personalPost().text(
                "Filed a wage claim with the Bureau of Labor and Industries for my daughter. BOLI called back in a week.")));
    }
}
