package io.github.smpolicy.rules;

import static io.github.smpolicy.rules.Posts.personalPost;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.TextSpan;
import io.github.smpolicy.rules.text.TextAnalyser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code policyDigest} covers everything that decides and nothing else (issue 11, finding 6): every
 * analyser in force by its id and version, and every rule file by its content, whatever its path was
 * called.
 */
class PolicyDigestTest {
    private static final Post POST = personalPost().text("Range day with the zorblat team.").build();
    private static final String DRL = """
            package io.github.smpolicy.rules.api;
            import io.github.smpolicy.model.Evidence;
            import io.github.smpolicy.model.Verdict;
            import java.util.List;
            rule "agency: nothing on Sundays"
            when
                PostFact( id == "never" )
            then
                insert(new Concern("311.40-1.4", drools.getRule().getName(), "Never.", 1.0, Verdict.REVIEW,
                    new Evidence.AccountEvidence("use"), null, List.of()));
            end
            """;

    /** An analyser that calls "zorblat" a threat: it decides, so it must be in the digest. */
    private record Zorblats(String version) implements ContentAnalyser {
        @Override
        public List<ContentSignal> analyse(String text, String where) {
            int at = text.indexOf("zorblat");
            return at < 0 ? List.of() : List.of(new ContentSignal(Labels.THREAT_OF_VIOLENCE, 0.99,
                    new TextSpan(at, at + 7, "zorblat", where)));
        }

        @Override
        public String id() {
            return "test: zorblats";
        }
    }

    private static Decision decide(PolicyEvaluator.Builder builder) {
        return builder.build().evaluate(POST);
    }

    @Test
    void anAnalyserAddedThroughTheBuilderChangesTheDigest() {
        Decision without = decide(PolicyEvaluator.builder());
        Decision with = decide(PolicyEvaluator.builder().analyser(new Zorblats("1")));

        assertEquals(Outcome.ALLOW, without.outcome());
        assertEquals(Outcome.DENY, with.outcome());
        assertEquals(without.audit().postDigest(), with.audit().postDigest());
        assertNotEquals(without.audit().policyDigest(), with.audit().policyDigest());
    }

    @Test
    void anAnalysersIdAndVersionAreBothInTheDigest() {
        String v1 = decide(PolicyEvaluator.builder().analyser(new Zorblats("1"))).audit().policyDigest();

        assertEquals(v1, decide(PolicyEvaluator.builder().analyser(new Zorblats("1"))).audit().policyDigest());
        assertNotEquals(v1, decide(PolicyEvaluator.builder().analyser(new Zorblats("2"))).audit().policyDigest());
        ContentAnalyser otherId = new ContentAnalyser() {
            @Override
            public List<ContentSignal> analyse(String text, String where) {
                return List.of();
            }

            @Override
            public String id() {
                return "test: another";
            }

            @Override
            public String version() {
                return "1";
            }
        };
        assertNotEquals(v1, decide(PolicyEvaluator.builder().analyser(otherId)).audit().policyDigest());
    }

    @Test
    void anAnalyserThatDoesNotSayIsNamedByItsClassAndUnversioned() {
        ContentAnalyser lambda = (text, where) -> List.of();

        assertFalse(lambda.id().contains("/"), lambda.id());
        assertTrue(lambda.id().startsWith(PolicyDigestTest.class.getName()), lambda.id());
        assertEquals(ContentAnalyser.UNVERSIONED, lambda.version());
        ContentAnalyser anonymous = new ContentAnalyser() {
            @Override
            public List<ContentSignal> analyse(String text, String where) {
                return List.of();
            }
        };
        assertEquals(anonymous.getClass().getName(), anonymous.id());
    }

    @Test
    void theTextAnalysersVersionFollowsItsLexicon() {
        TextAnalyser standard = TextAnalyser.standard();
        TextAnalyser withEntry = TextAnalyser.forProfile(AgencyProfile.builder()
                .lexicon(Labels.THREAT_OF_VIOLENCE, "zorblat", 0.99).build());
        TextAnalyser otherNames = TextAnalyser.forProfile(AgencyProfile.builder()
                .agency("MCSO", "Multnomah County Sheriff's Office").emailDomains("mcso.us").build());

        assertEquals(TextAnalyser.class.getName(), standard.id());
        assertTrue(standard.version().matches("sha256:[0-9a-f]{64}"), standard.version());
        assertEquals(standard.version(), TextAnalyser.forProfile(AgencyProfile.portland()).version());
        assertNotEquals(standard.version(), withEntry.version());
        assertNotEquals(standard.version(), otherNames.version());
    }

    @Test
    void aRuleFileIsDigestedByItsContentWhateverItsPathWasCalled() {
        List<String> names = List.of("rules/sundays.drl", "./rules/sundays.drl", "/srv/agency/rules/sundays.drl",
                "C:\\agency\\rules\\sundays.drl");
        String first = null;
        for (String name : names) {
            String digest = decide(PolicyEvaluator.builder().profile(AgencyProfile.builder().rules(name, DRL).build()))
                    .audit().policyDigest();
            if (first == null) {
                first = digest;
            }
            assertEquals(first, digest, name);
        }
        String changed = decide(PolicyEvaluator.builder().profile(AgencyProfile.builder()
                .rules("rules/sundays.drl", DRL.replace("Never.", "Never!")).build())).audit().policyDigest();
        assertNotEquals(first, changed);
    }
}
