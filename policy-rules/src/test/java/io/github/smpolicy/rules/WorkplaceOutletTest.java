package io.github.smpolicy.rules;

import static io.github.smpolicy.rules.DecisionAssertions.assertAllowed;
import static io.github.smpolicy.rules.DecisionAssertions.assertApplied;
import static io.github.smpolicy.rules.DecisionAssertions.assertDecision;
import static io.github.smpolicy.rules.DecisionAssertions.assertEvidence;
import static io.github.smpolicy.rules.DecisionAssertions.assertExceptions;
import static io.github.smpolicy.rules.DecisionAssertions.assertNoExceptions;
import static io.github.smpolicy.rules.DecisionAssertions.assertRejected;
import static io.github.smpolicy.rules.DecisionAssertions.assertRemedies;
import static io.github.smpolicy.rules.DecisionAssertions.assertUnused;
import static io.github.smpolicy.rules.DecisionAssertions.finding;
import static io.github.smpolicy.rules.DecisionAssertions.remedy;
import static io.github.smpolicy.rules.Posts.C1_1;
import static io.github.smpolicy.rules.Posts.C1_8;
import static io.github.smpolicy.rules.Posts.CHIEF;
import static io.github.smpolicy.rules.Posts.DESIGNEE;
import static io.github.smpolicy.rules.Posts.P2;
import static io.github.smpolicy.rules.Posts.PIO;
import static io.github.smpolicy.rules.Posts.POSTED_AT;
import static io.github.smpolicy.rules.Posts.chiefsPermission;
import static io.github.smpolicy.rules.Posts.evaluate;
import static io.github.smpolicy.rules.Posts.label;
import static io.github.smpolicy.rules.Posts.personalPost;
import static io.github.smpolicy.rules.Posts.photo;
import static io.github.smpolicy.rules.Posts.pioConsultation;
import static io.github.smpolicy.rules.Posts.workplacePost;
import static io.github.smpolicy.rules.Posts.workplacePostBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Exemption;
import io.github.smpolicy.model.Approval;
import io.github.smpolicy.model.ApprovalKind;
import io.github.smpolicy.model.ApprovalStatus.Reason;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Evidence;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Label;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.model.MediaAsset;
import io.github.smpolicy.model.MediaKind;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Remedy;
import io.github.smpolicy.model.Role;
import io.github.smpolicy.model.Verdict;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 311.40-P2: members consult the Public Information Officer before posting on workplace outlets. */
class WorkplaceOutletTest {

    /** A workplace post carrying everything Procedure 1.1-1.9 would find on a personal account. */
    private static Post.Builder workplacePostThatWouldBreachEveryProcedure() {
        return workplacePost()
                .media(MediaAsset.builder("img-1", MediaKind.PHOTO)
                        .depicts(Labels.UNIFORM, Labels.MARKED_VEHICLE, Labels.LOGO, Labels.CRIME_SCENE)
                        .authorDepicted(true).build())
                .label(Label.of(Labels.SENSITIVE_INFORMATION))
                .label(Label.of(Labels.DISCREDITS_BUREAU))
                .label(Label.of(Labels.CRIMINAL_INVESTIGATION))
                .label(Label.of(Labels.THREAT_OF_VIOLENCE))
                .label(Label.of(Labels.PROTECTED_CLASS_BIAS))
                .label(Label.of(Labels.REPRESENTS_AGENCY_VIEWS));
    }

    @Test
    void aWorkplacePostWithoutPioConsultationViolatesP2() {
        Decision decision = evaluate(workplacePost());

        assertDecision(decision, Outcome.DENY, P2, Verdict.VIOLATION);
        Finding finding = finding(decision, P2);
        assertEvidence(finding, new Evidence.AccountEvidence("use"));
        assertRemedies(finding, Remedy.CONSULT_PIO);
        assertEquals(List.of(Role.PUBLIC_INFORMATION_OFFICER), remedy(finding, Remedy.CONSULT_PIO).from());
        assertTrue(finding.clauseText().contains("consult with the Public Information Officer"), finding.clauseText());
    }

    @Test
    void aWorkplacePostWithoutConsultationViolatesP2AndNothingElse() {
        assertDecision(evaluate(workplacePostThatWouldBreachEveryProcedure()), Outcome.DENY, P2, Verdict.VIOLATION);
    }

    @Test
    void aWorkplacePostWithAValidPioConsultationIsAllowedAndProcedure1DoesNotApply() {
        Decision decision = evaluate(workplacePostThatWouldBreachEveryProcedure()
                .approval(pioConsultation("pio-1").build()));

        assertAllowed(decision);
        assertNoExceptions(decision);
        assertApplied(decision, "pio-1");
    }

