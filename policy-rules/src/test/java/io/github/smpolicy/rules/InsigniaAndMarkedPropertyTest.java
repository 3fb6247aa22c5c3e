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
import static io.github.smpolicy.rules.Posts.C1_2;
import static io.github.smpolicy.rules.Posts.C1_8;
import static io.github.smpolicy.rules.Posts.CHIEF;
import static io.github.smpolicy.rules.Posts.DESIGNEE;
import static io.github.smpolicy.rules.Posts.SERGEANT;
import static io.github.smpolicy.rules.Posts.bareShareOf;
import static io.github.smpolicy.rules.Posts.ceremonyPhoto;
import static io.github.smpolicy.rules.Posts.chiefsPermission;
import static io.github.smpolicy.rules.Posts.commentOn;
import static io.github.smpolicy.rules.Posts.endorsementOf;
import static io.github.smpolicy.rules.Posts.evaluate;
import static io.github.smpolicy.rules.Posts.permission;
import static io.github.smpolicy.rules.Posts.personalPost;
import static io.github.smpolicy.rules.Posts.personalPostBy;
import static io.github.smpolicy.rules.Posts.photo;
import static io.github.smpolicy.rules.Posts.photoDepicting;
import static io.github.smpolicy.rules.Posts.postingWith;
import static io.github.smpolicy.rules.Posts.shareWithOwnWordsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Exemption;
import io.github.smpolicy.model.ApprovalStatus.Reason;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Evidence;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Label;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.model.MediaAsset;
import io.github.smpolicy.model.MediaKind;
import io.github.smpolicy.model.Occasion;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Remedy;
import io.github.smpolicy.model.Role;
import io.github.smpolicy.model.Verdict;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 311.40-1.1: no image of Bureau insignia or marked property without the Chief's express permission. */
class InsigniaAndMarkedPropertyTest {

    static Stream<String> insignia() {
        return Labels.INSIGNIA.stream();
    }

    @ParameterizedTest(name = "a photo depicting {0} is a violation")
    @MethodSource("insignia")
    void aPhotoDepictingInsigniaIsAViolation(String depiction) {
        Decision decision = evaluate(personalPost().media(photo("img-1", depiction)));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        Finding finding = finding(decision, C1_1);
        assertEvidence(finding, new Evidence.MediaEvidence("img-1", depiction, 1.0));
        assertRemedies(finding, Remedy.OBTAIN_PERMISSION, Remedy.REMOVE_MEDIA);
        assertEquals(List.of(Role.CHIEF_OF_POLICE, Role.CHIEF_DESIGNEE), remedy(finding, Remedy.OBTAIN_PERMISSION).from());
        assertEquals(List.of("img-1"), remedy(finding, Remedy.OBTAIN_PERMISSION).media());
        assertEquals(List.of("img-1"), remedy(finding, Remedy.REMOVE_MEDIA).media());
        assertTrue(finding.clauseText().startsWith("Post or use any image or likeness of Police Bureau badges"),
                finding.clauseText());
    }

    @Test
    void aVideoOfMarkedVehiclesIsAViolationToo() {
        Decision decision = evaluate(personalPost()
                .media(MediaAsset.builder("vid-1", MediaKind.VIDEO).depicts(Labels.MARKED_VEHICLE).build()));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
    }

    @Test
    void aPhotoOfTheAuthorInUniformIsAViolationEvenWithoutADepictionWord() {
        // a Bureau uniform carries patch and badge
        Decision decision = evaluate(personalPost()
                .media(MediaAsset.builder("img-1", MediaKind.PHOTO).authorDepicted(true).build()));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertEvidence(finding(decision, C1_1), new Evidence.MediaEvidence("img-1", Labels.UNIFORM, 1.0));
    }
    @ParameterizedTest(name = "a UNIFORM depiction at {0} does not hide the author in uniform")
    @ValueSource(doubles = {0.3, 0.7})
    void aLowConfidenceUniformDepictionDoesNotHideThatTheAuthorIsInUniform(double confidence) {
        Decision decision = evaluate(personalPost().media(MediaAsset.builder("img-1", MediaKind.PHOTO)
                .depicts(new Label(Labels.UNIFORM, confidence, "vision-v3")).authorDepicted(true).build()));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
    }

    @Test
    void aPhotoWithNothingOfTheBureauInItIsAllowed() {
        assertAllowed(evaluate(personalPost().media(photo("img-1"))));
    }

