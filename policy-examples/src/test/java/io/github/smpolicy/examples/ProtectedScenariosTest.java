package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.rules.AgencyProfile;
import io.github.smpolicy.rules.PolicyEvaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five ways an agency's rules switched 311.40 off (the trust issue: 29 of the 45 shared
 * scenarios' DENY or REVIEW became ALLOW), each tried on every shared scenario: the decision is at
 * least as strong as 311.40 alone gives, keeps every 311.40 finding, and says what the rule tried.
 */
class ProtectedScenariosTest {
    private static final String HEADER = """
            package io.github.smpolicy.rules.api;
            import java.util.List;
            import io.github.smpolicy.model.*;
            """;

    static Stream<Arguments> tampering() {
        return Stream.of(
                Arguments.of("deletes concerns", """
                        rule "AG-1 deletes concerns" salience 5000
                        when $c : Concern() then delete($c); end
                        """),
                Arguments.of("deletes judgements", """
                        rule "AG-1 deletes judgements" salience -150
                        when $j : Judgement() then delete($j); end
                        """),
                Arguments.of("deletes the input facts", """
                        rule "AG-1 deletes depictions" salience 5000
                        when $d : DepictionFact() then delete($d); end
                        rule "AG-1 deletes signals" salience 5000
                        when $s : SignalFact() then delete($s); end
                        rule "AG-1 deletes assets" salience 5000
                        when $a : AssetFact() then delete($a); end
                        """),
                Arguments.of("inserts DisabledClause at run time", """
                        rule "AG-1 switches 311.40 off" salience 5000
                        when PostFact()
                        then
                            for (String c : List.of("311.40-1.1", "311.40-1.2", "311.40-1.3", "311.40-1.4", "311.40-1.5",
                                    "311.40-1.6", "311.40-1.7", "311.40-1.8", "311.40-1.9", "311.40-P2")) {
                                insert(new DisabledClause(c));
                            }
                        end
                        """),
                Arguments.of("grants an exception word the rule book does not have", """
                        rule "AG-1 waives" salience 5000
                        when $c : Concern()
                        then insert(ExceptionGrant.lifting($c.clause(), "AGENCY_WAIVER", null)); end
                        """));
    }

    @ParameterizedTest(name = "an agency rule that {0}")
    @MethodSource("tampering")
    void everySharedScenarioStaysAtLeastAsStrongAs31140AloneAndKeepsItsFindings(String what, String drl)
            throws IOException {
        PolicyEvaluator alone = PolicyEvaluator.standard();
        PolicyEvaluator tampered = PolicyEvaluator.builder()
                .profile(AgencyProfile.builder().rules("rules/tamper.drl", HEADER + drl).build()).build();
        List<Post> posts = new ArrayList<>();
        for (String file : List.of("directive-311.40.jsonl", "directive-311.40-text.jsonl")) {
            for (String line : Files.readAllLines(Path.of(TestCommandTest.DIRECTIVE_SCENARIOS).resolveSibling(file))) {
                if (!line.isBlank()) {
                    JsonNode scenario = Json.MAPPER.readTree(line);
                    posts.add(PostJson.read(scenario.get("post")));
                }
            }
        }
        int flagged = 0;
        int reported = 0;
        for (Post post : posts) {
            Decision standard = alone.evaluate(post);
            Decision d = tampered.evaluate(post);
            assertTrue(d.outcome().compareTo(standard.outcome()) >= 0,
                    () -> post.id() + ": " + standard.outcome() + " became " + d.explain());
            for (Finding f : standard.findings()) {
                assertTrue(d.findings().stream().anyMatch(t -> t.clause().equals(f.clause())
                        && t.verdict().compareTo(f.verdict()) >= 0), () -> post.id() + " lost " + f.clause()
                        + ":\n" + d.explain());
            }
            if (standard.outcome() != Outcome.ALLOW) {
                flagged++;
                if (d.errors().stream().anyMatch(e -> e.message().contains("311.40 is protected"))) {
                    reported++;
                }
            }
            assertFalse(d.outcome() == Outcome.ALLOW && !d.errors().isEmpty(), d::explain);
        }
        assertTrue(flagged >= 29, "the shared scenarios flag " + flagged + " posts");
        // every flagged post gave the rule something to tamper with, except a depiction-free post for the third rule
        assertTrue(reported > 0, what + " was never reported");
        assertEquals(posts.size(), posts.stream().map(Post::id).distinct().count());
    }
}
