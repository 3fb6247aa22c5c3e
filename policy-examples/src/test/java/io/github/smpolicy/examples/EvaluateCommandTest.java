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

    /** A valid post without media; {@code labels} is the JSON of its label list's elements. */
    private static String labelled(String id, String labels) {
        return post(id, "[]").replace("\"media\": []", "\"labels\": [" + labels + "], \"media\": []");
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
        assertEquals(6, out.size(), "one output line per input line: " + run);
        assertEquals("p-1", out.get(0).get("postId").asText());
        assertInvalid(out.get(1), 2, posts, "not valid JSON");
        assertInvalid(out.get(2), 3, posts, "author.id: required");
        assertInvalid(out.get(3), 4, posts,
                "media[0].kind: unknown word; expected PHOTO, VIDEO, IMAGE or OTHER");
        assertInvalid(out.get(4), 5, posts, "empty line");
        assertEquals("p-6", out.get(5).get("postId").asText());
        assertEquals("DENY", out.get(5).get("outcome").asText());
    }

    @Test
    void manyThreadsWriteExactlyWhatOneThreadWritesInTheSameOrder() throws IOException {
        String[] lines = new String[3_000];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = switch (i % 7) {
                case 3 -> "{\"id\": \"p-" + i + "\", oops}";
                case 5 -> labelled("p-" + i, "{\"name\": \"THREAT_OF_VIOLENCE\", \"confidence\": 0.95}");
                case 6 -> post("p-" + i, BADGE_PHOTO);
                default -> post("p-" + i, "[]");
            };
        }
        Path posts = write("many.jsonl", lines);

        Run one = Run.policyCheck("evaluate", "--threads", "1", posts.toString());
        Run four = Run.policyCheck("evaluate", "--threads", "4", posts.toString(), SAMPLES);

        assertEquals(1, one.status(), one::toString);
        assertEquals(1, four.status(), four::toString);
        assertEquals(lines.length, one.lines().size());
        assertEquals(lines.length + 10, four.lines().size());
        for (int i = 0; i < lines.length; i++) {
            assertEquals(withoutTime(one.lines().get(i)), withoutTime(four.lines().get(i)), "line " + (i + 1));
        }
        assertEquals("s-10", records(four).get(lines.length + 9).get("postId").asText());
    }

    /** A decision's evaluation time is the only thing two runs may write differently. */
    private static String withoutTime(String line) {
        return line.replaceAll("\"evaluatedAt\":\"[^\"]*\"", "");
    }

    @Test
    void lessThanOneThreadIsABadCommandLine() {
        Run run = Run.policyCheck("evaluate", "--threads", "0", SAMPLES);

        assertEquals(2, run.status(), run::toString);
        assertTrue(run.err().contains("--threads"), run::toString);
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

    private static final String DRL_HEADER = """
            package io.github.smpolicy.rules.api;

            import java.util.List;
            import io.github.smpolicy.model.Verdict;
            """;

    // Line 8 holds the syntax error: a constraint with nothing after "==".
    private static final String BROKEN_DRL = DRL_HEADER + """

            rule "CCSO-4.9 broken"
            when
                $d : DepictionFact( element == )
            then
            end
            """;

    // Line 10 cites CCSO-4.9, which no profile defines.
    private static final String UNDEFINED_CLAUSE_DRL = DRL_HEADER + """

            rule "CCSO-4.9 a rule citing a clause no catalogue defines"
            when
                $s : SignalFact( name == "COURT_CASE" )
            then
                insert(new Concern("CCSO-4.9", drools.getRule().getName(), "A court case.",
                    $s.getConfidence(), Verdict.VIOLATION, $s.getEvidence(), null, List.of()));
            end
            """;

    private static void assertBuildProblem(Run run, Path file, int line, String message) {
        assertEquals(2, run.status(), run::toString);
        assertEquals("", run.out(), run::toString);
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("  " + file + ":" + line + ": ") && l.contains(message)),
                () -> "expected a problem at " + file + ":" + line + " saying " + message + "\n" + run);
    }

    @Test
    void aBrokenDrlNamedByTheAgencyProfileExitsWithTwoNamingItsFileLineAndMessage() throws IOException {
        Files.createDirectories(dir.resolve("rules"));
        Path drl = Files.writeString(dir.resolve("rules/broken.drl"), BROKEN_DRL);
        Path profile = write("profile.json", "{\"rules\": [\"rules/broken.drl\"]}");

        Run run = Run.policyCheck("evaluate", "--agency", profile.toString(), SAMPLES);

        assertTrue(run.err().startsWith("policy-check: the rules could not be built for " + profile), run::toString);
        assertBuildProblem(run, drl, 8, "no viable alternative at input ')'");
    }

    @Test
    void aBrokenDrlGivenWithRulesExitsWithTwoNamingItsFileLineAndMessage() throws IOException {
        Path drl = write("broken.drl", BROKEN_DRL);

        Run run = Run.policyCheck("evaluate", "--rules", drl.toString(), SAMPLES);

        assertBuildProblem(run, drl, 8, "no viable alternative at input ')'");
    }

    @Test
    void aDrlCitingAClauseNoCatalogueDefinesExitsWithTwoNamingItsFileLineAndTheClause() throws IOException {
        Path drl = write("undefined.drl", UNDEFINED_CLAUSE_DRL);

        Run run = Run.policyCheck("evaluate", "--rules", drl.toString(), SAMPLES);

        assertBuildProblem(run, drl, 10,
                "rule \"CCSO-4.9 a rule citing a clause no catalogue defines\" cites clause CCSO-4.9");
    }

    @Test
    void everyProblemOfEveryRuleFileIsListed() throws IOException {
        Path broken = write("broken.drl", BROKEN_DRL);
        Path undefined = write("undefined.drl", UNDEFINED_CLAUSE_DRL);

        Run run = Run.policyCheck("evaluate", "--rules", broken.toString(), "--rules", undefined.toString(), SAMPLES);

        assertBuildProblem(run, broken, 8, "no viable alternative");
        assertBuildProblem(run, undefined, 10, "cites clause CCSO-4.9, which no catalogue defines");
    }

    @Test
    void aMalformedProfileExitsWithTwoNamingTheKey() throws IOException {
        Path profile = write("profile.json",
                "{\"lexicon\": [{\"signal\": \"ON_DUTY\", \"term\": \"on duty\", \"confidence\": \"high\"}]}");

        Run run = Run.policyCheck("evaluate", "--agency", profile.toString(), SAMPLES);

        assertEquals(2, run.status(), run::toString);
        assertEquals("", run.out());
        assertEquals(List.of("policy-check: invalid profile " + profile + ":", "  lexicon[0].confidence: not a number"),
                run.err().lines().toList());
    }

    @Test
    void aRuleFileTheProfileNamesThatDoesNotExistExitsWithTwoNamingTheKeyAndFile() throws IOException {
        Path profile = write("profile.json", "{\"rules\": [\"rules/undercover.drl\"]}");

        Run run = Run.policyCheck("evaluate", "--agency", profile.toString(), SAMPLES);

        assertEquals(2, run.status(), run::toString);
        assertTrue(run.err().contains("rules[0]: cannot read " + dir.resolve("rules/undercover.drl") + ": no such file"),
                run::toString);
    }

    @Test
    void extraRulesAddFindingsBesideTheStandardOnes() throws IOException {
        Path drl = write("court-cases.drl", UNDEFINED_CLAUSE_DRL.replace("CCSO-4.9", "311.40-1.3"));
        Path posts = write("posts.jsonl", labelled("p-1", "\"COURT_CASE\""));

        Run run = Run.policyCheck("evaluate", "--rules", drl.toString(), posts.toString());

        assertEquals(0, run.status(), run::toString);
        JsonNode decision = records(run).get(0);
        assertEquals("311.40+PPB", decision.get("policy").get("id").asText(), run::toString);
        assertEquals(List.of("311.40-1.3", "311.40-1.5"), clauses(decision));
        assertEquals("311.40-1.3 a rule citing a clause no catalogue defines",
                decision.get("findings").get(0).get("rule").asText());
    }

    @Test
    void theSheriffsProfileDecidesWithItsOwnClausesRulesAndVocabulary() throws IOException {
        Path posts = write("posts.jsonl", labelled("p-1", "\"TAGS_COLLEAGUE\""),
                labelled("p-2", "\"TAGS_COLLEAGUE\", \"COLLEAGUE_CONSENT\""));

        Run run = Run.policyCheck("evaluate", "--agency", "agencies/cascade-county/profile.json", posts.toString());

        assertEquals(0, run.status(), run::toString);
        JsonNode tagged = records(run).get(0);
        assertEquals("DENY", tagged.get("outcome").asText());
        assertEquals("311.40+CCSO", tagged.get("policy").get("id").asText());
        JsonNode finding = tagged.get("findings").get(0);
        assertEquals("CCSO-4.2", finding.get("clause").asText());
        assertEquals("CCSO-4.2 the post tags a colleague", finding.get("rule").asText());
        assertTrue(finding.get("clauseText").asText().startsWith("When using personal social media, members shall not tag"));
        JsonNode consented = records(run).get(1);
        assertEquals("ALLOW", consented.get("outcome").asText(), consented::toString);
        assertEquals("COLLEAGUE_CONSENT", consented.get("exceptions").get(0).get("exception").asText());
    }

    private static List<String> clauses(JsonNode decision) {
        List<String> clauses = new java.util.ArrayList<>();
        decision.get("findings").forEach(f -> clauses.add(f.get("clause").asText()));
        return clauses.stream().sorted().toList();
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
