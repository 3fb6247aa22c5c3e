package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No personal data in CLI error records, no forged lines, and files stay where the profile is. */
class PrivacyAndTrustTest {
    @TempDir
    Path dir;

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
    }

    @Test
    void anErrorRecordNamesTheFieldAndTheProblemNotTheValue() throws IOException {
        String post = OutputFailuresTest.post("p-1");
        Path posts = Files.writeString(dir.resolve("posts.jsonl"), String.join("\n",
                post.replace("{\"id\": \"m-1\"}", "{\"id\": \"m-1\", \"role\": \"Jane Roe, 555-0100\"}"),
                post.replace("\"author\": {\"id\": \"m-1\"}", "\"author\": Jane Roe 555-0100"),
                post.replace("\"text\"", "\"labels\": [\"jane roe 555-0100\"], \"text\"")) + "\n");

        Run run = Run.policyCheck("evaluate", posts.toString());

        assertEquals(1, run.status(), run::toString);
        assertEquals(3, run.lines().size(), run::toString);
        // "555-0100", not "555": the records name the temporary file, whose random digits may hold "555"
        assertFalse(run.out().contains("Jane") || run.out().contains("555-0100") || run.out().contains("jane"),
                run::toString);
        assertTrue(run.lines().get(0).contains("author.role: unknown word; expected MEMBER, CHIEF_OF_POLICE"),
                run::toString);
    }

    @Test
    void controlCharactersInPostIdsAndFileNamesAreEscapedWhereverTheyArePrinted() throws IOException {
        String id = "p-1\n\u001b[2J\u202Eforged";
        String post = OutputFailuresTest.post("ID").replace("\"ID\"", Json.MAPPER.writeValueAsString(id));
        Path posts = Files.writeString(dir.resolve("posts\u001b[31m.jsonl"), post + "\n" + "{oops}\n");

        Run text = Run.policyCheck("evaluate", "--format", "text", posts.toString());
        Run jsonl = Run.policyCheck("evaluate", "--threads", "1", "--post-timeout", "0", posts.toString());
        Run missing = Run.policyCheck("evaluate", dir.resolve("missing\u001b[2J\n.jsonl").toString());

        assertEquals(1, text.status(), text::toString);
        assertFalse(hasControl(text.out()), text::toString);
        assertTrue(text.out().contains("p-1\\n\\u001B[2J\\u202Eforged"), text::toString);
        assertTrue(text.out().contains("posts\\u001B[31m.jsonl"), text::toString);
        JsonNode error = Json.parse(jsonl.lines().get(1));
        assertFalse(hasControl(error.get("file").asText()), error::toString);
        assertEquals(2, missing.status());
        assertFalse(hasControl(missing.err().strip()), missing::toString);
        assertTrue(missing.err().contains("missing\\u001B[2J\\n.jsonl"), missing::toString);
    }

    private static final String RULE = """
            package io.github.smpolicy.rules.api;

            rule "311.40-1.3 does nothing"
            when
                PostFact( id == "never" )
            then
            end
            """;

    @Test
    void aProfilesRuleFileOutsideItsDirectoryIsAConfigurationErrorUnlessAllowed() throws IOException {
        Files.writeString(dir.resolve("outside.drl"), RULE);
        Path agency = Files.createDirectories(dir.resolve("agency"));
        for (String path : new String[] {"../outside.drl", dir.resolve("outside.drl").toString(), "rules/../../outside.drl"}) {
            Path profile = Files.writeString(agency.resolve("profile.json"),
                    "{\"rules\": [" + Json.MAPPER.writeValueAsString(path) + "]}");

            Run refused = Run.policyCheck("evaluate", "--agency", profile.toString(), "samples/posts.jsonl");
            Run allowed = Run.policyCheck("evaluate", "--agency", profile.toString(), "--allow-outside-paths",
                    "samples/posts.jsonl");

            assertEquals(2, refused.status(), refused::toString);
            assertTrue(refused.err().contains("rules[0]: must be a path inside the profile's directory"), refused::toString);
            assertEquals("", refused.out());
            assertEquals(0, allowed.status(), allowed::toString);
        }
    }

    @Test
    void aScenarioNamingAProfileOutsideItsDirectoryIsAConfigurationError() throws IOException {
        Files.writeString(dir.resolve("profile.json"), "{}");
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Path file = Files.writeString(scenarios.resolve("s.jsonl"), "{\"name\": \"outside\", \"agency\": \"../profile.json\", "
                + "\"post\": " + OutputFailuresTest.post("p-1") + ", \"expect\": {\"outcome\": \"ALLOW\"}}\n");

        Run refused = Run.policyCheck("test", file.toString());
        Run allowed = Run.policyCheck("test", "--allow-outside-paths", file.toString());

        assertEquals(2, refused.status(), refused::toString);
        assertTrue(refused.err().contains("agency: must be a path inside the scenario file's directory"), refused::toString);
        assertEquals(0, allowed.status(), allowed::toString);
    }

    @Test
    void filesOverTheirSizeLimitAreRefusedClearly() throws IOException {
        String big = "// " + "x".repeat(1024 * 1024) + "\n";
        Path rules = Files.writeString(dir.resolve("big.drl"), RULE + big);
        Path profile = Files.writeString(dir.resolve("profile.json"), "{\"agency\": {\"id\": \"X\"}}" + " ".repeat(1024 * 1024));
        Files.writeString(dir.resolve("named.drl"), RULE + big);
        Path naming = Files.writeString(dir.resolve("naming.json"), "{\"rules\": [\"named.drl\"]}");

        Run bigRules = Run.policyCheck("evaluate", "--rules", rules.toString(), "samples/posts.jsonl");
        Run bigProfile = Run.policyCheck("evaluate", "--agency", profile.toString(), "samples/posts.jsonl");
        Run bigNamed = Run.policyCheck("evaluate", "--agency", naming.toString(), "samples/posts.jsonl");

        for (Run run : new Run[] {bigRules, bigProfile, bigNamed}) {
            assertEquals(2, run.status(), run::toString);
            assertTrue(run.err().contains("larger than the limit of 1 MiB"), run::toString);
        }
        assertTrue(bigNamed.err().contains("rules[0]"), bigNamed::toString);
    }
}
