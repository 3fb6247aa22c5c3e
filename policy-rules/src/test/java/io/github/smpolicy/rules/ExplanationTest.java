package io.github.smpolicy.rules;

import static io.github.smpolicy.rules.Posts.C1_1;
import static io.github.smpolicy.rules.Posts.C1_8;
import static io.github.smpolicy.rules.Posts.POSTED_AT;
import static io.github.smpolicy.rules.Posts.SERGEANT;
import static io.github.smpolicy.rules.Posts.bareShareOf;
import static io.github.smpolicy.rules.Posts.ceremonyPhoto;
import static io.github.smpolicy.rules.Posts.chiefsPermission;
import static io.github.smpolicy.rules.Posts.evaluate;
import static io.github.smpolicy.rules.Posts.label;
import static io.github.smpolicy.rules.Posts.permission;
import static io.github.smpolicy.rules.Posts.personalPost;
import static io.github.smpolicy.rules.Posts.photo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Exemption;
import io.github.smpolicy.model.ApprovalStatus;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Label;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.model.MediaAsset;
import io.github.smpolicy.model.MediaKind;
import io.github.smpolicy.model.Occasion;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Remedy;
import io.github.smpolicy.model.SharedContent;
import io.github.smpolicy.model.TextSpan;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decision.explain(): a few plain sentences a member understands, quoting none of their post. */
class ExplanationTest {
    private static final String OWN_TEXT = "Fourteen years in and I still love this work, said the sergeant";
    private static final String SHARED_TEXT = "Saw this downtown this morning and had to pass it on";
    private static final String CAPTION = "Me and the crew outside Central Precinct";

    private static void assertContains(String explanation, String expected) {
        assertTrue(explanation.contains(expected), () -> "expected \"" + expected + "\" in:\n" + explanation);
    }

    @Test
    void itNamesTheClauseAndWhatToDoAboutIt() {
        Decision decision = evaluate(personalPost().text(OWN_TEXT).media(photo("img-1", Labels.BADGE)));

        String explanation = decision.explain();

        assertContains(explanation, "311.40-1.1");
        Finding finding = decision.finding(C1_1).orElseThrow();
        assertContains(explanation, finding.message());
        for (Remedy remedy : finding.remedies()) {
            assertContains(explanation, remedy.describe());
        }
        assertContains(explanation, "obtain express permission from the Chief of Police");
        assertContains(explanation, "img-1");
    }

    @Test
    void itSaysWhetherThePostMayBePublished() {
        assertTrue(evaluate(personalPost()).explain().startsWith("Post p-1 may be published"));
        assertTrue(evaluate(personalPost().label(Label.of(Labels.DISCREDITS_BUREAU))).explain()
                .startsWith("Post p-1 needs a reviewer's decision"));
        assertTrue(evaluate(personalPost().media(photo("img-1", Labels.BADGE))).explain()
                .startsWith("Post p-1 breaches the directive"));
    }

    @Test
    void itNamesTheExceptionThatCounted() {
        Decision decision = evaluate(personalPost().text(OWN_TEXT)
                .media(ceremonyPhoto("img-1", Occasion.PROMOTION, Labels.UNIFORM, Labels.MARKED_VEHICLE)));

        String explanation = decision.explain();

        assertEquals(Outcome.ALLOW, decision.outcome());
        assertContains(explanation, Exemption.CEREMONY_PHOTO);
        assertContains(explanation, "photograph of you in uniform at an official ceremony");
    }

    @Test
    void itSaysWhyARejectedApprovalDidNotCount() {
        Decision decision = evaluate(personalPost().text(OWN_TEXT).media(photo("img-1", Labels.BADGE))
                .approval(chiefsPermission("apr-expired", C1_1).expiresAt(POSTED_AT.minus(Duration.ofDays(1))).build())
                .approval(permission("apr-sergeant", SERGEANT, C1_1).build())
                .approval(chiefsPermission("apr-other-photo", C1_1).media("img-9").build()));

        String explanation = decision.explain();

        assertContains(explanation, "apr-expired did not count: it had expired when the post was made");
        assertContains(explanation, "apr-sergeant did not count: whoever granted it may not grant");
        assertContains(explanation, "apr-other-photo did not count: it does not cover what needed permission");
        decision.approvals().forEach(a -> assertEquals(ApprovalStatus.Status.REJECTED, a.status()));
    }

    @Test
    void itSaysWhichApprovalCountedAndWhichWasNotNeeded() {
        Decision decision = evaluate(personalPost().text(OWN_TEXT)
                .label(Label.of(Labels.REPRESENTS_AGENCY_VIEWS))
                .approval(chiefsPermission("apr-1", C1_8).build())
                .approval(chiefsPermission("apr-2", C1_8).build()));

        String explanation = decision.explain();

        assertContains(explanation, "apr-1 counted");
        assertContains(explanation, "apr-2 is valid but nothing in the post needed it");
        assertContains(explanation, Exemption.EXPRESS_PERMISSION);
    }

    @Test
    void itDoesNotQuoteThePostSharedContentOrCaptions() {
        Decision decision = evaluate(bareShareOf(new SharedContent(SHARED_TEXT,
                List.of(label(Labels.THREAT_OF_VIOLENCE, 0.95)),
                List.of(MediaAsset.builder("sh-1", MediaKind.PHOTO).depicts(Labels.MARKED_VEHICLE).caption(CAPTION)
                        .build())))
                .label(label(Labels.COMPLAINT, 0.7)));

        String explanation = decision.explain();

        assertEquals(Outcome.DENY, decision.outcome(), explanation);
        assertFalse(explanation.contains(SHARED_TEXT), explanation);
        assertFalse(explanation.contains("downtown"), explanation);
        assertFalse(explanation.contains(CAPTION), explanation);
        assertFalse(explanation.contains("Central Precinct"), explanation);
    }

    @Test
    void itDoesNotQuoteThePostsOwnText() {
        Decision decision = evaluate(personalPost().text(OWN_TEXT)
                .label(label(Labels.THREAT_OF_VIOLENCE, 0.95)).media(photo("img-1", Labels.BADGE)));

        String explanation = decision.explain();

        assertFalse(explanation.contains(OWN_TEXT), explanation);
        assertFalse(explanation.contains("Fourteen years"), explanation);
    }

    @Test
    void itQuotesOnlyTheWordsMatchedAsEvidence() {
        String text = "Bring the zorblat to the picnic on Sunday, said the sergeant";
        PolicyEvaluator withAnalyser = PolicyEvaluator.builder().analyser((t, where) -> {
            int at = t.indexOf("zorblat");
            return at < 0 ? List.of() : List.of(new ContentSignal(Labels.THREAT_OF_VIOLENCE, 0.95,
                    new TextSpan(at, at + "zorblat".length(), "zorblat", where)));
        }).build();

        String explanation = withAnalyser.evaluate(personalPost().text(text).build()).explain();

        assertContains(explanation, "\"zorblat\"");
        assertFalse(explanation.contains("picnic"), explanation);
        assertFalse(explanation.contains(text), explanation);
    }

    @Test
    void itSaysAnErrorKeepsThePostFromBeingAllowed() {
        Decision decision = evaluate(personalPost().label(Label.of("ALIEN_INVASION")));

        String explanation = decision.explain();

        assertContains(explanation, "ALIEN_INVASION");
        assertContains(explanation, "cannot be allowed without a person's review");
    }
}
