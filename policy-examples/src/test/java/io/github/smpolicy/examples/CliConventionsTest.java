package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's conventions: --version, help, short errors with a hint, --fail-on, --strict, reports. */
class CliConventionsTest {
    private static final String SAMPLES = "samples/posts.jsonl";
    private static final String SCENARIOS = "src/test/resources/scenarios";

    @Test
    void versionPrintsTheLibraryAndPolicyVersionsAndExitsZero() {
        Run run = Run.policyCheck("--version");
        assertEquals(0, run.status(), run::toString);
        assertTrue(run.out().matches("(?s)policy-check \\S+\\Rpolicy 311\\.40 version \\S+\\R"), run::toString);
    }

    @Test
    void helpIsASubcommand() {
        Run run = Run.policyCheck("help", "evaluate");
        assertEquals(0, run.status(), run::toString);
        assertTrue(run.out().startsWith("Usage: policy-check evaluate"), run::toString);
        assertTrue(run.out().contains("--fail-on"), run::toString);
    }

    @Test
    void aMistypedOptionIsAShortErrorWithAHintAndTheUsageLine() {
        Run run = Run.policyCheck("evaluate", "--fromat", "text", SAMPLES);
        assertEquals(2, run.status(), run::toString);
        assertEquals("""
                policy-check: Unknown option: '--fromat'
                Did you mean --format?
                Usage: policy-check evaluate [OPTIONS] [FILE...]
                Try 'policy-check evaluate --help' for more.
                """, run.err().replace("\r\n", "\n"));
        assertEquals("", run.out());
    }

    @Test
    void aMistypedCommandIsAShortErrorWithAHint() {
        Run run = Run.policyCheck("evalute", SAMPLES);
        assertEquals(2, run.status(), run::toString);
        assertTrue(run.err().contains("Did you mean evaluate?"), run::toString);
        assertTrue(run.err().lines().count() <= 4, run::toString);
        Run none = Run.policyCheck();
        assertEquals(2, none.status(), none::toString);
        assertTrue(none.err().lines().count() <= 4, none::toString);
    }

    @Test
    void failOnDenyExitsFourAfterWritingEveryDecision() {
        Run plain = Run.policyCheck("evaluate", "--format", "jsonl", SAMPLES);
        assertEquals(0, plain.status(), plain::toString);
        assertTrue(plain.out().contains("\"outcome\":\"DENY\""), "the samples hold a DENY");
        Run deny = Run.policyCheck("evaluate", "--format", "jsonl", "--fail-on", "deny", SAMPLES);
        assertEquals(4, deny.status(), deny::toString);
        assertEquals(plain.lines().size(), deny.lines().size(), "every decision is written");
    }

    @Test
    void failOnReviewIsMetByAReviewAndAnInvalidRecordTakesPrecedence(@TempDir Path dir) throws Exception {
        Path reviews = dir.resolve("reviews.jsonl");
        Files.write(reviews, Files.readAllLines(Path.of(SAMPLES)).stream()
                .filter(l -> l.contains("\"s-10\"")).toList());
        Run review = Run.policyCheck("evaluate", "--format", "jsonl", "--fail-on", "review", reviews.toString());
        assertEquals(4, review.status(), review::toString);
        assertEquals(0, Run.policyCheck("evaluate", "--fail-on", "deny", reviews.toString()).status());
        Path withBadLine = dir.resolve("bad.jsonl");
        Files.writeString(withBadLine, Files.readString(Path.of(SAMPLES)) + "{\"id\": \"x\"}\n");
        assertEquals(1, Run.policyCheck("evaluate", "--fail-on", "deny", withBadLine.toString()).status());
    }

    @Test
    void strictNamesAMisspelledKeyWhereTheDefaultIgnoresIt(@TempDir Path dir) throws Exception {
        Path posts = dir.resolve("posts.jsonl");
        Files.writeString(posts, Files.readAllLines(Path.of(SAMPLES)).get(0)
                .replaceFirst("^\\{", "{\"lables\": [\"THREAT_OF_VIOLENCE\"], ") + "\n");
        Run lenient = Run.policyCheck("evaluate", "--format", "jsonl", posts.toString());
        assertEquals(0, lenient.status(), lenient::toString);
        Run strict = Run.policyCheck("evaluate", "--format", "jsonl", "--strict", posts.toString());
        assertEquals(1, strict.status(), strict::toString);
        JsonNode error = Json.parse(strict.lines().get(0));
        assertEquals("lables: unknown field; did you mean labels?", error.get("error").asText(), strict::toString);
    }

    @Test
    void strictAppliesToTheProfile(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, "{\"agency\": {\"id\": \"X\", \"name\": \"X\", \"emailDomains\": [\"x.example\"], \"alias\": [\"X\"]}}");
        assertEquals(0, Run.policyCheck("evaluate", "--agency", profile.toString(), SAMPLES).status());
        Run strict = Run.policyCheck("evaluate", "--strict", "--agency", profile.toString(), SAMPLES);
        assertEquals(2, strict.status(), strict::toString);
        assertTrue(strict.err().contains("agency.alias: unknown field; did you mean aliases?"), strict::toString);
    }

    @Test
    void testRunsEveryScenarioFileInADirectoryAndWritesJUnitAndJsonReports(@TempDir Path dir) throws Exception {
        Run files = Run.policyCheck("test", SCENARIOS + "/directive-311.40.jsonl", SCENARIOS + "/directive-311.40-text.jsonl");
        Path xml = dir.resolve("results.xml");
        Run directory = Run.policyCheck("test", "--report", "junit", xml.toString(), SCENARIOS);
        assertEquals(files.status(), directory.status(), directory::toString);
        assertEquals(files.out(), directory.out());
        String summary = directory.lines().get(directory.lines().size() - 1);
        int passed = Integer.parseInt(summary.split(" ")[0]);
        String report = Files.readString(xml);
        assertTrue(report.startsWith("<?xml"), report);
        int testcases = report.split("<testcase ", -1).length - 1;
        int failures = report.split("<failure ", -1).length - 1;
        assertEquals(passed, testcases - failures, report);
        Path json = dir.resolve("results.json");
        assertEquals(directory.status(), Run.policyCheck("test", "--report", "json", json.toString(), SCENARIOS).status());
        JsonNode results = Json.parse(Files.readString(json));
        assertEquals(passed, results.get("passed").asInt());
        assertTrue(results.get("scenarios").get(0).has("outcome"), results::toString);
        assertEquals(2, Run.policyCheck("test", "--report", "yaml", json.toString(), SCENARIOS).status());
        assertEquals(2, Run.policyCheck("test", dir.resolve("empty").toFile().mkdir() ? dir.resolve("empty").toString()
                : "").status());
    }

    @Test
    void progressIsShownOnRequestAndNeverWithQuiet() {
        Run progress = Run.policyCheck("evaluate", "--progress", "--format", "jsonl", SAMPLES);
        assertEquals(0, progress.status(), progress::toString);
        assertTrue(progress.err().contains("policy-check: done, 10 records in"), progress::toString);
        Run quiet = Run.policyCheck("evaluate", "--quiet", "--format", "jsonl", SAMPLES);
        assertEquals("", quiet.err());
        assertEquals(2, Run.policyCheck("evaluate", "--quiet", "--progress", SAMPLES).status());
    }
}
