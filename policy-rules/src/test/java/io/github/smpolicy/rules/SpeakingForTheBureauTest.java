package io.github.smpolicy.rules;

import static io.github.smpolicy.rules.DecisionAssertions.assertAllowed;
import static io.github.smpolicy.rules.DecisionAssertions.assertApplied;
import static io.github.smpolicy.rules.DecisionAssertions.assertDecision;
import static io.github.smpolicy.rules.DecisionAssertions.assertEvidence;
import static io.github.smpolicy.rules.DecisionAssertions.assertExceptions;
import static io.github.smpolicy.rules.DecisionAssertions.assertNoExceptions;
import static io.github.smpolicy.rules.DecisionAssertions.assertRejected;
import static io.github.smpolicy.rules.DecisionAssertions.assertRemedies;
import static io.github.smpolicy.rules.DecisionAssertions.finding;
import static io.github.smpolicy.rules.DecisionAssertions.remedy;
import static io.github.smpolicy.rules.Posts.C1_1;
import static io.github.smpolicy.rules.Posts.C1_8;
import static io.github.smpolicy.rules.Posts.CHIEF;
import static io.github.smpolicy.rules.Posts.DESIGNEE;
import static io.github.smpolicy.rules.Posts.PIO;
import static io.github.smpolicy.rules.Posts.POSTED_AT;
import static io.github.smpolicy.rules.Posts.chiefsPermission;
import static io.github.smpolicy.rules.Posts.evaluate;
import static io.github.smpolicy.rules.Posts.label;
import static io.github.smpolicy.rules.Posts.permission;
import static io.github.smpolicy.rules.Posts.personalPost;
import static io.github.smpolicy.rules.Posts.personalPostBy;
import static io.github.smpolicy.rules.Posts.photo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Exemption;
import io.github.smpolicy.model.ApprovalStatus.Reason;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Evidence;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Label;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Remedy;
import io.github.smpolicy.model.Role;
import io.github.smpolicy.model.Verdict;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 311.40-1.8: nothing that could be taken as the Bureau's or the City's position without express approval. */
class SpeakingForTheBureauTest {

    private static Post.Builder statementForTheBureau() {
        return personalPost()
                .text("A message to the neighborhood about this weekend's block party.")
                .label(new Label(Labels.REPRESENTS_AGENCY_VIEWS, 0.95, "pse-classifier"));
    }

    @Test
    void aStatementForTheBureauWithoutPermissionIsAViolation() {
        Decision decision = evaluate(statementForTheBureau());

        assertDecision(decision, Outcome.DENY, C1_8, Verdict.VIOLATION);
        Finding finding = finding(decision, C1_8);
        assertEvidence(finding, new Evidence.LabelEvidence(Labels.REPRESENTS_AGENCY_VIEWS, 0.95, "pse-classifier", "post"));
        assertRemedies(finding, Remedy.OBTAIN_PERMISSION, Remedy.REMOVE_CONTENT);
        assertEquals(List.of(Role.CHIEF_OF_POLICE, Role.CHIEF_DESIGNEE), remedy(finding, Remedy.OBTAIN_PERMISSION).from());
        assertTrue(finding.clauseText().contains("represent the views or position of the Police Bureau or the City"),
                finding.clauseText());
    }

    @Test
    void agencyViewsLabelledWithConfidence07IsAReview() {
        assertDecision(evaluate(personalPost().label(label(Labels.REPRESENTS_AGENCY_VIEWS, 0.7))), Outcome.REVIEW,
                C1_8, Verdict.REVIEW);
    }

    @Test
    void agencyViewsLabelledBelowTheReviewThresholdIsIgnored() {
        assertAllowed(evaluate(personalPost().label(label(Labels.REPRESENTS_AGENCY_VIEWS, 0.3))));
    }

    @Test
    void aStatementForTheBureauWithExpressPermissionFor18IsAllowed() {
        Decision decision = evaluate(statementForTheBureau()
                .approval(permission("apr-1", DESIGNEE, C1_8).expiresAt(Posts.WEEK_AFTER).build()));

        assertAllowed(decision);
        assertExceptions(decision, C1_8, Exemption.EXPRESS_PERMISSION, null);
        assertApplied(decision, "apr-1");
    }

    @Test
    void theChiefOfPoliceSpeaksForTheBureauWithoutPermission() {
        Decision decision = evaluate(personalPostBy(CHIEF).label(Label.of(Labels.REPRESENTS_AGENCY_VIEWS)));

        assertAllowed(decision);
        assertExceptions(decision, C1_8, Exemption.CHIEF_OF_POLICE_AUTHOR, null);
    }

    @Test
    void thePublicInformationOfficerOnAPersonalAccountStillNeedsPermission() {
        Decision decision = evaluate(personalPostBy(PIO).label(Label.of(Labels.REPRESENTS_AGENCY_VIEWS)));

        assertDecision(decision, Outcome.DENY, C1_8, Verdict.VIOLATION);
        assertNoExceptions(decision);
    }

    @Test
    void permissionFor11DoesNotLift18AndIsOutOfScope() {
        Decision decision = evaluate(statementForTheBureau().approval(chiefsPermission("apr-1", C1_1).build()));

        assertDecision(decision, Outcome.DENY, C1_8, Verdict.VIOLATION);
        assertNoExceptions(decision);
        assertRejected(decision, "apr-1", Reason.OUT_OF_SCOPE);
    }

    @Test
    void onePermissionNamingBothClausesCoversTheBadgePhotoAndTheStatement() {
        Decision decision = evaluate(statementForTheBureau()
                .media(photo("img-1", Labels.BADGE))
                .approval(chiefsPermission("apr-1", C1_1, C1_8).build()));

        assertAllowed(decision);
        assertExceptions(decision, C1_1, Exemption.EXPRESS_PERMISSION, "img-1",
                C1_8, Exemption.EXPRESS_PERMISSION, null);
        assertApplied(decision, "apr-1");
    }

    @Test
    void anExpiredPermissionFor18DoesNotCount() {
        Decision decision = evaluate(statementForTheBureau()
                .approval(chiefsPermission("apr-1", C1_8).expiresAt(POSTED_AT.minus(Duration.ofDays(1))).build()));

        assertDecision(decision, Outcome.DENY, C1_8, Verdict.VIOLATION);
        assertRejected(decision, "apr-1", Reason.EXPIRED);
    }

    @Test
    void aPermissionFor18LiftsAReviewToo() {
        Decision decision = evaluate(personalPost().label(label(Labels.REPRESENTS_AGENCY_VIEWS, 0.7))
                .approval(chiefsPermission("apr-1", C1_8).build()));

        assertAllowed(decision);
        assertApplied(decision, "apr-1");
    }
}
