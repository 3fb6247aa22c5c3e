package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report in a real browser: headless Chromium opens the page {@code policy-check report} wrote, runs its
 * script, and dumps the DOM it built; the totals and filtered counts shown there must equal those counted
 * from {@code evaluate}'s decisions ({@link DecisionTally}), with no script error and no refusal by the page's
 * Content-Security-Policy. Skipped, saying so, when no Chromium is installed, except under {@code CI=true},
 * where that is a failure ({@code .ci/run} installs it). {@code CHROMIUM} names the browser to use.
 */
class ReportBrowserTest {
    private static final String SAMPLES = "samples/posts.jsonl";
    private static final List<String> SCENARIO_FILES = List.of("src/test/resources/scenarios/directive-311.40.jsonl",
            "src/test/resources/scenarios/directive-311.40-text.jsonl");
    private static final Pattern COUNT = Pattern.compile("data-k=\"([^\"]*)\"[^>]*>([0-9,]*)<");
    private static final Pattern HTML_TAG = Pattern.compile("<html([^>]*)>");

    private static Path browser;

    @TempDir
    Path dir;

    private static final String SKIPPED = "ReportBrowserTest skipped: no Chromium found (none of chromium, "
            + "chromium-browser, google-chrome on PATH, nor an executable named by CHROMIUM); "
            + "apt-get install chromium to run it";

    @BeforeAll
    static void findBrowser() {
        browser = chromium().orElse(null);
        if (browser == null && !"true".equals(System.getenv("CI"))) {
            System.err.println(SKIPPED);
        }
    }

    /** Each test, not the class, is skipped: the report then counts and names every test not run. */
    @BeforeEach
    void needsABrowser() {
        if (browser == null && "true".equals(System.getenv("CI"))) {
            fail("CI=true and no Chromium found (chromium, chromium-browser or google-chrome on PATH, or CHROMIUM naming one): "
                    + ".ci/run installs Debian's chromium package; the report's browser test must run in CI");
        }
        assumeTrue(browser != null, SKIPPED);
    }

