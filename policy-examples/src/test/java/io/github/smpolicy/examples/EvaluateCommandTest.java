package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    private static final String SAMPLES = "samples/posts.jsonl";

    @TempDir
    Path dir;

    /** A valid post; {@code media} is the JSON of its media list. */
    private static String post(String id, String media) {
        return "{\"id\": \"" + id + "\", \"postedAt\": \"2026-03-01T18:20:00Z\", \"author\": {\"id\": \"m-1\"}, "
                + "\"account\": {\"registrationEmail\": \"m1@example.com\"}, \"media\": " + media + "}";
    }

    private static final String BADGE_PHOTO = "[{\"id\": \"img-1\", \"kind\": \"PHOTO\", \"depicts\": [\"BADGE\"]}]";

    private static List<JsonNode> records(Run run) {
        return run.lines().stream().map(Json::parse).toList();
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    @Test
    void everySamplePostIsEvaluatedAndTheDecisionsComeOutInInputOrder() {
        Run run = Run.policyCheck("evaluate", SAMPLES);

        assertEquals(0, run.status(), run::toString);
        List<String> ids = records(run).stream().map(d -> d.get("postId").asText()).toList();
        assertEquals(List.of("s-01", "s-02", "s-03", "s-04", "s-05", "s-06", "s-07", "s-08", "s-09", "s-10"), ids);
        assertEquals("DENY", records(run).get(2).get("outcome").asText(), "s-03 is a badge photo without permission");
    }

    @Test
    void aBadRecordKeepsItsPlaceNamesItsLineAndFieldAndTheRestIsStillEvaluated() throws IOException {
        Path posts = write("posts.jsonl",
                post("p-1", "[]"),
                "{\"id\": \"p-2\", oops}",
                post("p-3", "[]").replace("{\"id\": \"m-1\"}", "{\"name\": \"no id\"}"),
                post("p-4", "[{\"id\": \"img-1\", \"kind\": \"PHOTOGRAPH\"}]"),
                "",
                post("p-6", BADGE_PHOTO));

        Run run = Run.policyCheck("evaluate", posts.toString());

        assertEquals(1, run.status(), run::toString);
        List<JsonNode> out = records(run);
        assertEquals(5, out.size(), run::toString);
        assertEquals("p-1", out.get(0).get("postId").asText());
        assertInvalid(out.get(1), 2, posts, "not valid JSON");
        assertInvalid(out.get(2), 3, posts, "author.id: required");
        assertInvalid(out.get(3), 4, posts,
                "media[0].kind: unknown word 'PHOTOGRAPH'; expected PHOTO, VIDEO, IMAGE or OTHER");
        assertEquals("p-6", out.get(4).get("postId").asText());
        assertEquals("DENY", out.get(4).get("outcome").asText());
    }

    private static void assertInvalid(JsonNode record, int line, Path file, String error) {
        assertEquals(line, record.get("line").asInt(), record::toString);
        assertEquals(file.toString(), record.get("file").asText(), record::toString);
        assertTrue(record.get("error").asText().startsWith(error), record::toString);
    }

    @Test
    void anUnknownOptionIsABadCommandLine() {
        Run run = Run.policyCheck("evaluate", "--bogus", SAMPLES);

        assertEquals(2, run.status(), run::toString);
        assertTrue(run.err().contains("Unknown option: '--bogus'"), run::toString);
        assertEquals("", run.out());
    }

    @Test
    void aMissingProfileFileExitsWithTwoBeforeAnyDecision() {
        Run run = Run.policyCheck("evaluate", "--agency", dir.resolve("missing.json").toString(), SAMPLES);

        assertEquals(2, run.status(), run::toString);
        assertTrue(run.err().contains("cannot read the profile"), run::toString);
        assertEquals("", run.out());
    }

    @Test
    void aProfileThatAddsRulesIsRefusedAsNotSupportedYet() throws IOException {
        Path profile = write("profile.json", "{\"rules\": [\"rules/undercover.drl\"]}");

        Run run = Run.policyCheck("evaluate", "--agency", profile.toString(), SAMPLES);

        assertEquals(2, run.status(), run::toString);
        assertTrue(run.err().contains("rules: not supported by this version yet"), run::toString);
    }

    @Test
    void anAgencyProfileDecidesWithTheAgencysEmailDomains() throws IOException {
        Path profile = write("profile.json",
                "{\"agency\": {\"id\": \"CCSO\", \"name\": \"Cascade County Sheriff's Office\", "
                        + "\"emailDomains\": [\"cascadecounty.example\"]}}");
        Path posts = write("posts.jsonl", post("p-1", "[]").replace("m1@example.com", "m1@cascadecounty.example"));

        Run run = Run.policyCheck("evaluate", "--agency", profile.toString(), posts.toString());

        assertEquals(0, run.status(), run::toString);
        JsonNode decision = records(run).get(0);
        assertEquals("DENY", decision.get("outcome").asText());
        assertEquals("311.40-1.9", decision.get("findings").get(0).get("clause").asText());
    }

    @Test
    void aJsonArrayFileIsReadElementByElementEachBadOneNamedByItsLine() throws IOException {
        Path posts = write("posts.json",
                "[",
                "  " + post("p-1", "[]") + ",",
                "  {",
                "    \"id\": \"p-2\"",
                "  },",
                "  " + post("p-3", BADGE_PHOTO),
                "]");

        Run run = Run.policyCheck("evaluate", posts.toString());

        assertEquals(1, run.status(), run::toString);
        List<JsonNode> out = records(run);
        assertEquals("p-1", out.get(0).get("postId").asText());
        assertInvalid(out.get(1), 3, posts, "postedAt: required");
        assertEquals("p-3", out.get(2).get("postId").asText());
    }

    @Test
    void aSingleObjectSpanningSeveralLinesIsOnePost() throws IOException {
        String oneFieldALine = post("p-1", BADGE_PHOTO).replace(", ", ",\n  ");
        for (String layout : List.of(oneFieldALine, oneFieldALine.replaceFirst("\\{", "{\n  "))) {
            Path post = Files.writeString(dir.resolve("post.json"), layout);

            Run run = Run.policyCheck("evaluate", post.toString());

            assertEquals(0, run.status(), run::toString);
            assertEquals(1, run.lines().size(), run::toString);
            assertEquals("p-1", records(run).get(0).get("postId").asText());
        }
    }

    @Test
    void textFormatPrintsTheExplanationOfEachPostFollowedByABlankLine() throws IOException {
        Path posts = write("posts.jsonl", post("p-1", BADGE_PHOTO), post("p-2", "[]"));

        Run run = Run.policyCheck("evaluate", "--format", "text", posts.toString());

        assertEquals(0, run.status(), run::toString);
        assertTrue(run.out().startsWith("Post p-1 breaches the directive"), run::toString);
        assertTrue(run.out().contains("Breach of 311.40-1.1"), run::toString);
        assertTrue(run.out().contains("\n\nPost p-2 may be published"), run::toString);
        assertTrue(run.out().endsWith("\n\n"), run::toString);
    }

    @Test
    void standardInputIsReadWhenNoFileIsNamed() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream((post("p-1", "[]") + "\n" + post("p-2", BADGE_PHOTO) + "\n")
                    .getBytes(StandardCharsets.UTF_8)));

            Run run = Run.policyCheck("evaluate");

            assertEquals(0, run.status(), run::toString);
            assertEquals(List.of("p-1", "p-2"), records(run).stream().map(d -> d.get("postId").asText()).toList());
        } finally {
            System.setIn(stdin);
        }
    }
}
