package io.github.smpolicy.rules;

import static io.github.smpolicy.rules.DecisionAssertions.assertAllowed;
import static io.github.smpolicy.rules.DecisionAssertions.assertApplied;
import static io.github.smpolicy.rules.DecisionAssertions.assertDecision;
import static io.github.smpolicy.rules.DecisionAssertions.assertEvidence;
import static io.github.smpolicy.rules.DecisionAssertions.assertExceptions;
import static io.github.smpolicy.rules.DecisionAssertions.assertNoExceptions;
import static io.github.smpolicy.rules.DecisionAssertions.assertRemedies;
import static io.github.smpolicy.rules.DecisionAssertions.approval;
import static io.github.smpolicy.rules.DecisionAssertions.finding;
import static io.github.smpolicy.rules.Posts.C1_1;
import static io.github.smpolicy.rules.Posts.C1_2;
import static io.github.smpolicy.rules.Posts.CHIEF;
import static io.github.smpolicy.rules.Posts.DESIGNEE;
import static io.github.smpolicy.rules.Posts.bareShareOf;
import static io.github.smpolicy.rules.Posts.ceremonyPhoto;
import static io.github.smpolicy.rules.Posts.chiefsPermission;
import static io.github.smpolicy.rules.Posts.evaluate;
import static io.github.smpolicy.rules.Posts.permission;
import static io.github.smpolicy.rules.Posts.personalPost;
import static io.github.smpolicy.rules.Posts.personalPostBy;
import static io.github.smpolicy.rules.Posts.photo;
import static io.github.smpolicy.rules.Posts.photoDepicting;
import static io.github.smpolicy.rules.Posts.postingWith;
import static io.github.smpolicy.rules.Posts.shareWithOwnWordsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Exemption;
import io.github.smpolicy.model.ApprovalStatus;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Evidence;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.model.MediaAsset;
import io.github.smpolicy.model.MediaKind;
import io.github.smpolicy.model.Occasion;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Remedy;
import io.github.smpolicy.model.Verdict;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** 311.40-1.2: no images of crime or accident scenes, Bureau operations or trainings; nothing lifts it. */
class ScenesOperationsTrainingsTest {

    static Stream<String> scenes() {
        return Labels.SCENES.stream();
    }

    @ParameterizedTest(name = "a photo depicting {0} is a violation")
    @MethodSource("scenes")
    void aPhotoOfASceneOperationOrTrainingIsAViolation(String depiction) {
        Decision decision = evaluate(personalPost().media(photo("img-1", depiction)));

        assertDecision(decision, Outcome.DENY, C1_2, Verdict.VIOLATION);
        Finding finding = finding(decision, C1_2);
        assertEvidence(finding, new Evidence.MediaEvidence("img-1", depiction, 1.0));
        assertRemedies(finding, Remedy.REMOVE_MEDIA);
        assertEquals(List.of("img-1"), finding.remedies().get(0).media());
        assertTrue(finding.clauseText().contains("crime or accident scene"), finding.clauseText());
    }

    @Test
    void theRemedyIsToRemoveTheMediaNeverToSeekPermission() {
        Finding finding = finding(evaluate(personalPost().media(photo("img-1", Labels.CRIME_SCENE))), C1_2);

        assertTrue(finding.remedies().stream().noneMatch(r -> r.action().equals(Remedy.OBTAIN_PERMISSION)),
                finding.remedies()::toString);
    }

    @Test
    void aTrainingVideoIsAViolation() {
        Decision decision = evaluate(personalPost()
                .media(MediaAsset.builder("vid-1", MediaKind.VIDEO).depicts(Labels.BUREAU_TRAINING).build()));

        assertDecision(decision, Outcome.DENY, C1_2, Verdict.VIOLATION);
    }

    @Test
    void anAccidentSceneDepictedWithConfidence07IsAReview() {
        Decision decision = evaluate(personalPost().media(photoDepicting("img-1", Labels.ACCIDENT_SCENE, 0.7)));

        assertDecision(decision, Outcome.REVIEW, C1_2, Verdict.REVIEW);
        assertRemedies(finding(decision, C1_2), Remedy.REMOVE_MEDIA, Remedy.HUMAN_REVIEW);
    }

    @Test
    void aSceneBelowTheReviewThresholdIsIgnored() {
        assertAllowed(evaluate(personalPost().media(photoDepicting("img-1", Labels.CRIME_SCENE, 0.3))));
    }

    @Test
    void theCeremonyExceptionDoesNotLiftIt() {
        Decision decision = evaluate(personalPost()
                .media(ceremonyPhoto("img-1", Occasion.OTHER_OFFICIAL_CEREMONY, Labels.UNIFORM, Labels.BUREAU_OPERATION)));

        assertDecision(decision, Outcome.DENY, C1_2, Verdict.VIOLATION);
        assertExceptions(decision, C1_1, Exemption.CEREMONY_PHOTO, "img-1");
    }

    @Test
    void aPermissionNamingThisClauseDoesNotLiftIt() {
        Decision decision = evaluate(personalPost()
                .media(photo("img-1", Labels.CRIME_SCENE))
                .approval(chiefsPermission("apr-1", C1_2).media("img-1").build()));

        assertDecision(decision, Outcome.DENY, C1_2, Verdict.VIOLATION);
        assertNoExceptions(decision);
        assertNotEquals(ApprovalStatus.Status.APPLIED, approval(decision, "apr-1").status());
    }

    @Test
    void aTrainingVideoStaysAViolationEvenWithAValid11Permission() {
        Decision decision = evaluate(personalPost()
                .media(MediaAsset.builder("vid-1", MediaKind.VIDEO).depicts(Labels.BUREAU_TRAINING, Labels.UNIFORM)
                        .authorDepicted(true).build())
                .approval(permission("apr-1", DESIGNEE, C1_1).expiresAt(Posts.WEEK_AFTER).build()));

        assertDecision(decision, Outcome.DENY, C1_2, Verdict.VIOLATION);
        assertExceptions(decision, C1_1, Exemption.EXPRESS_PERMISSION, "vid-1");
        assertApplied(decision, "apr-1");
    }

    @Test
    void theChiefOfPoliceAsAuthorDoesNotLiftIt() {
        Decision decision = evaluate(personalPostBy(CHIEF).media(photo("img-1", Labels.ACCIDENT_SCENE)));

        assertDecision(decision, Outcome.DENY, C1_2, Verdict.VIOLATION);
        assertNoExceptions(decision);
    }

    @Test
    void aBareShareOfACrimeScenePhotoIsAViolation() {
        Decision decision = evaluate(bareShareOf(postingWith(photo("sh-1", Labels.CRIME_SCENE))));

        assertDecision(decision, Outcome.DENY, C1_2, Verdict.VIOLATION);
        assertEvidence(finding(decision, C1_2), new Evidence.MediaEvidence("sh-1", Labels.CRIME_SCENE, 1.0));
    }

    @Test
    void aShareOfACrimeScenePhotoWithOwnWordsIsAReview() {
        Decision decision = evaluate(shareWithOwnWordsOf(postingWith(photo("sh-1", Labels.CRIME_SCENE))));

        assertDecision(decision, Outcome.REVIEW, C1_2, Verdict.REVIEW);
    }

    @Test
    void aPhotoShowingBothInsigniaAndAnOperationIsTwoFindings() {
        Decision decision = evaluate(personalPost().media(photo("img-1", Labels.MARKED_VEHICLE, Labels.BUREAU_OPERATION)));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION, C1_2, Verdict.VIOLATION);
    }
}
