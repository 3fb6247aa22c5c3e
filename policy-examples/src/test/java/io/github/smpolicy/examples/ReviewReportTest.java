package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code policy-check report} without a browser: what the page holds and leaves out, how it escapes hostile
 * text, its charts against the decisions, its policy, and the command's errors and exit statuses.
 */
class ReviewReportTest {
    private static final String SAMPLES = "samples/posts.jsonl";

    @TempDir
    Path dir;

    private static List<String> samples() throws IOException {
        return Files.readAllLines(Path.of(SAMPLES));
    }

    private static String sample(String id) throws IOException {
        return samples().stream().filter(l -> l.contains("\"id\": \"" + id + "\"")).findFirst().orElseThrow();
    }

    /** The page's data block, parsed. */
    private static JsonNode data(String page) {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page);
        assertTrue(m.find(), "the page has its data block");
        return Json.parse(m.group(1));
    }

    private static String only(String page, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), () -> "the page has " + regex);
        return m.group(1);
    }

    @Test
    void ofPostTextThePageHoldsOnlyTheEvidenceUnlessTextIsIncluded() throws IOException {
        Run plain = Run.policyCheck("report", SAMPLES);
        assertEquals(0, plain.status(), plain::toString);
        assertTrue(plain.out().contains("Can't say much, but"), "s-10's evidence span");
        assertTrue(plain.out().contains("Someone should pay that"), "s-07's evidence span, in the shared text");
        assertFalse(plain.out().contains("the review of last month"), "s-10's text beyond its evidence");
        assertFalse(plain.out().contains("Cannon Beach"), "s-01's text, which no finding rests on");
        for (String line : samples()) { // nobody's name or email, whatever the options
            JsonNode post = Json.parse(line);
            assertFalse(plain.out().contains(post.at("/author/name").asText("\u0000")), line);
            assertFalse(plain.out().contains(post.at("/account/registrationEmail").asText("\u0000")), line);
        }

        Run withText = Run.policyCheck("report", "--include-text", SAMPLES);
        assertEquals(0, withText.status(), withText::toString);
        assertTrue(withText.out().contains("the review of last month"), "s-10's text around its evidence");
        assertFalse(withText.out().contains("Cannon Beach"), "s-01's text: no evidence to show it around");
        assertFalse(withText.out().contains("Officer G. Walsh"), "s-10's author");
    }

    @Test
    void hostileTextCannotEndTheDataBlockNorAddMarkup() throws IOException {
        ObjectNode post = (ObjectNode) Json.parse(sample("s-10"));
        String id = "</script><script>alert('id')</script><!--";
        post.put("id", id);
        post.put("text", "Can't say much, but </SCRIPT><img src=x onerror=alert(1)> & \"quotes\" 'too'");
        post.putArray("media").addObject().put("id", "<svg onload=alert(2)>").put("kind", "PHOTO")
                .putArray("depicts").add("BADGE");
        Path posts = Files.writeString(dir.resolve("hostile.jsonl"), post + "\n");

        Run run = Run.policyCheck("report", "--include-text", "--title", "<b>Member</b> & co", posts.toString());

        assertEquals(0, run.status(), run::toString);
        String page = run.out();
        assertEquals(2, page.split("(?i)<script", -1).length - 1, "the data block and the page's script, no other");
        assertEquals(2, page.split("(?i)</script", -1).length - 1, "each closed once");
        assertFalse(page.contains("<img"), page);
        assertFalse(page.contains("<svg onload"), page);
        assertFalse(page.contains("<!--"), "no comment opened by the data");
        assertTrue(page.contains("<title>&lt;b&gt;Member&lt;/b&gt; &amp; co</title>"), "the title escaped");
        JsonNode data = data(page);
        assertEquals(id, data.at("/posts/0/0").asText(), "the id arrives whole, as data");
        assertTrue(data.at("/findings").toString().contains("</SCRIPT><img src=x onerror=alert(1)>"),
                "the context arrives whole, as data");
        assertTrue(data.at("/findings").toString().contains("<svg onload=alert(2)>"), "the media id, as data");
        assertFalse(run.err().contains("alert"), "nothing of the post on standard error: " + run.err());
    }

    @Test
    void thePagesPolicyAllowsItsOwnScriptAndStyleByHashAndLoadsNothing() {
        Run run = Run.policyCheck("report", SAMPLES);
        String page = run.out();

        String csp = only(page, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">");
        String script = only(page, "<script>(.*)</script>\\s*</body>");
        String style = only(page, "<style>(.*?)</style>");
        assertTrue(csp.startsWith("default-src 'none';"), csp);
        assertTrue(csp.contains("script-src '" + ReviewReport.sha256(script) + "'"), csp);
        assertTrue(csp.contains("style-src '" + ReviewReport.sha256(style) + "'"), csp);
        assertFalse(csp.contains("unsafe"), csp);
        Matcher links = Pattern.compile("(?i)\\s(src|href|xlink:href|action)\\s*=\\s*\"([^\"]*)\"").matcher(page);
        while (links.find()) {
            assertTrue(links.group(2).startsWith("#"), () -> "a reference out of the page: " + links.group());
        }
        assertFalse(page.matches("(?s).*(@import|url\\().*"), "no style loaded from elsewhere");
    }

    @Test
    void theChartsCountWhatTheDecisionsSay() throws IOException {
        Run evaluate = Run.policyCheck("evaluate", "--format", "jsonl", SAMPLES);
        DecisionTally expected = new DecisionTally(evaluate.lines(), DecisionTally.postedAt(samples()));

        String page = Run.policyCheck("report", SAMPLES).out();

        for (String outcome : List.of("ALLOW", "REVIEW", "DENY")) {
            assertTrue(page.contains("<title>" + expected.outcomes.getOrDefault(outcome, 0) + " posts " + outcome
                    + "</title>"), outcome);
        }
        Map<String, String> clauseTitles = new TreeMap<>();
        Pattern.compile("<title>([^<:]+): (\\d+) violations, (\\d+) reviews</title>").matcher(page).results()
                .forEach(r -> clauseTitles.put(r.group(1), r.group(2) + "/" + r.group(3)));
        Map<String, String> clauseCounts = new TreeMap<>();
        expected.clauses.keySet().stream().filter(k -> k.endsWith(":posts")).map(k -> k.replace(":posts", ""))
                .forEach(c -> clauseCounts.put(c, expected.clauses.getOrDefault(c + ":VIOLATION", 0) + "/"
                        + expected.clauses.getOrDefault(c + ":REVIEW", 0)));
        assertEquals(clauseCounts, clauseTitles);
        Map<String, Integer> months = new TreeMap<>();
        DecisionTally.postedAt(samples()).values().forEach(t -> months.merge(t.toString().substring(0, 7), 1, Integer::sum));
        Map<String, Integer> monthTitles = new TreeMap<>();
        Pattern.compile("<title>(\\d{4}-\\d{2}): (\\d+) posts").matcher(page).results()
                .forEach(r -> monthTitles.put(r.group(1), Integer.parseInt(r.group(2))));
        assertEquals(months, monthTitles);
    }

    @Test
    void theDataBlockHoldsEveryDecisionInInputOrder() throws IOException {
        Run evaluate = Run.policyCheck("evaluate", "--format", "jsonl", SAMPLES);
        JsonNode data = data(Run.policyCheck("report", SAMPLES).out());

        List<String> ids = new ArrayList<>();
        data.get("posts").forEach(p -> ids.add(p.get(0).asText()));
        assertEquals(evaluate.lines().stream().map(l -> Json.parse(l).get("postId").asText()).toList(), ids);
        int findings = evaluate.lines().stream().mapToInt(l -> Json.parse(l).get("findings").size()).sum();
        assertEquals(findings, data.get("findings").size());
    }

    @Test
    void decisionsWithoutTheirPostsHaveNoTimelineAndThePageSaysWhy() throws IOException {
        Run evaluate = Run.policyCheck("evaluate", "--format", "jsonl", SAMPLES);
        Path decisions = Files.write(dir.resolve("decisions.jsonl"), evaluate.lines());

        Run alone = Run.policyCheck("report", "--decisions", decisions.toString());
        Run withPosts = Run.policyCheck("report", "--decisions", "--posts", SAMPLES, decisions.toString());

        assertEquals(0, alone.status(), alone::toString);
        assertTrue(alone.out().contains("id=\"no-timeline\""), "the page says why there is no timeline");
        assertTrue(alone.out().contains("--posts"), "and what to do");
        assertFalse(alone.out().contains("id=\"timeline-chart\""));
        assertEquals(0, withPosts.status(), withPosts::toString);
        assertTrue(withPosts.out().contains("id=\"timeline-chart\""));
        assertEquals(data(Run.policyCheck("report", SAMPLES).out()).get("findings"), data(withPosts.out()).get("findings"),
                "from decisions or from posts, the same findings");
    }

    @Test
    void aLineThatIsNotADecisionIsLeftOutNamingItsLineAndField() throws IOException {
        List<String> lines = new ArrayList<>(Run.policyCheck("evaluate", "--format", "jsonl", SAMPLES).lines());
        lines.set(1, lines.get(1).replace("\"outcome\":\"ALLOW\"", "\"outcome\":\"MAYBE\""));
        lines.set(3, "{\"postId\": \"s-04\", oops");
        lines.add("{\"line\": 12, \"file\": \"posts.jsonl\", \"error\": \"author.id: required\"}");
        Path decisions = Files.write(dir.resolve("decisions.jsonl"), lines);

        Run run = Run.policyCheck("report", "--decisions", decisions.toString());

        assertEquals(1, run.status(), run::toString);
        assertTrue(run.err().contains("decisions.jsonl line 2 (post s-02): not a decision: outcome: unknown word"),
                run::toString);
        assertTrue(run.err().contains("decisions.jsonl line 4: not valid JSON"), run::toString);
        assertTrue(run.err().contains("posts.jsonl line 12: not decided: author.id: required"), run::toString);
        JsonNode data = data(run.out());
        assertEquals(3, data.get("leftOut").size());
        assertEquals(lines.size() - 3, data.get("posts").size());
    }

    @Test
    void aBadPostIsLeftOutWithTheErrorEvaluateGivesItAndTheRestIsReported() throws IOException {
        List<String> lines = new ArrayList<>(samples());
        lines.add(2, lines.get(0).replace("{\"id\": \"m-1042\"", "{\"name\": \"no id\""));
        lines.add(4, "");
        Path posts = Files.write(dir.resolve("posts.jsonl"), lines);
        Run evaluate = Run.policyCheck("evaluate", "--format", "jsonl", posts.toString());
        List<String> errors = evaluate.lines().stream().map(Json::parse).filter(j -> j.has("error"))
                .map(j -> "line " + j.get("line").asInt() + ": " + j.get("error").asText()).toList();
        assertEquals(2, errors.size(), evaluate::toString);

        Run run = Run.policyCheck("report", posts.toString());

        assertEquals(1, run.status(), run::toString);
        for (String error : errors) {
            assertTrue(run.err().contains(error), () -> error + "\n" + run);
        }
        assertEquals(samples().size(), data(run.out()).get("posts").size());
        assertFalse(run.err().contains("Officer A. Diaz"), "no name on standard error");
    }

    @Test
    void misuseIsABadCommandLine() {
        assertEquals(2, Run.policyCheck("report", "--posts", SAMPLES, SAMPLES).status(), "--posts needs --decisions");
        assertEquals(2, Run.policyCheck("report", "--decisions", "--agency", "x.json", SAMPLES).status());
        assertEquals(2, Run.policyCheck("report", "--decisions", "--include-text", SAMPLES).status());
        assertEquals(2, Run.policyCheck("report", dir.resolve("absent.jsonl").toString()).status());
        Run typo = Run.policyCheck("report", "--include-txt", SAMPLES);
        assertEquals(2, typo.status(), typo::toString);
        assertTrue(typo.err().contains("Did you mean --include-text?"), typo::toString);
    }

    @Test
    void theHelpNamesEveryOptionAndTheExitStatuses() {
        Run run = Run.policyCheck("help", "report");
        assertEquals(0, run.status(), run::toString);
        for (String option : List.of("--agency", "--semantic", "--decisions", "--posts", "--include-text", "--output",
                "--title", "Exit status:", "  0 ", "  1 ", "  2 ", "  3 ")) {
            assertTrue(run.out().contains(option), () -> option + "\n" + run);
        }
        assertTrue(Run.policyCheck("--help").out().contains("report"), "policy-check --help lists report");
    }

    @Test
    void outputGoesToTheFileWhenCompleteAndAWriteErrorIsExit3() throws IOException {
        Path page = dir.resolve("report.html");
        Run run = Run.policyCheck("report", "--output", page.toString(), SAMPLES);
        assertEquals(0, run.status(), run::toString);
        assertTrue(Files.readString(page).startsWith("<!DOCTYPE html>"));
        assertTrue(Files.readString(page).endsWith("</html>\n"));

        OutputStream full = new OutputStream() {
            private int left = 4096;

            @Override
            public void write(int b) throws IOException {
                if (--left < 0) {
                    throw new IOException("No space left on device");
                }
            }
        };
        Run failing = Run.policyCheckWritingTo(full, "report", SAMPLES);
        assertEquals(3, failing.status(), failing::toString);
        assertTrue(failing.err().contains("cannot write the output: No space left on device"), failing::toString);
    }

    @Test
    void clausesAreInReadingOrderAndScalesRoundUp() {
        List<String> clauses = new ArrayList<>(List.of("311.40-1.10", "CCSO-4.2", "311.40-1.2", "311.40-P1",
                "311.40-1.1"));
        clauses.sort(ReviewReport::compareClauses);
        assertEquals(List.of("311.40-1.1", "311.40-1.2", "311.40-1.10", "311.40-P1", "CCSO-4.2"), clauses);
        assertEquals(List.of(1L, 2L, 5L, 5L, 10L, 20L, 50L, 100L),
                List.of(1L, 2L, 3L, 5L, 6L, 11L, 21L, 51L).stream().map(ReviewReport::niceCeiling).toList());
    }

    @Test
    void aPipedPageIsUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Run run = Run.policyCheckWritingTo(out, "report", "--title", "Überprüfung \uD83D\uDC6E", SAMPLES);
        assertEquals(0, run.status(), run::toString);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("<h1>Überprüfung \uD83D\uDC6E</h1>"));
    }
}