    @Test
    void everyAssetShowingInsigniaIsEvidenceOfOneFinding() {
        Decision decision = evaluate(personalPost()
                .media(photo("img-1", Labels.BADGE))
                .media(photo("img-2"))
                .media(photo("img-3", Labels.LOGO, Labels.PATCH)));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertEvidence(finding(decision, C1_1), new Evidence.MediaEvidence("img-1", Labels.BADGE, 1.0),
                new Evidence.MediaEvidence("img-3", Labels.LOGO, 1.0), new Evidence.MediaEvidence("img-3", Labels.PATCH, 1.0));
        assertEquals(List.of("img-1", "img-3"), remedy(finding(decision, C1_1), Remedy.REMOVE_MEDIA).media());
    }

    // Thresholds

    @Test
    void aDepictionBelowTheReviewThresholdIsIgnored() {
        assertAllowed(evaluate(personalPost().media(photoDepicting("img-1", Labels.MARKED_VEHICLE, 0.3))));
    }

    @Test
    void aDepictionJustBelowTheReviewThresholdIsIgnored() {
        assertAllowed(evaluate(personalPost().media(photoDepicting("img-1", Labels.BADGE, 0.49))));
    }

    @Test
    void aDepictionAtTheReviewThresholdIsAReview() {
        Decision decision = evaluate(personalPost().media(photoDepicting("img-1", Labels.BADGE, 0.5)));

        assertDecision(decision, Outcome.REVIEW, C1_1, Verdict.REVIEW);
    }

    @Test
    void aBadgeDepictedWithConfidence07IsAReviewAPersonDecides() {
        Decision decision = evaluate(personalPost().media(photoDepicting("img-1", Labels.BADGE, 0.7)));

        assertDecision(decision, Outcome.REVIEW, C1_1, Verdict.REVIEW);
        Finding finding = finding(decision, C1_1);
        assertEvidence(finding, new Evidence.MediaEvidence("img-1", Labels.BADGE, 0.7));
        assertRemedies(finding, Remedy.OBTAIN_PERMISSION, Remedy.REMOVE_MEDIA, Remedy.HUMAN_REVIEW);
    }

    @Test
    void aDepictionAtTheDenyThresholdIsAViolation() {
        Decision decision = evaluate(personalPost().media(photoDepicting("img-1", Labels.BADGE, 0.9)));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
    }

    @Test
    void aBadgeDepictedWithConfidence095IsAViolation() {
        Decision decision = evaluate(personalPost().media(photoDepicting("img-1", Labels.BADGE, 0.95)));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertEvidence(finding(decision, C1_1), new Evidence.MediaEvidence("img-1", Labels.BADGE, 0.95));
    }

    @Test
    void theStrongestDepictionOfTheClauseDecidesItsVerdict() {
        Decision decision = evaluate(personalPost()
                .media(photoDepicting("img-1", Labels.BADGE, 0.6))
                .media(photoDepicting("img-2", Labels.PATCH, 0.95)));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
    }

    // The ceremony exception

    @ParameterizedTest(name = "a photo of the author in uniform at {0} is excepted")
    @EnumSource(Occasion.class)
    void aCeremonyPhotoOfTheAuthorInUniformIsExceptedAtEveryOfficialOccasion(Occasion occasion) {
        Decision decision = evaluate(personalPost()
                .media(ceremonyPhoto("img-1", occasion, Labels.UNIFORM, Labels.BADGE, Labels.NAME_TAG)));

        assertAllowed(decision);
        assertExceptions(decision, C1_1, Exemption.CEREMONY_PHOTO, "img-1");
    }

    @Test
    void theCeremonyExceptionCoversTheWholePhotoIncludingAMarkedCarBehindTheMember() {
        Decision decision = evaluate(personalPost()
                .media(ceremonyPhoto("img-1", Occasion.PROMOTION, Labels.UNIFORM, Labels.BADGE, Labels.MARKED_VEHICLE)));

        assertAllowed(decision);
        assertExceptions(decision, C1_1, Exemption.CEREMONY_PHOTO, "img-1");
    }

    @Test
    void aCeremonyPhotoOfAColleagueIsNotExcepted() {
        Decision decision = evaluate(personalPost().media(MediaAsset.builder("img-1", MediaKind.PHOTO)
                .depicts(Labels.UNIFORM, Labels.BADGE, Labels.NAME_TAG).occasion(Occasion.PROMOTION).build()));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertNoExceptions(decision);
    }

    @Test
    void aCeremonyPhotoOfTheAuthorOutOfUniformIsNotExcepted() {
        Decision decision = evaluate(personalPost().media(MediaAsset.builder("img-1", MediaKind.PHOTO)
                .depicts(Labels.BADGE).authorDepicted(false).occasion(Occasion.AWARD).build()));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertNoExceptions(decision);
    }

    @Test
    void aCeremonyVideoIsNotExceptedBecauseTheExceptionIsForPhotographs() {
        Decision decision = evaluate(personalPost().media(MediaAsset.builder("vid-1", MediaKind.VIDEO)
                .depicts(Labels.UNIFORM, Labels.BADGE).authorDepicted(true).occasion(Occasion.AWARD).build()));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertNoExceptions(decision);
    }

