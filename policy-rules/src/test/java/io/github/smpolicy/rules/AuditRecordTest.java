package io.github.smpolicy.rules;

import static io.github.smpolicy.rules.Posts.personalPost;
import static io.github.smpolicy.rules.Posts.photo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Audit;
import io.github.smpolicy.model.Label;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.model.Post;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every decision carries digests of the post and of the rules, and when it was made. */
class AuditRecordTest {
    private static final Post POST = personalPost().text("Range day.").media(photo("img-1", Labels.BADGE)).build();

    @Test
    void theSamePostAndRulesGiveTheSameDigests() {
        Audit first = Posts.STANDARD.evaluate(POST).audit();
        Audit again = PolicyEvaluator.standard().evaluate(POST.toBuilder().build()).audit();

        assertEquals(first.postDigest(), again.postDigest());
        assertEquals(first.policyDigest(), again.policyDigest());
        assertTrue(first.postDigest().matches("sha256:[0-9a-f]{64}"), first.postDigest());
    }

    @Test
    void anyChangeToThePostChangesItsDigest() {
        String digest = Posts.STANDARD.evaluate(POST).audit().postDigest();
        List<Post> changed = List.of(
                POST.toBuilder().text("Range day!").build(),
                POST.toBuilder().label(Label.of(Labels.UNION_ACTIVITY, 0.6)).build(),
                POST.toBuilder().replaceMedia(List.of(photo("img-1", Labels.PATCH))).build(),
                POST.toBuilder().account(io.github.smpolicy.model.Account.personal("other@example.com")).build());
        for (Post p : changed) {
            assertNotEquals(digest, Posts.STANDARD.evaluate(p).audit().postDigest(), p::toString);
        }
    }

    @Test
    void anyChangeToTheRulesOrProfileChangesThePolicyDigest() {
        String digest = Posts.STANDARD.evaluate(POST).audit().policyDigest();
        List<PolicyEvaluator> others = List.of(
                PolicyEvaluator.builder().profile(AgencyProfile.builder().thresholds(0.5, 0.95).build()).build(),
                PolicyEvaluator.builder().profile(AgencyProfile.builder().disableClause("311.40-1.9").build()).build(),
                PolicyEvaluator.builder().textAnalysis(false).build(),
                PolicyEvaluator.builder().profile(AgencyProfile.builder()
                        .rules("extra.drl", "package io.github.smpolicy.rules.api;\n").build()).build());
        for (PolicyEvaluator e : others) {
            assertNotEquals(digest, e.evaluate(POST).audit().policyDigest());
        }
    }

    @Test
    void theEvaluationTimeComesFromTheEvaluatorsClock() {
        assertEquals(Posts.CLOCK.instant(), Posts.STANDARD.evaluate(POST).audit().evaluatedAt());
    }
}
