package io.github.smpolicy.rules;

import static io.github.smpolicy.rules.Posts.personalPost;
import static io.github.smpolicy.rules.Posts.personalPostRegisteredWith;
import static io.github.smpolicy.rules.Posts.photo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.model.Post;
import org.junit.jupiter.api.Test;

/** An agency that adopts 311.40 reads its findings in its own words, not Portland's. */
class AgencyWordingTest {
    private static final AgencyProfile SHERIFF = AgencyProfile.builder("CCSO", "Cascade County Sheriff's Office")
            .emailDomains("cascadecounty.example")
            .wording(new AgencyWording("Sheriff's Office", "Sheriff", "County")).build();

    private static String message(PolicyEvaluator evaluator, Post post, String clause) {
        Decision d = evaluator.evaluate(post);
        return d.findings().stream().filter(f -> f.clause().equals(clause)).map(Finding::message).findFirst()
                .orElseThrow(() -> new AssertionError("no " + clause + " in " + d.explain()));
    }

    @Test
    void portlandsMessagesKeepTheDirectivesWords() {
        Post badge = personalPost().media(photo("img-1", Labels.BADGE)).build();
        assertEquals("The post shows Bureau insignia or marked property, which needs the Chief of Police's express"
                + " permission.", message(Posts.STANDARD, badge, "311.40-1.1"));
        assertEquals("The account is registered with a Bureau or City email address; personal accounts must use a"
                + " personal address.", message(Posts.STANDARD, personalPostRegisteredWith(Posts.BUREAU_EMAIL)
                        .build(), "311.40-1.9"));
    }

    @Test
    void anotherAgencysMessagesNameItsOfficeItsHeadAndItsGovernment() {
        PolicyEvaluator sheriff = PolicyEvaluator.builder().profile(SHERIFF).build();

        String badge = message(sheriff, personalPost().media(photo("img-1", Labels.BADGE)).build(), "311.40-1.1");
        assertEquals("The post shows Sheriff's Office insignia or marked property, which needs the Sheriff's express"
                + " permission.", badge);
        String email = message(sheriff, personalPostRegisteredWith("dana@cascadecounty.example").build(), "311.40-1.9");
        assertTrue(email.contains("a Sheriff's Office or County email address"), email);
        assertFalse(email.contains("Bureau") || badge.contains("Chief of Police"), badge + " / " + email);
    }

    @Test
    void anAgencyKnownOnlyByItsNameIsNamedByIt() {
        PolicyEvaluator named = PolicyEvaluator.builder().profile(AgencyProfile.builder("CCSO",
                "Cascade County Sheriff's Office").emailDomains("cascadecounty.example").build()).build();

        String badge = message(named, personalPost().media(photo("img-1", Labels.BADGE)).build(), "311.40-1.1");
        assertEquals("The post shows Cascade County Sheriff's Office insignia or marked property, which needs the head"
                + " of the agency's express permission.", badge);
    }

    @Test
    void theWordingIsPartOfThePolicyDigest() {
        Post post = personalPost().build();
        PolicyEvaluator a = PolicyEvaluator.builder().profile(SHERIFF).build();
        PolicyEvaluator b = PolicyEvaluator.builder().profile(SHERIFF.toBuilder()
                .wording(new AgencyWording("Office", "Sheriff", "")).build()).build();
        assertNotEquals(a.evaluate(post).audit().policyDigest(), b.evaluate(post).audit().policyDigest());
    }

    @Test
    void theExplanationNamesTheAgencysHeadInRemediesAndExemptions() {
        PolicyEvaluator sheriff = PolicyEvaluator.builder().profile(SHERIFF).build();
        Decision badge = sheriff.evaluate(personalPost().media(photo("img-1", Labels.BADGE)).build());

        String explained = sheriff.explain(badge);
        assertTrue(explained.contains("obtain express permission from the Sheriff or the Sheriff's designee"), explained);
        assertFalse(explained.contains("Chief of Police"), explained);
        // the decision alone speaks the directive's words
        assertTrue(badge.explain().contains("the Chief of Police or the Chief of Police's designee"), badge.explain());
        assertEquals(badge.explain(), Posts.STANDARD.explain(badge));
    }
}