    @Test
    void aCeremonyImageThatIsNotAPhotographIsNotExcepted() {
        Decision decision = evaluate(personalPost().media(MediaAsset.builder("img-1", MediaKind.IMAGE)
                .depicts(Labels.UNIFORM).authorDepicted(true).occasion(Occasion.COMMENDATION).build()));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertNoExceptions(decision);
    }

    @Test
    void aPhotoOfTheAuthorInUniformAwayFromAnyCeremonyIsNotExcepted() {
        Decision decision = evaluate(personalPost().media(MediaAsset.builder("img-1", MediaKind.PHOTO)
                .depicts(Labels.UNIFORM, Labels.PATCH).authorDepicted(true).build()));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertNoExceptions(decision);
    }

    @Test
    void theCeremonyExceptionCoversOnlyItsOwnPhotograph() {
        Decision decision = evaluate(personalPost()
                .media(ceremonyPhoto("img-1", Occasion.AWARD, Labels.UNIFORM, Labels.BADGE))
                .media(photo("img-2", Labels.PATCH)));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertEvidence(finding(decision, C1_1), new Evidence.MediaEvidence("img-2", Labels.PATCH, 1.0));
        assertExceptions(decision, C1_1, Exemption.CEREMONY_PHOTO, "img-1");
    }

    @Test
    void theCeremonyExceptionCoversNoOtherClause() {
        // a graduation photo taken during academy training: the training is still 1.2
        Decision decision = evaluate(personalPost()
                .media(ceremonyPhoto("img-1", Occasion.APPOINTMENT, Labels.UNIFORM, Labels.BUREAU_TRAINING)));

        assertDecision(decision, Outcome.DENY, C1_2, Verdict.VIOLATION);
        assertExceptions(decision, C1_1, Exemption.CEREMONY_PHOTO, "img-1");
    }

    @Test
    void aCeremonyPhotoWithNothingOfTheBureauInItRecordsNoException() {
        Decision decision = evaluate(personalPost().media(MediaAsset.builder("img-1", MediaKind.PHOTO)
                .authorDepicted(false).occasion(Occasion.AWARD).build()));

        assertAllowed(decision);
        assertNoExceptions(decision);
    }

    // Express permission

    @Test
    void theChiefsExpressPermissionForThePhotoLiftsTheFinding() {
        Decision decision = evaluate(personalPost()
                .media(photo("img-1", Labels.BADGE))
                .approval(chiefsPermission("apr-1", C1_1).media("img-1").expiresAt(Posts.WEEK_AFTER).build()));

        assertAllowed(decision);
        assertExceptions(decision, C1_1, Exemption.EXPRESS_PERMISSION, "img-1");
        assertApplied(decision, "apr-1");
    }

    @Test
    void aDesigneesPermissionForTheWholePostCoversEveryAsset() {
        Decision decision = evaluate(personalPost()
                .media(photo("img-1", Labels.UNIFORM, Labels.MARKED_VEHICLE))
                .media(photo("img-2", Labels.PATCH))
                .approval(permission("apr-1", DESIGNEE, C1_1).build()));

        assertAllowed(decision);
        assertExceptions(decision, C1_1, Exemption.EXPRESS_PERMISSION, "img-1",
                C1_1, Exemption.EXPRESS_PERMISSION, "img-2");
        assertApplied(decision, "apr-1");
    }

    @Test
    void permissionForOnePhotoDoesNotCoverAnother() {
        Decision decision = evaluate(personalPost()
                .media(photo("img-1", Labels.BADGE))
                .media(photo("img-2", Labels.LOGO))
                .approval(chiefsPermission("apr-1", C1_1).media("img-1").build()));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertEvidence(finding(decision, C1_1), new Evidence.MediaEvidence("img-2", Labels.LOGO, 1.0));
        assertExceptions(decision, C1_1, Exemption.EXPRESS_PERMISSION, "img-1");
        assertApplied(decision, "apr-1");
    }

    @Test
    void permissionNamingADifferentPhotoIsOutOfScopeForTheLogoPhoto() {
        Decision decision = evaluate(personalPost()
                .media(photo("img-1", Labels.LOGO))
                .media(photo("img-2"))
                .approval(chiefsPermission("apr-1", C1_1).media("img-2").build()));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertNoExceptions(decision);
        assertRejected(decision, "apr-1", Reason.OUT_OF_SCOPE);
    }

    @Test
    void permissionToSpeakForTheBureauDoesNotCoverABadgePhoto() {
        Decision decision = evaluate(personalPost()
                .media(photo("img-1", Labels.BADGE))
                .approval(chiefsPermission("apr-1", C1_8).build()));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertRejected(decision, "apr-1", Reason.OUT_OF_SCOPE);
    }

