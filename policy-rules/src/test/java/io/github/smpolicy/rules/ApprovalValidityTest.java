package io.github.smpolicy.rules;

import static io.github.smpolicy.rules.DecisionAssertions.assertAllowed;
import static io.github.smpolicy.rules.DecisionAssertions.assertApplied;
import static io.github.smpolicy.rules.DecisionAssertions.assertDecision;
import static io.github.smpolicy.rules.DecisionAssertions.assertExceptions;
import static io.github.smpolicy.rules.DecisionAssertions.assertRejected;
import static io.github.smpolicy.rules.DecisionAssertions.assertUnused;
import static io.github.smpolicy.rules.Posts.C1_1;
import static io.github.smpolicy.rules.Posts.C1_8;
import static io.github.smpolicy.rules.Posts.CHIEF;
import static io.github.smpolicy.rules.Posts.DESIGNEE;
import static io.github.smpolicy.rules.Posts.MEMBER;
import static io.github.smpolicy.rules.Posts.POSTED_AT;
import static io.github.smpolicy.rules.Posts.SERGEANT;
import static io.github.smpolicy.rules.Posts.WEEK_BEFORE;
import static io.github.smpolicy.rules.Posts.chiefsPermission;
import static io.github.smpolicy.rules.Posts.evaluate;
import static io.github.smpolicy.rules.Posts.permission;
import static io.github.smpolicy.rules.Posts.personalPost;
import static io.github.smpolicy.rules.Posts.photo;
import static io.github.smpolicy.rules.Posts.pioConsultation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.smpolicy.model.Exemption;
import io.github.smpolicy.model.Approval;
import io.github.smpolicy.model.ApprovalKind;
import io.github.smpolicy.model.ApprovalStatus;
import io.github.smpolicy.model.ApprovalStatus.Reason;
import io.github.smpolicy.model.ApprovalStatus.Status;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.model.Member;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Role;
import io.github.smpolicy.model.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Approvals: every approval a post carries is APPLIED, UNUSED or REJECTED with the first failing
 * check, in the order GRANTOR_NOT_AUTHORIZED, NOT_YET_VALID, EXPIRED, REVOKED; OUT_OF_SCOPE when a
 * valid permission did not cover the 1.1 or 1.8 finding it was checked against.
 */
class ApprovalValidityTest {

    /** A badge photo, which needs the Chief's permission under 311.40-1.1. */
    private static Post.Builder badgePhoto() {
        return personalPost().media(photo("img-1", Labels.BADGE));
    }

    private static Approval.Builder permissionFor11(Member grantor, Instant grantedAt) {
        return Approval.builder("apr-1", ApprovalKind.PERMISSION, grantor, grantedAt).clauses(C1_1);
    }

    // Who may grant

    @ParameterizedTest(name = "a permission from the {0} counts")
    @EnumSource(value = Role.class, names = {"CHIEF_OF_POLICE", "CHIEF_DESIGNEE"})
    void thePermissionOfTheChiefOrADesigneeCounts(Role role) {
        Decision decision = evaluate(badgePhoto().approval(permissionFor11(Member.of("m-9", role), WEEK_BEFORE).build()));

        assertAllowed(decision);
        assertApplied(decision, "apr-1");
    }

    @ParameterizedTest(name = "a permission from a {0} is rejected")
    @EnumSource(value = Role.class, names = {"MEMBER", "PUBLIC_INFORMATION_OFFICER"})
    void aPermissionFromAnyoneElseIsRejectedAsNotAuthorized(Role role) {
        Decision decision = evaluate(badgePhoto().approval(permissionFor11(Member.of("m-9", role), WEEK_BEFORE).build()));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertRejected(decision, "apr-1", Reason.GRANTOR_NOT_AUTHORIZED);
    }

    @ParameterizedTest(name = "a PIO consultation recorded by a {0} is rejected")
    @EnumSource(value = Role.class, names = {"MEMBER", "CHIEF_OF_POLICE", "CHIEF_DESIGNEE"})
    void aPioConsultationFromAnyoneButThePioIsRejectedAsNotAuthorized(Role role) {
        Decision decision = evaluate(personalPost().approval(
                Approval.builder("pio-1", ApprovalKind.PIO_CONSULTATION, Member.of("m-9", role), WEEK_BEFORE).build()));

        assertAllowed(decision);
        assertRejected(decision, "pio-1", Reason.GRANTOR_NOT_AUTHORIZED);
    }

    // When

    @Test
    void aPermissionGrantedAfterThePostWasMadeIsNotYetValid() {
        Decision decision = evaluate(badgePhoto().approval(permissionFor11(DESIGNEE, POSTED_AT.plus(Duration.ofDays(5)))
                .expiresAt(POSTED_AT.plus(Duration.ofDays(30))).build()));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertRejected(decision, "apr-1", Reason.NOT_YET_VALID);
    }

