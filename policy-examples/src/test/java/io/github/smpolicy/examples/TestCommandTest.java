package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
