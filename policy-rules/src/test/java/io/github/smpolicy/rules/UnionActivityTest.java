package io.github.smpolicy.rules;

import static io.github.smpolicy.rules.DecisionAssertions.assertAllowed;
import static io.github.smpolicy.rules.DecisionAssertions.assertDecision;
import static io.github.smpolicy.rules.DecisionAssertions.assertExceptions;
import static io.github.smpolicy.rules.DecisionAssertions.assertNoExceptions;
import static io.github.smpolicy.rules.DecisionAssertions.assertRemedies;
import static io.github.smpolicy.rules.DecisionAssertions.finding;
import static io.github.smpolicy.rules.Posts.C1_1;
import static io.github.smpolicy.rules.Posts.C1_2;
import static io.github.smpolicy.rules.Posts.C1_4;
import static io.github.smpolicy.rules.Posts.C1_6;
import static io.github.smpolicy.rules.Posts.C1_9;
import static io.github.smpolicy.rules.Posts.P2;
import static io.github.smpolicy.rules.Posts.evaluate;
import static io.github.smpolicy.rules.Posts.label;
import static io.github.smpolicy.rules.Posts.personalPost;
import static io.github.smpolicy.rules.Posts.photo;
import static io.github.smpolicy.rules.Posts.photoDepicting;
import static io.github.smpolicy.rules.Posts.workplacePost;

import io.github.smpolicy.model.Account;
import io.github.smpolicy.model.Exemption;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Label;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.model.MediaAsset;
import io.github.smpolicy.model.MediaKind;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Remedy;
import io.github.smpolicy.model.SharedContent;
import io.github.smpolicy.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 311.40-P3: communications that constitute protected union activity are not restricted; whether
 * they are protected is a legal determination, so a violation becomes a review.
 */
class UnionActivityTest {
    private static final Label UNION = Label.of(Labels.UNION_ACTIVITY);

    private static Post.Builder unionRally() {
        return personalPost().text("See everyone Thursday at five.");
    }

    @Test
    void aUnionActivityLabelTurnsTheBadgeViolationIntoAReview() {
        Decision decision = evaluate(unionRally().label(UNION)
                .media(MediaAsset.builder("img-1", MediaKind.IMAGE).depicts(Labels.BADGE, Labels.PATCH).build()));

        assertDecision(decision, Outcome.REVIEW, C1_1, Verdict.REVIEW);
        assertExceptions(decision, C1_1, Exemption.UNION_ACTIVITY, null);
        assertRemedies(finding(decision, C1_1), Remedy.OBTAIN_PERMISSION, Remedy.REMOVE_MEDIA, Remedy.HUMAN_REVIEW);
    }

    @Test
    void aUnionActivityLabelDoesNotSoftenTheRegistrationViolation() {
        Decision decision = evaluate(unionRally().account(Account.personal("dana@portlandoregon.gov"))
                .label(UNION).media(photo("img-1", Labels.MARKED_VEHICLE)));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.REVIEW, C1_9, Verdict.VIOLATION);
        assertExceptions(decision, C1_1, Exemption.UNION_ACTIVITY, null);
    }

    @Test
    void aUnionRallyPostWithNothingElseInItIsAllowed() {
        Decision decision = evaluate(personalPost().text("Proud to stand with my PPA brothers and sisters at the "
                + "bargaining rally today. Fair contract now!")
                .label(new Label(Labels.UNION_ACTIVITY, 0.8, "labor-relations")));

        assertAllowed(decision);
        assertNoExceptions(decision);
    }

    @Test
    void aUnionLabelBelowTheReviewThresholdHasNoEffect() {
        Decision decision = evaluate(unionRally().label(label(Labels.UNION_ACTIVITY, 0.3))
                .media(photo("img-1", Labels.BADGE)));

        assertDecision(decision, Outcome.DENY, C1_1, Verdict.VIOLATION);
        assertNoExceptions(decision);
    }

    @Test
    void aUnionLabelAtTheReviewThresholdSoftens() {
        Decision decision = evaluate(unionRally().label(label(Labels.UNION_ACTIVITY, 0.5))
                .media(photo("img-1", Labels.BADGE)));

        assertDecision(decision, Outcome.REVIEW, C1_1, Verdict.REVIEW);
        assertExceptions(decision, C1_1, Exemption.UNION_ACTIVITY, null);
    }

    @Test
    void theExceptionIsRecordedOnlyUnderClausesItSoftened() {
        // 1.2 was only a review anyway and 1.4 is always a review: nothing to soften there
        Decision decision = evaluate(unionRally().label(UNION)
                .label(Label.of(Labels.DISCREDITS_BUREAU))
                .label(label(Labels.THREAT_OF_VIOLENCE, 0.95))
                .media(photo("img-1", Labels.BADGE))
                .media(photoDepicting("img-2", Labels.BUREAU_OPERATION, 0.7)));

        assertDecision(decision, Outcome.REVIEW, C1_1, Verdict.REVIEW, C1_2, Verdict.REVIEW, C1_4, Verdict.REVIEW,
                C1_6, Verdict.REVIEW);
        assertExceptions(decision, C1_1, Exemption.UNION_ACTIVITY, null,
                C1_6, Exemption.UNION_ACTIVITY, null);
    }

    @Test
    void aUnionLabelWithOnlyReviewsRecordsNoException() {
        Decision decision = evaluate(unionRally().label(UNION).media(photoDepicting("img-1", Labels.BADGE, 0.7)));

        assertDecision(decision, Outcome.REVIEW, C1_1, Verdict.REVIEW);
        assertNoExceptions(decision);
    }

    @Test
    void severalViolationsOfOneClauseRecordTheExceptionOnce() {
        Decision decision = evaluate(unionRally().label(UNION)
                .media(photo("img-1", Labels.BADGE)).media(photo("img-2", Labels.LOGO)));

        assertDecision(decision, Outcome.REVIEW, C1_1, Verdict.REVIEW);
        assertExceptions(decision, C1_1, Exemption.UNION_ACTIVITY, null);
    }

    @Test
    void aUnionActivityLabelSoftensAWorkplaceViolationToo() {
        // every violation other than 1.9 becomes a review
        Decision decision = evaluate(workplacePost().label(UNION));

        assertDecision(decision, Outcome.REVIEW, P2, Verdict.REVIEW);
        assertExceptions(decision, P2, Exemption.UNION_ACTIVITY, null);
    }

    @Test
    void aUnionLabelOnTheSharedPostingOfABareShareCountsAsTheMembersOwn() {
        Decision decision = evaluate(Posts.bareShareOf(new SharedContent("Rally at City Hall Thursday.",
                List.of(UNION), List.of(photo("sh-1", Labels.PATCH)))));

        assertDecision(decision, Outcome.REVIEW, C1_1, Verdict.REVIEW);
        assertExceptions(decision, C1_1, Exemption.UNION_ACTIVITY, null);
    }
    @Test
    void aUnionLabelOnlyOnThePostingCommentedOnDoesNotSoftenTheMembersOwnThreat() {
        Decision decision = evaluate(Posts.commentOn(new SharedContent("PPA bargaining rally tonight.",
                List.of(UNION), List.of())).text("Anyone who crosses the line tonight gets hurt.")
                .label(Label.of(Labels.THREAT_OF_VIOLENCE)));

        assertDecision(decision, Outcome.DENY, C1_6, Verdict.VIOLATION);
        assertNoExceptions(decision);
    }
}
