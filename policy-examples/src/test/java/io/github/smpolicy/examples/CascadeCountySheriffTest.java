package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Clause;
import io.github.smpolicy.rules.PolicyEvaluator;
import io.github.smpolicy.rules.RuleTrace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Cascade County Sheriff's Office: the second agency, held to its scenarios the way an agency's own test would. */
class CascadeCountySheriffTest {
    static final Path AGENCY = Path.of("agencies/cascade-county");
    static final Path SCENARIOS = AGENCY.resolve("scenarios.jsonl");
    private static final List<String> OWN_CLAUSES = List.of("CCSO-4.1", "CCSO-4.2", "CCSO-4.3", "CCSO-4.4");

    @Test
    void everyScenarioOfTheSheriffsOfficeGetsTheDecisionItExpects() throws IOException {
        List<ScenarioRunner.Result> results = new ScenarioRunner().run(SCENARIOS);

        assertTrue(results.size() >= 12, "only " + results.size() + " scenarios");
        List<String> failed = results.stream().filter(r -> !r.passed()).map(ScenarioRunner.Result::describe).toList();
        assertTrue(failed.isEmpty(), () -> failed.size() + " of " + results.size() + " scenarios failed:\n  "
                + String.join("\n  ", failed));
    }

    @Test
    void theScenariosExerciseEveryClauseAndEveryExceptionOfTheSheriffsOwnDirective() throws IOException {
        ScenarioRunner runner = new ScenarioRunner();
        runner.run(SCENARIOS);

        List<Coverage> coverage = runner.coverage();
        assertEquals(1, coverage.size(), "every scenario names the same profile, so one evaluator");
        Coverage sheriff = coverage.get(0);
        assertEquals("311.40+CCSO", sheriff.policy());
        for (String id : OWN_CLAUSES) {
            Coverage.ClauseCoverage clause = sheriff.clause(id).orElseThrow();
            assertTrue(clause.exercised(), id + " is never exercised");
            assertFalse(clause.rules().isEmpty(), id + " has no rule");
            clause.exceptions().forEach(e -> assertTrue(e.exercised(), id + "/" + e.exception() + " is never exercised"));
        }
        assertTrue(sheriff.clause("CCSO-4.1").orElseThrow().exception("OFFICIAL_RELEASE").orElseThrow().exercised());
        assertEquals(List.of("COLLEAGUE_CONSENT", "UNION_ACTIVITY"), sheriff.clause("CCSO-4.2").orElseThrow()
                .exceptions().stream().map(Coverage.ExceptionCoverage::exception).toList());
        assertTrue(sheriff.clause("311.40-1.9").orElseThrow().exercised(), "311.40 still applies under the sheriff");
        assertTrue(sheriff.neverExercised().stream().noneMatch(gap -> gap.startsWith("CCSO-")), sheriff::table);
    }

    @Test
    void theCoverageTableOfTheSheriffsScenariosMarksEveryCcsoClauseExercised() {
        Run run = Run.policyCheck("test", "--coverage", SCENARIOS.toString());

        assertEquals(0, run.status(), run::toString);
        List<String> lines = run.lines();
        assertTrue(lines.get(lines.size() - 1).matches("[1-9][0-9]* passed, 0 failed"), run::toString);
        assertTrue(lines.contains("Coverage of policy 311.40+CCSO (Cascade County Sheriff's Office) by "
                + (lines.get(lines.size() - 1).split(" ")[0]) + " scenarios"), run::toString);
        for (String id : OWN_CLAUSES) {
            assertTrue(lines.stream().anyMatch(l -> l.matches(Pattern.quote(id) + " +[1-9][0-9]*  .+")),
                    () -> id + " has no row with a scenario count\n" + run);
        }
        assertTrue(lines.contains(" ".repeat(23) + "exception COLLEAGUE_CONSENT: exercised by 1 scenario"), run::toString);
        String never = run.out().substring(run.out().indexOf("Never exercised by any scenario"));
        assertFalse(never.contains("CCSO-"), run::toString);
    }

    @Test
    void theProfileQuotesTheDirectiveWordForWord() throws IOException {
        Map<String, String> directive = new LinkedHashMap<>();
        Matcher clause = Pattern.compile("(?m)^4\\.([1-4])\\. (.+)$")
                .matcher(Files.readString(AGENCY.resolve("directive-ccso.md")));
        while (clause.find()) {
            directive.put("CCSO-4." + clause.group(1), clause.group(2).strip());
        }
        Map<String, String> profile = new LinkedHashMap<>();
        for (Clause c : ProfileJson.read(AGENCY.resolve("profile.json")).clauses()) {
            profile.put(c.id(), c.text());
        }

        assertEquals(directive, profile);
        assertEquals(OWN_CLAUSES, List.copyOf(profile.keySet()));
    }

    @Test
    void eachRuleFileIsNamedAfterItsClauseAndEachOfItsRulesStartsWithTheClauseId() {
        PolicyEvaluator sheriff = new AgencySetup(AGENCY.resolve("profile.json"), List.of()).build();

        List<RuleTrace> own = sheriff.traceability().stream().filter(t -> t.file().contains("cascade-county")).toList();
        assertEquals(OWN_CLAUSES, own.stream().map(t -> fileClause(t.file())).distinct().toList());
        for (RuleTrace rule : own) {
            String clause = fileClause(rule.file());
            assertTrue(rule.rule().startsWith(clause + " "), rule::toString);
            assertTrue(rule.clauses().stream().allMatch(clause::equals), rule::toString);
            assertTrue(rule.exceptions().stream().allMatch(e -> e.startsWith(clause + "/")), rule::toString);
        }
    }

    private static String fileClause(String file) {
        return Path.of(file).getFileName().toString().replaceFirst("\\.drl$", "");
    }
}