    @Test
    void aPermissionGrantedTheSameInstantAsThePostIsValid() {
        Decision decision = evaluate(badgePhoto().approval(permissionFor11(CHIEF, POSTED_AT).build()));

        assertAllowed(decision);
        assertApplied(decision, "apr-1");
    }

    @Test
    void aPermissionGrantedOneMillisecondAfterThePostIsNotYetValid() {
        Decision decision = evaluate(badgePhoto().approval(permissionFor11(CHIEF, POSTED_AT.plusMillis(1)).build()));

        assertRejected(decision, "apr-1", Reason.NOT_YET_VALID);
    }

    @Test
    void aPermissionThatExpiredBeforeThePostIsExpired() {
        Decision decision = evaluate(badgePhoto().approval(permissionFor11(CHIEF, POSTED_AT.minus(Duration.ofDays(60)))
                .expiresAt(POSTED_AT.minus(Duration.ofDays(1))).build()));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertRejected(decision, "apr-1", Reason.EXPIRED);
    }

    @Test
    void aPermissionExpiringTheSameInstantAsThePostIsExpired() {
        Decision decision = evaluate(badgePhoto().approval(permissionFor11(CHIEF, WEEK_BEFORE).expiresAt(POSTED_AT).build()));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertRejected(decision, "apr-1", Reason.EXPIRED);
    }

    @Test
    void aPermissionExpiringOneMillisecondAfterThePostIsValid() {
        Decision decision = evaluate(badgePhoto().approval(permissionFor11(CHIEF, WEEK_BEFORE)
                .expiresAt(POSTED_AT.plusMillis(1)).build()));

        assertAllowed(decision);
        assertApplied(decision, "apr-1");
    }

    @Test
    void aRevokedPermissionDoesNotCount() {
        Decision decision = evaluate(badgePhoto().approval(permissionFor11(DESIGNEE, WEEK_BEFORE).revoked(true).build()));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertRejected(decision, "apr-1", Reason.REVOKED);
    }

    // The order of the checks

    @Test
    void anUnauthorizedGrantorIsReportedBeforeAnythingElse() {
        Decision decision = evaluate(badgePhoto().approval(permissionFor11(SERGEANT, POSTED_AT.plusSeconds(60))
                .revoked(true).build()));

        assertRejected(decision, "apr-1", Reason.GRANTOR_NOT_AUTHORIZED);
    }

    @Test
    void anUnauthorizedGrantorIsReportedBeforeExpiry() {
        Decision decision = evaluate(badgePhoto().approval(permissionFor11(SERGEANT, POSTED_AT.minus(Duration.ofDays(60)))
                .expiresAt(POSTED_AT.minus(Duration.ofDays(1))).revoked(true).build()));

        assertRejected(decision, "apr-1", Reason.GRANTOR_NOT_AUTHORIZED);
    }

    @Test
    void notYetValidIsReportedBeforeRevocation() {
        Decision decision = evaluate(badgePhoto().approval(permissionFor11(CHIEF, POSTED_AT.plusSeconds(60))
                .revoked(true).build()));

        assertRejected(decision, "apr-1", Reason.NOT_YET_VALID);
    }

    @Test
    void expiryIsReportedBeforeRevocation() {
        Decision decision = evaluate(badgePhoto().approval(permissionFor11(CHIEF, POSTED_AT.minus(Duration.ofDays(60)))
                .expiresAt(POSTED_AT.minus(Duration.ofDays(1))).revoked(true).build()));

        assertRejected(decision, "apr-1", Reason.EXPIRED);
    }

    @Test
    void aRejectedApprovalIsReportedEvenWhenNothingNeededIt() {
        Decision decision = evaluate(personalPost()
                .approval(permission("apr-1", SERGEANT, C1_1).build())
                .approval(chiefsPermission("apr-2", C1_1).revoked(true).build())
                .approval(Approval.builder("apr-3", ApprovalKind.PERMISSION, CHIEF, POSTED_AT.plusSeconds(1))
                        .clauses(C1_8).build())
                .approval(chiefsPermission("apr-4", C1_8).expiresAt(POSTED_AT).build()));

        assertAllowed(decision);
        assertRejected(decision, "apr-1", Reason.GRANTOR_NOT_AUTHORIZED);
        assertRejected(decision, "apr-2", Reason.REVOKED);
        assertRejected(decision, "apr-3", Reason.NOT_YET_VALID);
        assertRejected(decision, "apr-4", Reason.EXPIRED);
    }

    // Scope