    @Test
    void aConsultationRecordedAtTheMomentOfPostingIsValid() {
        Decision decision = evaluate(workplacePost()
                .approval(Approval.builder("pio-1", ApprovalKind.PIO_CONSULTATION, PIO, POSTED_AT).build()));

        assertAllowed(decision);
        assertApplied(decision, "pio-1");
    }

    @Test
    void aConsultationRecordedByAChiefsDesigneeIsNotFromThePio() {
        Decision decision = evaluate(workplacePost()
                .approval(Approval.builder("pio-1", ApprovalKind.PIO_CONSULTATION, DESIGNEE, Posts.WEEK_BEFORE).build()));

        assertDecision(decision, Outcome.DENY, P2, Verdict.VIOLATION);
        assertRejected(decision, "pio-1", Reason.GRANTOR_NOT_AUTHORIZED);
    }

    @Test
    void aConsultationRecordedByTheChiefOfPoliceIsNotFromThePio() {
        Decision decision = evaluate(workplacePost()
                .approval(Approval.builder("pio-1", ApprovalKind.PIO_CONSULTATION, CHIEF, Posts.WEEK_BEFORE).build()));

        assertDecision(decision, Outcome.DENY, P2, Verdict.VIOLATION);
        assertRejected(decision, "pio-1", Reason.GRANTOR_NOT_AUTHORIZED);
    }

    @Test
    void aConsultationGrantedAfterThePostIsNotYetValid() {
        Decision decision = evaluate(workplacePost()
                .approval(Approval.builder("pio-1", ApprovalKind.PIO_CONSULTATION, PIO, POSTED_AT.plusSeconds(1)).build()));

        assertDecision(decision, Outcome.DENY, P2, Verdict.VIOLATION);
        assertRejected(decision, "pio-1", Reason.NOT_YET_VALID);
    }

    @Test
    void anExpiredConsultationDoesNotCount() {
        Decision decision = evaluate(workplacePost()
                .approval(pioConsultation("pio-1").expiresAt(POSTED_AT.minus(Duration.ofDays(1))).build()));

        assertDecision(decision, Outcome.DENY, P2, Verdict.VIOLATION);
        assertRejected(decision, "pio-1", Reason.EXPIRED);
    }

    @Test
    void aRevokedConsultationDoesNotCount() {
        Decision decision = evaluate(workplacePost().approval(pioConsultation("pio-1").revoked(true).build()));

        assertDecision(decision, Outcome.DENY, P2, Verdict.VIOLATION);
        assertRejected(decision, "pio-1", Reason.REVOKED);
    }

    @Test
    void theChiefsPermissionIsNoSubstituteForPioConsultation() {
        Decision decision = evaluate(workplacePost().approval(chiefsPermission("apr-1", C1_1, C1_8).build()));

        assertDecision(decision, Outcome.DENY, P2, Verdict.VIOLATION);
        assertUnused(decision, "apr-1");
    }

    @Test
    void thePublicInformationOfficerPostingOnAWorkplaceAccountNeedsNoConsultation() {
        Decision decision = evaluate(workplacePostBy(PIO).text("Road closures for the parade are on our website."));

        assertAllowed(decision);
        assertExceptions(decision, P2, Exemption.PIO_AUTHOR, null);
    }

    @Test
    void theChiefOfPolicePostingOnAWorkplaceAccountStillConsultsThePio() {
        Decision decision = evaluate(workplacePostBy(CHIEF));

        assertDecision(decision, Outcome.DENY, P2, Verdict.VIOLATION);
        assertNoExceptions(decision);
    }

    @Test
    void aValidConsultationOnAPersonalPostIsUnusedAndLiftsNothing() {
        Decision decision = evaluate(personalPost().media(photo("img-1", Labels.BADGE))
                .approval(pioConsultation("pio-1").build()));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertUnused(decision, "pio-1");
    }

    @Test
    void theFirstValidConsultationIsAppliedAndTheSecondUnused() {
        Decision decision = evaluate(workplacePost()
                .approval(pioConsultation("pio-1").build())
                .approval(pioConsultation("pio-2").build()));

        assertAllowed(decision);
        assertApplied(decision, "pio-1");
        assertUnused(decision, "pio-2");
    }

    @Test
    void aConsultationAfterARejectedOneStillCounts() {
        Decision decision = evaluate(workplacePost()
                .approval(pioConsultation("pio-1").revoked(true).build())
                .approval(pioConsultation("pio-2").build()));

        assertAllowed(decision);
        assertRejected(decision, "pio-1", Reason.REVOKED);
        assertApplied(decision, "pio-2");
    }

    @Test
    void aThreatLabelOnAWorkplacePostWithConsultationIsNoProcedureFinding() {
        assertAllowed(evaluate(workplacePost().label(label(Labels.THREAT_OF_VIOLENCE, 0.95))
                .approval(pioConsultation("pio-1").build())));
    }
}