    static Optional<Path> chromium() {
        String named = System.getenv("CHROMIUM");
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(Files::isExecutable);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** What the browser made of a page: the DOM after its script ran, what it logged, and how long it took. */
    record Rendered(String dom, String log, Duration wall) {
        /** An attribute of the {@code <html>} element, or {@code null}. */
        String rootAttribute(String name) {
            Matcher root = HTML_TAG.matcher(dom);
            assertTrue(root.find(), "the DOM has an html element");
            Matcher attribute = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(root.group(1));
            return attribute.find() ? attribute.group(1) : null;
        }

        /** The numbers the script wrote, by their data-k key. */
        Map<String, Integer> counts() {
            Map<String, Integer> counts = new HashMap<>();
            Matcher m = COUNT.matcher(dom);
            while (m.find()) {
                if (!m.group(2).isEmpty()) {
                    counts.put(m.group(1), Integer.parseInt(m.group(2).replace(",", "")));
                }
            }
            return counts;
        }

        int findingRows() {
            return dom.split("<tr class=\"finding\">", -1).length - 1;
        }

        /** Rendered without a script error, to the end of the script, and nothing refused by the page's policy. */
        void assertClean() {
            assertNull(rootAttribute("data-script-error"), () -> "a script error: " + this);
            assertNotNull(rootAttribute("data-ready"), () -> "the script did not finish: " + this);
            for (String line : log.lines().toList()) {
                assertFalse(line.contains(":CONSOLE") && (line.contains("Uncaught") || line.contains("Refused")
                        || line.contains("Content Security Policy")), () -> "the console says: " + line);
            }
        }

        @Override
        public String toString() {
            return "log:\n" + log.lines().filter(l -> l.contains("CONSOLE")).toList() + "\nDOM head:\n"
                    + dom.substring(0, Math.min(2000, dom.length()));
        }
    }

    /** Opens {@code page} (with {@code fragment}, such as {@code clause=…}) and dumps the DOM its script built. */
    private Rendered render(Path page, String fragment) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "chromium-profile");
        Path dom = dir.resolve("dom.html");
        Path log = dir.resolve("chromium.log");
        String url = page.toUri() + (fragment.isEmpty() ? "" : "#" + fragment);
        // No --virtual-time-budget: the script runs once, synchronously, before the load event that ends the dump.
        Process chromium = new ProcessBuilder(browser.toString(), "--headless", "--disable-gpu", "--no-sandbox",
                "--no-first-run", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--dump-dom", url)
                .redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
        long start = System.nanoTime();
        if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            fail("chromium did not finish within 120 s on " + url);
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(0, chromium.exitValue(), () -> "chromium failed: " + read(log));
        return new Rendered(read(dom), read(log), wall);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** Writes the page for {@code args} to report.html, which must succeed with exit 0. */
    private Path report(String... args) {
        Path page = dir.resolve("report.html");
        List<String> all = new ArrayList<>(List.of("report", "--quiet", "--output", page.toString()));
        all.addAll(List.of(args));
        Run run = Run.policyCheck(all.toArray(String[]::new));
        assertEquals(0, run.status(), run::toString);
        return page;
    }

    private static DecisionTally tally(Path posts) throws IOException {
        Run evaluate = Run.policyCheck("evaluate", "--quiet", "--format", "jsonl", posts.toString());
        assertEquals(0, evaluate.status(), evaluate::toString);
        return new DecisionTally(evaluate.lines(), DecisionTally.postedAt(Files.readAllLines(posts)));
    }

    /** Every total the page shows equals the count from the decisions. */
    private static void assertTotals(DecisionTally expected, Rendered page) {
        Map<String, Integer> shown = page.counts();
        for (String outcome : List.of("ALLOW", "REVIEW", "DENY")) {
            assertEquals(expected.outcomes.getOrDefault(outcome, 0), shown.get("outcome:" + outcome), outcome);
        }
        assertEquals(expected.decided, shown.get("posts"), "posts decided");
        assertEquals(expected.errorRecords, shown.get("left-out"), "records left out");
        assertEquals(expected.findingCount, shown.get("findings"), "findings");
        assertEquals(expected.exceptionCount, shown.get("exceptions"), "exceptions");
        assertEquals(expected.approvalCount, shown.get("approvals"), "approvals");
        assertEquals(expected.evaluationErrors, shown.get("errors"), "evaluation errors");
        expected.clauses.forEach((key, n) -> assertEquals(n, shown.get("clause:" + key), key));
        for (String verdict : List.of("VIOLATION", "REVIEW")) { // and a clause without such findings shows 0
            shown.keySet().stream().filter(k -> k.startsWith("clause:") && k.endsWith(":" + verdict))
                    .forEach(k -> assertEquals(expected.clauses.getOrDefault(k.substring(7), 0), shown.get(k), k));
        }
        expected.exceptions.forEach((key, n) -> assertEquals(n, shown.get("exception:" + key), key));
        expected.approvals.forEach((key, n) -> assertEquals(n, shown.get("approval:" + key), key));
        assertEquals(expected.findingCount, shown.get("matching"), "unfiltered, every finding matches");
        assertEquals(Math.min(ReviewReport.PAGE_ROWS, expected.findingCount), page.findingRows(), "one page of rows");
    }

    /** The page opened with a filter in its fragment shows the count of findings that pass it, and a page of them. */
    private void assertFiltered(Path page, DecisionTally expected, String fragment, Predicate<DecisionTally.Row> filter)
            throws IOException, InterruptedException {
        Rendered rendered = render(page, fragment);
        rendered.assertClean();
        long n = expected.count(filter);
        assertEquals(n, (long) rendered.counts().get("matching"), fragment);
        assertEquals(expected.posts(filter), (long) rendered.counts().get("matching-posts"), fragment);
        assertEquals(expected.findingCount, rendered.counts().get("findings-all"), fragment);
        assertEquals(Math.min(ReviewReport.PAGE_ROWS, n), rendered.findingRows(), fragment);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void theSamplesReportRendersWithoutScriptErrorsAndShowsWhatTheDecisionsCount() throws Exception {
        DecisionTally expected = tally(Path.of(SAMPLES));
        Path page = report(SAMPLES);

        Rendered rendered = render(page, "");

        rendered.assertClean();
        assertTotals(expected, rendered);
        String clause = expected.busiestClause();
        assertFiltered(page, expected, "clause=" + encode(clause) + "&outcome=DENY",
                r -> r.clause().equals(clause) && r.outcome().equals("DENY"));
        assertFiltered(page, expected, "verdict=REVIEW", r -> r.verdict().equals("REVIEW"));
    }

    @Test
    void decisionsReadBackWithTheirPostsShowTheSameTotals() throws Exception {
        Run evaluate = Run.policyCheck("evaluate", "--format", "jsonl", SAMPLES);
        assertEquals(0, evaluate.status(), evaluate::toString);
        Path decisions = Files.write(dir.resolve("decisions.jsonl"), evaluate.lines());
        DecisionTally expected = new DecisionTally(evaluate.lines(), DecisionTally.postedAt(
                Files.readAllLines(Path.of(SAMPLES))));

        Path page = report("--decisions", "--posts", SAMPLES, decisions.toString());
        Rendered rendered = render(page, "");

        rendered.assertClean();
        assertTotals(expected, rendered);
        assertTrue(rendered.dom().contains("id=\"timeline-chart\""), "the posts give the timeline");
    }

    @Test
    void hostileTextIsShownAsTextAndNoScriptOfItRuns() throws Exception {
        String attack = "document.documentElement.setAttribute('data-pwned', '%s')";
        String s10 = Files.readAllLines(Path.of(SAMPLES)).stream().filter(l -> l.contains("\"s-10\"")).findFirst()
                .orElseThrow();
        // Each payload right after the evidence span, so that --include-text shows it around the span.
        List<String> payloads = List.of("<script>" + attack.formatted("script") + "</script>",
                "<img src=x onerror=\"" + attack.formatted("img") + "\">",
                "\u202Egnp.exe <!-- ]]> &amp; <style>*{display:none}</style>");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < payloads.size(); i++) {
            ObjectNode post = (ObjectNode) Json.parse(s10);
            post.put("id", i + "</script><script>" + attack.formatted("id") + "</script>");
            post.put("text", "Can't say much, but " + payloads.get(i));
            post.putArray("media").addObject().put("id", "<svg onload=\"" + attack.formatted("media") + "\">")
                    .put("kind", "PHOTO").putArray("depicts").add("BADGE");
            lines.append(post).append('\n');
        }
        Path posts = Files.writeString(dir.resolve("hostile.jsonl"), lines);

        Path page = report("--include-text", posts.toString());
        Rendered rendered = render(page, "");

        rendered.assertClean();
        assertNull(rendered.rootAttribute("data-pwned"), rendered::toString);
        assertTrue(rendered.dom().contains("&lt;script&gt;document.documentElement"), "the script shows as text");
        assertTrue(rendered.dom().contains("&lt;img src=x onerror="), "the image shows as text");
        assertTrue(rendered.dom().contains("&lt;style&gt;*{display:none}"), "the style shows as text");
        assertTrue(rendered.dom().contains("&lt;svg onload="), "the media id shows as text");
        assertTrue(rendered.dom().contains("\\u202Egnp.exe"), "a bidi override shows escaped");
        assertEquals(payloads.size(), rendered.counts().get("posts"));
    }

    /**
     * Ten thousand posts over ten years, made by cycling the samples and the scenario posts with new ids and
     * times (approvals moved with their post), some with words or labels added.
     */
    private Path history(int size) throws IOException {
        List<ObjectNode> base = new ArrayList<>();
        Files.readAllLines(Path.of(SAMPLES)).forEach(l -> base.add((ObjectNode) Json.parse(l)));
        for (String file : SCENARIO_FILES) {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (!line.isBlank()) {
                    base.add((ObjectNode) Json.parse(line).get("post"));
                }
            }
        }
        List<String> addedWords = List.of("", " Can't say much, but the case is moving.", " Off to the coast.",
                " Someone should pay that judge a visit at home.", "", " Proud of this team.");
        List<String> addedLabels = List.of("UNION_ACTIVITY", "THREAT_OF_VIOLENCE", "ADMINISTRATIVE_INVESTIGATION");
        Instant start = Instant.parse("2016-01-03T08:00:00Z");
        Duration step = Duration.ofMinutes(526); // 10,000 posts over ten years
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < size; i++) {
            ObjectNode post = base.get(i % base.size()).deepCopy();
            Instant original = Instant.parse(post.get("postedAt").asText());
            Instant at = start.plus(step.multipliedBy(i));
            Duration shift = Duration.between(original, at);
            post.put("id", String.format("h-%05d", i));
            post.put("postedAt", at.toString());
            for (JsonNode approval : post.path("approvals")) {
                for (String field : List.of("grantedAt", "expiresAt")) {
                    if (approval.hasNonNull(field)) {
                        ((ObjectNode) approval).put(field, Instant.parse(approval.get(field).asText()).plus(shift).toString());
                    }
                }
            }
            if (i % 7 == 3) {
                post.put("text", post.path("text").asText("") + addedWords.get(i / 7 % addedWords.size()));
            }
            if (i % 11 == 5) {
                ArrayNode labels = post.has("labels") ? (ArrayNode) post.get("labels") : post.putArray("labels");
                labels.addObject().put("name", addedLabels.get(i / 11 % addedLabels.size()))
                        .put("confidence", 0.55 + 0.1 * (i % 4));
            }
            out.append(post).append('\n');
        }
        return Files.writeString(dir.resolve("history.jsonl"), out);
    }

    @Test
    void aTenThousandPostHistoryRendersAPageAtATimeAndItsTotalsAndFiltersMatchTheDecisions() throws Exception {
        Path posts = history(10_000);
        Run evaluate = Run.policyCheck("evaluate", "--quiet", "--format", "jsonl", posts.toString());
        assertEquals(0, evaluate.status(), evaluate::toString);
        DecisionTally expected = new DecisionTally(evaluate.lines(), DecisionTally.postedAt(Files.readAllLines(posts)));
        assertTrue(expected.findingCount > 2 * ReviewReport.PAGE_ROWS, "enough findings to need pages");

        long made = System.nanoTime();
        Path page = report("--title", "Generated history", posts.toString());
        long madeMillis = (System.nanoTime() - made) / 1_000_000;
        long bytes = Files.size(page);
        Rendered rendered = render(page, "");

        rendered.assertClean();
        assertTotals(expected, rendered);
        int scriptMillis = Integer.parseInt(rendered.rootAttribute("data-ready"));
        System.out.printf("ReportBrowserTest: 10,000 posts, %,d findings: report (evaluating) %,d ms; page %,d bytes; "
                + "its script %d ms; chromium start to DOM dump %,d ms%n", expected.findingCount, madeMillis, bytes,
                scriptMillis, rendered.wall().toMillis());
        // Loose bounds, not a benchmark: they catch a page that embeds each post many times over or draws every row.
        assertTrue(bytes < 8L * 1024 * 1024, "the page is " + bytes + " bytes");
        assertTrue(scriptMillis < 10_000, "the script took " + scriptMillis + " ms");

        String clause = expected.busiestClause();
        assertFiltered(page, expected, "clause=" + encode(clause) + "&outcome=DENY",
                r -> r.clause().equals(clause) && r.outcome().equals("DENY"));
        String month = expected.findings.get(expected.findings.size() / 2).month();
        assertFiltered(page, expected, "month=" + month + "&verdict=VIOLATION",
                r -> month.equals(r.month()) && r.verdict().equals("VIOLATION"));
        assertFiltered(page, expected, "post=h-0001", r -> r.postId().startsWith("h-0001"));

        // The same decisions read back, with the posts for their times: the same totals, every post in a month.
        Path decisions = Files.write(dir.resolve("decisions.jsonl"), evaluate.lines());
        Path fromDecisions = report("--decisions", "--posts", posts.toString(), decisions.toString());
        Rendered again = render(fromDecisions, "");
        again.assertClean();
        assertTotals(expected, again);
        int inMonths = Pattern.compile("<title>\\d{4}-\\d{2}: ([0-9,]+) posts").matcher(Files.readString(fromDecisions))
                .results().mapToInt(r -> Integer.parseInt(r.group(1).replace(",", ""))).sum();
        assertEquals(expected.decided, inMonths, "the timeline's months hold every post");
    }
}