    @Test
    void aValidPermissionForOtherMediaIsOutOfScope() {
        Decision decision = evaluate(badgePhoto().media(photo("img-2"))
                .approval(chiefsPermission("apr-1", C1_1).media("img-2").build()));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertRejected(decision, "apr-1", Reason.OUT_OF_SCOPE);
    }

    @Test
    void aValidPermissionForAnotherClauseIsOutOfScope() {
        Decision decision = evaluate(badgePhoto().approval(chiefsPermission("apr-1", C1_8).build()));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertRejected(decision, "apr-1", Reason.OUT_OF_SCOPE);
    }

    @Test
    void aValidPermissionThatNothingInThePostNeedsIsUnused() {
        Decision decision = evaluate(personalPost().media(photo("img-1"))
                .approval(chiefsPermission("apr-1", C1_1).build()));

        assertAllowed(decision);
        assertUnused(decision, "apr-1");
    }

    @Test
    void aValidPioConsultationOnAPersonalPostIsUnused() {
        Decision decision = evaluate(personalPost().approval(pioConsultation("pio-1").build()));

        assertAllowed(decision);
        assertUnused(decision, "pio-1");
    }

    @Test
    void aPermissionNotNeededBecauseTheCeremonyExceptionAppliesIsUnused() {
        Decision decision = evaluate(personalPost()
                .media(Posts.ceremonyPhoto("img-1", io.github.smpolicy.model.Occasion.AWARD, Labels.UNIFORM, Labels.BADGE))
                .approval(chiefsPermission("apr-1", C1_1).build()));

        assertAllowed(decision);
        assertExceptions(decision, C1_1, Exemption.CEREMONY_PHOTO, "img-1");
        assertUnused(decision, "apr-1");
    }

    // Several approvals

    @Test
    void theFirstValidApprovalInTheListIsAppliedAndTheSecondUnused() {
        Decision decision = evaluate(badgePhoto()
                .approval(chiefsPermission("apr-1", C1_1).build())
                .approval(permission("apr-2", DESIGNEE, C1_1).media("img-1").build()));

        assertAllowed(decision);
        assertApplied(decision, "apr-1");
        assertUnused(decision, "apr-2");
    }

    @Test
    void aValidApprovalAfterARejectedOneIsApplied() {
        Decision decision = evaluate(badgePhoto()
                .approval(chiefsPermission("apr-1", C1_1).expiresAt(POSTED_AT).build())
                .approval(permission("apr-2", DESIGNEE, C1_1).build()));

        assertAllowed(decision);
        assertRejected(decision, "apr-1", Reason.EXPIRED);
        assertApplied(decision, "apr-2");
    }

    @Test
    void twoPermissionsForTwoPhotosAreBothApplied() {
        Decision decision = evaluate(badgePhoto().media(photo("img-2", Labels.LOGO))
                .approval(chiefsPermission("apr-1", C1_1).media("img-1").build())
                .approval(chiefsPermission("apr-2", C1_1).media("img-2").build()));

        assertAllowed(decision);
        assertApplied(decision, "apr-1");
        assertApplied(decision, "apr-2");
    }

    @Test
    void everyApprovalHasExactlyOneStatusInThePostsOrder() {
        Decision decision = evaluate(badgePhoto()
                .approval(permission("apr-c", SERGEANT, C1_1).build())
                .approval(chiefsPermission("apr-a", C1_1).build())
                .approval(chiefsPermission("apr-b", C1_1).build())
                .approval(pioConsultation("pio-1").build()));

        assertEquals(List.of(
                new ApprovalStatus("apr-c", Status.REJECTED, Reason.GRANTOR_NOT_AUTHORIZED),
                new ApprovalStatus("apr-a", Status.APPLIED, null),
                new ApprovalStatus("apr-b", Status.UNUSED, null),
                new ApprovalStatus("pio-1", Status.UNUSED, null)), decision.approvals(), decision::explain);
    }

    @Test
    void aPostWithoutApprovalsReportsNone() {
        assertEquals(List.of(), evaluate(badgePhoto()).approvals());
    }

    @Test
    void approvalsAreJudgedAgainstThePostsTimeNotTheClock() {
        Instant longAgo = Instant.parse("2001-06-01T12:00:00Z");
        Decision decision = evaluate(Post.builder("p-old", longAgo).author(MEMBER)
                .account(io.github.smpolicy.model.Account.personal(Posts.PERSONAL_EMAIL))
                .media(photo("img-1", Labels.BADGE))
                .approval(permissionFor11(CHIEF, longAgo.minus(Duration.ofDays(1)))
                        .expiresAt(longAgo.plus(Duration.ofDays(1))).build()));

        assertAllowed(decision);
        assertApplied(decision, "apr-1");
    }
}