    @Test
    void permissionGrantedByASergeantDoesNotCount() {
        Decision decision = evaluate(personalPost()
                .media(photo("img-1", Labels.PATCH))
                .approval(permission("apr-1", SERGEANT, C1_1).build()));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertRejected(decision, "apr-1", Reason.GRANTOR_NOT_AUTHORIZED);
    }

    @Test
    void permissionLiftsAReviewAsWellAsAViolation() {
        Decision decision = evaluate(personalPost()
                .media(photoDepicting("img-1", Labels.BADGE, 0.7))
                .approval(chiefsPermission("apr-1", C1_1).build()));

        assertAllowed(decision);
        assertApplied(decision, "apr-1");
    }

    @Test
    void permissionForABadgeBelowTheReviewThresholdIsUnused() {
        Decision decision = evaluate(personalPost()
                .media(photoDepicting("img-1", Labels.BADGE, 0.3))
                .approval(chiefsPermission("apr-1", C1_1).build()));

        assertAllowed(decision);
        assertUnused(decision, "apr-1");
    }

    // The Chief of Police as author

    @Test
    void theChiefOfPolicePostingABadgePhotoNeedsNoPermission() {
        Decision decision = evaluate(personalPostBy(CHIEF).media(photo("img-1", Labels.BADGE, Labels.PATCH)));

        assertAllowed(decision);
        assertExceptions(decision, C1_1, Exemption.CHIEF_OF_POLICE_AUTHOR, null);
    }

    @Test
    void aChiefsDesigneeAsAuthorStillNeedsPermission() {
        Decision decision = evaluate(personalPostBy(DESIGNEE).media(photo("img-1", Labels.BADGE)));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertNoExceptions(decision);
    }

    @Test
    void theChiefOfPoliceIsExceptedFrom11OnlyNotFromScenes() {
        Decision decision = evaluate(personalPostBy(CHIEF).media(photo("img-1", Labels.BADGE, Labels.CRIME_SCENE)));

        assertDecision(decision, Outcome.DENY, C1_2, Verdict.VIOLATION);
        assertExceptions(decision, C1_1, Exemption.CHIEF_OF_POLICE_AUTHOR, null);
    }

    // Shared content

    @Test
    void aBareShareOfAMarkedCarPhotoCountsAsTheMembersOwn() {
        Decision decision = evaluate(bareShareOf(postingWith(photo("sh-1", Labels.MARKED_VEHICLE))));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertEvidence(finding(decision, C1_1), new Evidence.MediaEvidence("sh-1", Labels.MARKED_VEHICLE, 1.0));
    }

    @Test
    void likingABadgePhotoIsNotPostingIt() {
        // rule book: a like is not posting or sharing a badge image; only 1.6 and 1.7 reach what a member endorses
        Decision decision = evaluate(endorsementOf(postingWith(photo("sh-1", Labels.BADGE))));

        assertDecision(decision, Outcome.ALLOW);
    }

    @Test
    void aShareWithOwnCommentaryOfAMarkedCarPhotoIsAReview() {
        Decision decision = evaluate(shareWithOwnWordsOf(postingWith(photo("sh-1", Labels.MARKED_VEHICLE))));

        assertDecision(decision, Outcome.REVIEW, C1_1, Verdict.REVIEW);
    }

    @Test
    void aShareWithOwnCommentaryAndTheMembersOwnBadgePhotoIsStillAViolation() {
        Decision decision = evaluate(shareWithOwnWordsOf(postingWith(photo("sh-1", Labels.MARKED_VEHICLE)))
                .media(photo("img-1", Labels.BADGE)));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
    }

    @Test
    void commentingOnAPostingWithABadgePhotoIsNotAFindingUnder11() {
        // a comment does not post, share or use the image; 1.6 and 1.7 alone forbid commenting in support
        Decision decision = evaluate(commentOn(postingWith(photo("sh-1", Labels.BADGE))));

        assertAllowed(decision);
    }

    @Test
    void thePermissionCoversSharedMediaByItsId() {
        Decision decision = evaluate(bareShareOf(postingWith(photo("sh-1", Labels.BADGE)))
                .approval(chiefsPermission("apr-1", C1_1).media("sh-1").build()));

        assertAllowed(decision);
        assertExceptions(decision, C1_1, Exemption.EXPRESS_PERMISSION, "sh-1");
        assertApplied(decision, "apr-1");
    }

    @Test
    void aWorkplacePostIsNotJudgedUnder11() {
        Decision decision = evaluate(Posts.workplacePost().media(photo("img-1", Labels.BADGE))
                .approval(Posts.pioConsultation("pio-1").build()));

        assertAllowed(decision);
    }
}
