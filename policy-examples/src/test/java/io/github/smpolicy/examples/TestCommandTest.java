package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Clause;
import io.github.smpolicy.rules.ClauseCatalogue;
import io.github.smpolicy.rules.PolicyEvaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {
    static final String DIRECTIVE_SCENARIOS = "src/test/resources/scenarios/directive-311.40.jsonl";

    private static final String HOLIDAY_POST = "{\"id\": \"t-1\", \"postedAt\": \"2026-03-01T18:20:00Z\", "
            + "\"author\": {\"id\": \"m-1\"}, \"account\": {\"registrationEmail\": \"m1@example.com\"}, "
            + "\"media\": [{\"id\": \"img-1\", \"kind\": \"PHOTO\"}]}";

    @TempDir
    Path dir;

    private static String scenario(String name, String post, String expect) {
        return "{\"name\": \"" + name + "\", \"post\": " + post + ", \"expect\": " + expect + "}";
    }

    private static String lastLine(Run run) {
        List<String> lines = run.lines();
        return lines.get(lines.size() - 1);
    }

    @Test
    void theDirectiveScenarioFilePasses() {
        Run run = Run.policyCheck("test", DIRECTIVE_SCENARIOS);

        assertEquals(0, run.status(), run::toString);
        assertTrue(lastLine(run).matches("[1-9][0-9]* passed, 0 failed"), run::toString);
    }

    @Test
    void theDirectiveScenarioFilePassesWithTheSemanticAnalyser() {
        Run run = Run.policyCheck("test", "--semantic", DIRECTIVE_SCENARIOS);

        assertEquals(0, run.status(), run::toString);
        assertTrue(lastLine(run).matches("[1-9][0-9]* passed, 0 failed"), run::toString);
    }

    @Test
    void aScenarioWithAWrongExpectationFailsByNameSayingWhatDiffered() throws IOException {
        Path file = Files.write(dir.resolve("wrong.jsonl"), List.of(
                scenario("holiday photo is allowed", HOLIDAY_POST, "{\"outcome\": \"ALLOW\", \"clauses\": {}}"),
                scenario("holiday photo is wrongly expected to be denied", HOLIDAY_POST,
                        "{\"outcome\": \"DENY\", \"clauses\": {\"311.40-1.1\": \"VIOLATION\"}}")));

        Run run = Run.policyCheck("test", file.toString());

        assertEquals(1, run.status(), run::toString);
        assertEquals(List.of("FAIL holiday photo is wrongly expected to be denied (wrong.jsonl:2): "
                + "outcome: expected DENY, got ALLOW; 311.40-1.1: expected VIOLATION, got no finding",
                "1 passed, 1 failed"), run.lines());
    }

    @Test
    void aFindingForAClauseTheScenarioDoesNotNameFailsIt() throws IOException {
        String badgePost = HOLIDAY_POST.replace("\"kind\": \"PHOTO\"", "\"kind\": \"PHOTO\", \"depicts\": [\"BADGE\"]");
        Path file = Files.write(dir.resolve("unnamed.jsonl"), List.of(
                scenario("badge photo with only its outcome expected", badgePost,
                        "{\"outcome\": [\"REVIEW\", \"DENY\"], \"clauses\": {}}")));

        Run run = Run.policyCheck("test", file.toString());

        assertEquals(1, run.status(), run::toString);
        assertTrue(run.out().contains("311.40-1.1: expected no finding, got VIOLATION"), run::toString);
    }

    @Test
    void aScenarioIsEvaluatedUnderTheAgencyProfileItNamesRelativeToItsFile() throws IOException {
        Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(dir.resolve("profiles/ccso.json"),
                "{\"agency\": {\"emailDomains\": [\"example.com\"]}}");
        Path file = Files.write(dir.resolve("ccso.jsonl"), List.of(
                "{\"name\": \"an address of the agency's own domain is a 1.9 violation\", "
                        + "\"agency\": \"profiles/ccso.json\", \"post\": " + HOLIDAY_POST + ", "
                        + "\"expect\": {\"outcome\": \"DENY\", \"clauses\": {\"311.40-1.9\": \"VIOLATION\"}}}"));

        Run run = Run.policyCheck("test", file.toString());

        assertEquals(0, run.status(), run::toString);
        assertEquals("1 passed, 0 failed", lastLine(run));
    }

    @Test
    void anUnreadableScenarioFileExitsWithTwo() {
        Run run = Run.policyCheck("test", dir.resolve("missing.jsonl").toString());

        assertEquals(2, run.status(), run::toString);
        assertTrue(run.err().contains("cannot read"), run::toString);
    }

    // A label the standard rules know, for a test agency's rule to match.
    private static final String COURT_CASE_POST = HOLIDAY_POST.replace("\"media\"", "\"labels\": [\"COURT_CASE\"], \"media\"");

    private static final String TEST_RULES = """
            package io.github.smpolicy.rules.api;

            import java.util.List;
            import io.github.smpolicy.model.Verdict;

            rule "TST-1 a post about a court case"
            when
                $s : SignalFact( name == "COURT_CASE" )
            then
                insert(new Concern("TST-1", drools.getRule().getName(), "A court case.",
                    $s.getConfidence(), Verdict.VIOLATION, $s.getEvidence(), null, List.of()));
            end
            """;

    private static final String TEST_PROFILE = """
            {"agency": {"id": "TST", "name": "Test Agency", "emailDomains": ["test-agency.example"]},
             "clauses": [{"id": "TST-1", "title": "Court cases", "text": "Members shall not post about court cases."}]}
            """;

    private static int row(List<String> lines, String clause) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(clause + " ")) {
                return i;
            }
        }
        throw new AssertionError("no row for " + clause + " in\n" + String.join("\n", lines));
    }

    @Test
    void coverageOfTheDirectiveScenariosListsEveryClauseAndMarksTheExercisedExceptions() {
        Run run = Run.policyCheck("test", "--coverage", DIRECTIVE_SCENARIOS);

        assertEquals(0, run.status(), run::toString);
        List<String> lines = run.lines();
        assertTrue(lastLine(run).matches("[1-9][0-9]* passed, 0 failed"), run::toString);
        assertTrue(lines.get(1).startsWith("Coverage of policy 311.40 (Portland Police Bureau) by "), run::toString);
        assertEquals("CLAUSE      SCENARIOS  TITLE; RULES; EXCEPTIONS", lines.get(2));
        for (Clause clause : ClauseCatalogue.directive31140().all()) {
            assertTrue(lines.get(row(lines, clause.id())).endsWith("  " + clause.title()), run::toString);
        }
        for (String context : List.of("311.40-P1", "311.40-P3", "311.40-P4")) {
            assertEquals(context + "           -  " + ClauseCatalogue.directive31140().find(context).orElseThrow().title(),
                    lines.get(row(lines, context)));
            assertEquals(" ".repeat(23) + "no rule (context)", lines.get(row(lines, context) + 1));
        }
        int insignia = row(lines, "311.40-1.1");
        assertTrue(lines.get(insignia).matches("311\\.40-1\\.1 +[1-9][0-9]*  Bureau insignia and marked property"),
                run::toString);
        List<String> insigniaDetail = lines.subList(insignia + 1, row(lines, "311.40-1.2"));
        assertTrue(insigniaDetail.get(0).matches(" {23}rule \"311\\.40-1\\.1 an asset depicts Bureau insignia or marked "
                + "property\" \\(311\\.40-1\\.1\\.drl:[1-9][0-9]*\\)"), run::toString);
        for (String exception : List.of("CEREMONY_PHOTO", "EXPRESS_PERMISSION", "CHIEF_OF_POLICE_AUTHOR", "UNION_ACTIVITY")) {
            assertTrue(insigniaDetail.stream().anyMatch(l -> l.matches(" {23}exception " + exception
                    + ": exercised by [1-9][0-9]* scenarios?")), () -> exception + " not exercised under 1.1\n" + run);
        }
        // 311.40-1.9 is never softened by union activity, so no UNION_ACTIVITY row can appear under it
        int email = row(lines, "311.40-1.9");
        assertFalse(lines.get(email + 2).contains("UNION_ACTIVITY"), run::toString);
        int never = lines.indexOf("Never exercised by any scenario (1):");
        assertTrue(never > email, run::toString);
        assertEquals("  311.40-1.8/CHIEF_OF_POLICE_AUTHOR  (no scenario applied this exception)", lines.get(never + 1));
    }

    @Test
    void theSummaryStaysTheLastLineAfterFailuresAndTheCoverageTable() throws IOException {
        Path file = Files.write(dir.resolve("wrong.jsonl"), List.of(
                scenario("holiday photo is wrongly expected to be denied", HOLIDAY_POST, "{\"outcome\": \"DENY\"}")));

        Run run = Run.policyCheck("test", "--coverage", file.toString());

        assertEquals(1, run.status(), run::toString);
        List<String> lines = run.lines();
        assertTrue(lines.get(0).startsWith("FAIL holiday photo is wrongly expected to be denied"), run::toString);
        assertTrue(lines.contains("Coverage of policy 311.40 (Portland Police Bureau) by 1 scenario"), run::toString);
        assertTrue(lines.contains("Never exercised by any scenario (16):"), run::toString);
        assertEquals("0 passed, 1 failed", lastLine(run));
    }

    @Test
    void agencyAndRulesApplyToScenariosWithoutAnAgencyWhileAScenariosOwnAgencyWins() throws IOException {
        Path profile = Files.writeString(dir.resolve("test-agency.json"), TEST_PROFILE);
        Path rules = Files.writeString(dir.resolve("TST-1.drl"), TEST_RULES);
        Files.writeString(dir.resolve("own.json"), "{\"agency\": {\"id\": \"OWN\", \"name\": \"Own Agency\", \"emailDomains\": [\"own.example\"]}}");
        Path file = Files.write(dir.resolve("mixed.jsonl"), List.of(
                scenario("the command line's agency and rules decide", COURT_CASE_POST,
                        "{\"outcome\": \"DENY\", \"clauses\": {\"TST-1\": \"VIOLATION\", \"311.40-1.5\": \"VIOLATION\"}}"),
                scenario("the scenario's own agency decides", COURT_CASE_POST,
                        "{\"outcome\": \"DENY\", \"clauses\": {\"311.40-1.5\": \"VIOLATION\"}}")
                        .replace("{\"name\"", "{\"agency\": \"own.json\", \"name\"")));

        Run run = Run.policyCheck("test", "--agency", profile.toString(), "--rules", rules.toString(), "--coverage",
                file.toString());

        assertEquals(0, run.status(), run::toString);
        assertEquals("2 passed, 0 failed", lastLine(run));
        assertTrue(run.lines().contains("Coverage of policy 311.40+TST (Test Agency) by 1 scenario"), run::toString);
        assertTrue(run.lines().contains("Coverage of policy 311.40 (Own Agency) by 1 scenario"), run::toString);
        assertTrue(run.lines().stream().anyMatch(l -> l.matches("TST-1 +1  Court cases")), run::toString);
    }

    @Test
    void aRuleThatSpinsInPlainJavaFailsItsScenarioAfterTheDeadlineAndTheRunGoesOn() throws IOException {
        String property = "smpolicy.test.stop-spinning." + System.nanoTime();
        Path spin = Files.writeString(dir.resolve("spin.drl"), """
                package io.github.smpolicy.rules.api;
                rule "AG-9 spins for one post"
                when
                    PostFact( id == "a311-02" )
                then
                    while (!Boolean.getBoolean("%s")) { }
                end
                """.formatted(property));
        try {
            long start = System.nanoTime();
            Run run = Run.policyCheck("test", "--rules", spin.toString(), DIRECTIVE_SCENARIOS);

            assertEquals(1, run.status(), run::toString);
            assertTrue(run.toString().contains("did not finish within " + ScenarioRunner.POST_TIMEOUT.toMillis()
                    + " ms"), run::toString);
            assertTrue(lastLine(run).matches("[1-9][0-9]* passed, 1 failed"), run::toString);
            assertTrue(System.nanoTime() - start < ScenarioRunner.POST_TIMEOUT.multipliedBy(3).toNanos(), "took too long");
        } finally {
            System.setProperty(property, "true"); // let the abandoned thread end
        }
    }

    @Test
    void aBrokenRuleFileGivenWithRulesExitsWithTwoBeforeAnyScenarioRuns() throws IOException {
        Path rules = Files.writeString(dir.resolve("TST-1.drl"), TEST_RULES);

        Run run = Run.policyCheck("test", "--rules", rules.toString(), DIRECTIVE_SCENARIOS);

        assertEquals(2, run.status(), run::toString);
        assertEquals("", run.out());
        assertTrue(run.err().contains("  " + rules + ":10: rule \"TST-1 a post about a court case\" cites clause TST-1, "
                + "which no catalogue defines"), run::toString);
    }

    @Test
    void aScenarioWhoseAgencyCannotBeBuiltStopsTheRunWithTwoNamingTheScenarioAndEveryProblem() throws IOException {
        Files.writeString(dir.resolve("TST-1.drl"), TEST_RULES.replace("$s : SignalFact( name == \"COURT_CASE\" )",
                "$s : SignalFact( name == )"));
        Files.writeString(dir.resolve("broken.json"), "{\"rules\": [\"TST-1.drl\"]}");
        Path file = Files.write(dir.resolve("broken.jsonl"), List.of(
                scenario("first", HOLIDAY_POST, "{\"outcome\": \"ALLOW\"}"),
                scenario("second", HOLIDAY_POST, "{\"outcome\": \"ALLOW\"}").replace("{\"name\"",
                        "{\"agency\": \"broken.json\", \"name\"")));

        Run run = Run.policyCheck("test", file.toString());

        assertEquals(2, run.status(), run::toString);
        assertTrue(run.err().startsWith("policy-check: " + file + ":2: the rules could not be built for "
                + dir.resolve("broken.json")), run::toString);
        assertTrue(run.err().contains("  " + dir.resolve("TST-1.drl") + ":8: "), run::toString);
    }

    @Test
    void aRunnerBuildsOneEvaluatorPerProfileWhateverTheScenarioCountOrThePathsSpelling() throws IOException {
        Path profile = Files.writeString(dir.resolve("test-agency.json"), TEST_PROFILE);
        String named = "{\"agency\": \"test-agency.json\", \"name\"";
        Path file = Files.write(dir.resolve("three.jsonl"), List.of(
                scenario("one", HOLIDAY_POST, "{\"outcome\": \"ALLOW\"}").replace("{\"name\"", named),
                scenario("two", HOLIDAY_POST, "{\"outcome\": \"ALLOW\"}").replace("{\"name\"", named),
                scenario("three", HOLIDAY_POST, "{\"outcome\": \"ALLOW\"}").replace("{\"name\"", named)));
        ScenarioRunner runner = new ScenarioRunner();

        runner.run(file);

        assertEquals(1, runner.coverage().size());
        assertEquals(3, runner.coverage().get(0).scenarios());
        PolicyEvaluator built = runner.evaluator(new AgencySetup(profile, List.of()));
        assertSame(built, runner.evaluator(new AgencySetup(dir.resolve("sub/../test-agency.json"), List.of())));
        assertFalse(runner.usedFallback());
    }

    @Test
    void aBrokenSetupIsReportedAgainFromTheRunnerWithoutRebuilding() throws IOException {
        Path rules = Files.writeString(dir.resolve("TST-1.drl"), TEST_RULES);
        ScenarioRunner runner = new ScenarioRunner(new AgencySetup(null, List.of(rules)));

        AgencySetup.Failure first = assertThrows(AgencySetup.Failure.class, runner::fallback);
        AgencySetup.Failure again = assertThrows(AgencySetup.Failure.class, runner::fallback);

        assertSame(first, again);
        assertEquals(1, first.problems().size(), first::getMessage);
        assertTrue(Pattern.compile(Pattern.quote(rules.toString()) + ":10: .*TST-1").matcher(first.problems().get(0)).find(),
                first::getMessage);
    }
}
