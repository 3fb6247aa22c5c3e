package io.github.smpolicy.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.smpolicy.model.ApprovalStatus;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.EvaluationError;
import io.github.smpolicy.model.Exemption;
import io.github.smpolicy.model.Evidence;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.MediaAsset;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Printable;
import io.github.smpolicy.model.Remedy;
import io.github.smpolicy.model.TextSpan;
import io.github.smpolicy.model.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reviewer's view of one account's history: a single HTML page, self-contained and working offline,
 * that {@code policy-check report} writes from decisions. It shows the totals by outcome and by clause, a
 * timeline of posts and findings by month, every finding with its clause, verdict, evidence (the matched
 * words marked), remedies and post id, filterable by clause, outcome, verdict, month and post id, the
 * exceptions and approvals that applied, and the records left out.
 *
 * <p><b>Post text is hostile input.</b> A value reaches the page in one of two ways only: HTML-escaped in
 * the markup written here (the header and the charts, drawn as inline SVG by this class), or inside the
 * embedded JSON data block with {@code <}, {@code >} and {@code &} written as JSON's backslash-u escapes,
 * from which the page's script builds the tables with text nodes only. The page's Content-Security-Policy
 * allows its own script and style, by hash, and nothing else: nothing is loaded from the network and an
 * injected script would not run. Control and bidi characters are shown escaped, as the command line prints
 * them ({@link Printable}).
 *
 * <p>Of a post's text only the evidence spans are written, unless the report is made with
 * {@code includeText}: then up to {@link #CONTEXT_CHARS} characters either side of each span too.
 *
 * <p>Size: the data block holds a row per post and per finding (about 25 bytes per post and 150 per
 * finding), and the script draws {@link #PAGE_ROWS} rows at a time, so a history of ten thousand posts is a
 * page of a few megabytes that opens in well under a second.
 */
final class ReviewReport {
    /** Rows a table shows at a time; the filter works over every row. */
    static final int PAGE_ROWS = 100;

    /** Characters of post text shown either side of an evidence span with {@code includeText}. */
    static final int CONTEXT_CHARS = 80;

    /** The title when none is given. */
    static final String DEFAULT_TITLE = "Social-media policy review";

    private static final String SCRIPT = resource("report.js");
    private static final String STYLE = resource("report.css");

    private static final String[] OUTCOME_COLOURS = {"#5b8c6a", "#d9962b", "#c0392b"};
    private static final String LEFT_OUT_COLOUR = "#7f7f7f";
    private static final String[] VERDICT_COLOURS = {"#d9962b", "#c0392b"}; // REVIEW, VIOLATION

    /**
     * A decided post.
     *
     * @param decision its decision
     * @param postedAt when it was posted; {@code null} when not known (decisions read without their posts)
     * @param texts    its texts by the name evidence gives them ({@code post}, {@code shared},
     *                 {@code caption:<media id>}); empty unless the report includes text
     */
    record Item(Decision decision, Instant postedAt, Map<String, String> texts) {
        Item {
            Objects.requireNonNull(decision, "decision");
            texts = Map.copyOf(texts);
        }
    }

    /**
     * A record that is not in the report as a decision: a line that is not a post or not a decision, a post
     * that could not be evaluated, or an error record of {@code evaluate}'s output.
     *
     * @param file   the file it came from
     * @param line   its line, counted from 1
     * @param postId its post's id, or {@code null} when not known
     * @param error  what is wrong, naming the field, never its value
     */
    record LeftOut(String file, long line, String postId, String error) {
        LeftOut {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(error, "error");
        }
    }

    private final String title;
    private final List<String> sources;
    private final boolean includeText;
    private final String generator;
    private final List<Item> items = new ArrayList<>();
    private final List<LeftOut> leftOut = new ArrayList<>();
    private String noTimes;
    private String head;

    /**
     * @param title       the page's heading; {@code null} for {@link #DEFAULT_TITLE}
     * @param sources     the inputs' names, as given on the command line
     * @param includeText whether post text around each evidence span is shown
     * @param generator   what made the page, such as {@code policy-check 0.1.0}
     */
    ReviewReport(String title, List<String> sources, boolean includeText, String generator) {
        this.title = title == null || title.isBlank() ? DEFAULT_TITLE : title;
        this.sources = List.copyOf(sources);
        this.includeText = includeText;
        this.generator = Objects.requireNonNull(generator, "generator");
    }

    /** Adds a decided post, after those added before. */
    void add(Item item) {
        items.add(Objects.requireNonNull(item, "item"));
    }

    /** Adds a record left out, after those added before. */
    void add(LeftOut record) {
        leftOut.add(Objects.requireNonNull(record, "record"));
    }

    /** Why the posts' times are not known, shown where the timeline would be; {@code null}: they are. */
    void noTimes(String why) {
        this.noTimes = why;
    }

    /** The title of the agency's head, which remedies name (unless set, the directive's: the Chief of Police). */
    void head(String head) {
        this.head = Objects.requireNonNull(head, "head");
    }

    /** The decided posts added so far. */
    List<Item> items() {
        return items;
    }

    /** The records left out so far. */
    List<LeftOut> leftOut() {
        return leftOut;
    }

    /** The texts of a post that evidence can point into, by the names evidence gives them. */
    static Map<String, String> texts(Post post) {
        Map<String, String> texts = new HashMap<>();
        texts.put("post", post.text());
        if (post.shared() != null && post.shared().text() != null) {
            texts.put("shared", post.shared().text());
        }
        for (MediaAsset asset : post.allMedia()) {
            texts.put("caption:" + asset.id(), asset.caption());
        }
        return texts;
    }

    /**
     * Writes the page.
     *
     * @param out where to; not closed
     * @throws IOException when writing fails
     */
    void write(Writer out) throws IOException {
        String data = json(data());
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src '"
                + sha256(SCRIPT) + "'; style-src '" + sha256(STYLE)
                + "'; img-src 'none'; base-uri 'none'; form-action 'none'\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<meta name=\"generator\" content=\"" + escape(generator) + "\">\n");
        out.write("<title>" + escape(title) + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n");
        out.write(header());
        out.write("<noscript><p class=\"warn\">The totals, the tables and their filters are drawn by the page's"
                + " script; without it only the charts show.</p></noscript>\n");
        out.write(totals());
        out.write(timeline());
        out.write(findingsSection());
        out.write(exceptionsAndApprovals());
        out.write(leftOutSection());
        out.write("<script type=\"application/json\" id=\"report-data\">");
        out.write(data);
        out.write("</script>\n<script>" + SCRIPT + "</script>\n</body></html>\n");
        out.flush();
    }

    // ---------------------------------------------------------------- the markup written here

    private String header() {
        Set<String> policies = new LinkedHashSet<>();
        Instant first = null;
        Instant last = null;
        for (Item item : items) {
            policies.add(item.decision().policy().id() + " version " + item.decision().policy().version());
            Instant t = item.postedAt();
            if (t != null) {
                first = first == null || t.isBefore(first) ? t : first;
                last = last == null || t.isAfter(last) ? t : last;
            }
        }
        StringBuilder h = new StringBuilder("<header>\n<h1>").append(escape(title)).append("</h1>\n<dl class=\"meta\">");
        h.append("<dt>Decisions</dt><dd>").append(number(items.size())).append(" posts decided");
        if (!leftOut.isEmpty()) {
            h.append(", <a href=\"#left-out\">").append(number(leftOut.size())).append(" records left out</a>");
        }
        h.append("</dd>");
        if (first != null) {
            h.append("<dt>Posted</dt><dd>").append(escape(minute(first))).append(" to ").append(escape(minute(last)))
                    .append(" (UTC)</dd>");
        }
        h.append("<dt>Policy</dt><dd>").append(policies.isEmpty() ? "none decided"
                : escape(String.join("; ", policies))).append("</dd>");
        h.append("<dt>From</dt><dd>").append(escape(Printable.of(String.join(", ", sources)))).append("</dd>");
        h.append("<dt>Made</dt><dd>").append(escape(minute(Instant.now()))).append(" (UTC) by ")
                .append(escape(generator)).append("</dd>");
        h.append("<dt>Post text</dt><dd>").append(includeText
                ? "shown around each evidence span, up to " + CONTEXT_CHARS + " characters either side"
                : "only the words each finding rests on").append("</dd>");
        return h.append("</dl>\n</header>\n").toString();
    }

    private String totals() {
        long[] outcomes = new long[Outcome.values().length];
        for (Item item : items) {
            outcomes[item.decision().outcome().ordinal()]++;
        }
        StringBuilder s = new StringBuilder("<section id=\"totals\">\n<h2>Totals</h2>\n<div class=\"cols\">\n<div>\n")
                .append("<h3>Posts by outcome</h3>\n<table class=\"counts\"><tbody>\n");
        for (Outcome o : Outcome.values()) {
            s.append("<tr><th><span class=\"o-").append(o).append("\">").append(o).append("</span></th>")
                    .append("<td class=\"n\" data-k=\"outcome:").append(o).append("\"></td></tr>\n");
        }
        s.append("<tr><th>decided</th><td class=\"n\" data-k=\"posts\"></td></tr>\n")
                .append("<tr><th>left out</th><td class=\"n\" data-k=\"left-out\"></td></tr>\n")
                .append("<tr><th>findings</th><td class=\"n\" data-k=\"findings\"></td></tr>\n")
                .append("<tr><th>exceptions applied</th><td class=\"n\" data-k=\"exceptions\"></td></tr>\n")
                .append("<tr><th>approvals</th><td class=\"n\" data-k=\"approvals\"></td></tr>\n")
                .append("<tr><th>evaluation errors</th><td class=\"n\" data-k=\"errors\"></td></tr>\n")
                .append("</tbody></table>\n");
        s.append(outcomeChart(outcomes, leftOut.size()));
        s.append("</div>\n<div>\n<h3>Findings by clause</h3>\n")
                .append("<table class=\"counts\" id=\"clauses\"><thead><tr><th>clause</th><th>violations</th>")
                .append("<th>reviews</th><th>posts</th></tr></thead><tbody></tbody></table>\n");
        s.append(clauseChart());
        return s.append("</div>\n</div>\n</section>\n").toString();
    }

    /** Posts by outcome, a bar each; a bar links to the findings of posts with that outcome. */
    private static String outcomeChart(long[] outcomes, long leftOut) {
        int rows = outcomes.length + (leftOut > 0 ? 1 : 0);
        int labelWidth = 90;
        int barWidth = 300;
        int rowHeight = 26;
        long max = Math.max(1, Math.max(leftOut, java.util.Arrays.stream(outcomes).max().orElse(0)));
        StringBuilder svg = svgOpen("outcome-chart", labelWidth + barWidth + 90, rows * rowHeight + 8,
                "Posts by outcome");
        for (int i = 0; i < rows; i++) {
            boolean isLeftOut = i == outcomes.length;
            String name = isLeftOut ? "left out" : Outcome.values()[i].name();
            long n = isLeftOut ? leftOut : outcomes[i];
            int y = 4 + i * rowHeight;
            double w = barWidth * (double) n / max;
            svg.append("<a href=\"").append(isLeftOut ? "#left-out" : "#outcome=" + name).append("\"><title>")
                    .append(escape(number(n) + " posts " + (isLeftOut ? "left out" : name))).append("</title>")
                    .append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\">").append(name).append("</text>")
                    .append(rect(labelWidth, y + 3, w, rowHeight - 8,
                            isLeftOut ? LEFT_OUT_COLOUR : OUTCOME_COLOURS[i]))
                    .append("<text x=\"").append(fixed(labelWidth + w + 6)).append("\" y=\"").append(y + 17)
                    .append("\" class=\"n\">").append(number(n)).append("</text></a>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** Findings by clause, violations and reviews stacked; a bar links to that clause's findings. */
    private String clauseChart() {
        Map<String, long[]> byClause = new TreeMap<>(ReviewReport::compareClauses);
        for (Item item : items) {
            for (Finding f : item.decision().findings()) {
                byClause.computeIfAbsent(f.clause(), c -> new long[2])[f.verdict().ordinal()]++;
            }
        }
        if (byClause.isEmpty()) {
            return "<p class=\"note\">No findings.</p>\n";
        }
        int labelWidth = 130;
        int barWidth = 280;
        int rowHeight = 24;
        long max = Math.max(1, byClause.values().stream().mapToLong(v -> v[0] + v[1]).max().orElse(1));
        StringBuilder svg = svgOpen("clause-chart", labelWidth + barWidth + 150, byClause.size() * rowHeight + 30,
                "Findings by clause");
        svg.append(legend(labelWidth, 2, List.of("violations", "reviews"),
                List.of(VERDICT_COLOURS[1], VERDICT_COLOURS[0])));
        int i = 0;
        for (Map.Entry<String, long[]> e : byClause.entrySet()) {
            String clause = Printable.of(e.getKey());
            long reviews = e.getValue()[Verdict.REVIEW.ordinal()];
            long violations = e.getValue()[Verdict.VIOLATION.ordinal()];
            int y = 24 + i++ * rowHeight;
            double wv = barWidth * (double) violations / max;
            double wr = barWidth * (double) reviews / max;
            svg.append("<a href=\"#clause=").append(escape(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                            .replace("+", "%20"))).append("\"><title>")
                    .append(escape(clause + ": " + number(violations) + " violations, " + number(reviews) + " reviews"))
                    .append("</title><text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 16)
                    .append("\" text-anchor=\"end\">").append(escape(shorten(clause, 18))).append("</text>")
                    .append(rect(labelWidth, y + 3, wv, rowHeight - 8, VERDICT_COLOURS[1]))
                    .append(rect(labelWidth + wv, y + 3, wr, rowHeight - 8, VERDICT_COLOURS[0]))
                    .append("<text x=\"").append(fixed(labelWidth + wv + wr + 6)).append("\" y=\"").append(y + 16)
                    .append("\" class=\"n\">").append(number(violations)).append(" + ").append(number(reviews))
                    .append("</text></a>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private String timeline() {
        StringBuilder s = new StringBuilder("<section id=\"timeline\">\n<h2>Timeline by month</h2>\n");
        // per month: posts ALLOW, REVIEW, DENY; findings REVIEW, VIOLATION
        TreeMap<YearMonth, long[]> months = new TreeMap<>();
        long untimed = 0;
        for (Item item : items) {
            if (item.postedAt() == null) {
                untimed++;
                continue;
            }
            long[] m = months.computeIfAbsent(YearMonth.from(item.postedAt().atZone(ZoneOffset.UTC)), k -> new long[5]);
            m[item.decision().outcome().ordinal()]++;
            for (Finding f : item.decision().findings()) {
                m[3 + f.verdict().ordinal()]++;
            }
        }
        if (noTimes != null) {
            s.append("<p class=\"note\" id=\"no-timeline\">").append(escape(noTimes)).append("</p>\n");
        } else if (untimed > 0) {
            s.append("<p class=\"note\">").append(number(untimed)).append(untimed == 1 ? " decision has" : " decisions have")
                    .append(" no post time (no post with its id was read) and is not in the timeline.</p>\n");
        }
        if (months.isEmpty()) {
            return s.append("</section>\n").toString();
        }
        for (YearMonth m = months.firstKey(); m.isBefore(months.lastKey()); m = m.plusMonths(1)) {
            months.putIfAbsent(m, new long[5]);
        }
        s.append("<p class=\"note\">Months in UTC. A month's bars link to its findings.</p>\n");
        return s.append(timelineChart(months)).append("</section>\n").toString();
    }

    /** Two panels over the same months: posts stacked by outcome, findings stacked by verdict. */
    private static String timelineChart(TreeMap<YearMonth, long[]> months) {
        int left = 52;
        int width = 1140;
        int plot = width - left - 12;
        int postsTop = 28;
        int postsHeight = 150;
        int findingsTop = postsTop + postsHeight + 22;
        int findingsHeight = 90;
        int height = findingsTop + findingsHeight + 30;
        int n = months.size();
        double step = (double) plot / n;
        double bar = Math.max(1, step * (n > 60 ? 0.9 : 0.75));
        long maxPosts = 1;
        long maxFindings = 1;
        for (long[] m : months.values()) {
            maxPosts = Math.max(maxPosts, m[0] + m[1] + m[2]);
            maxFindings = Math.max(maxFindings, m[3] + m[4]);
        }
        long postsScale = niceCeiling(maxPosts);
        long findingsScale = niceCeiling(maxFindings);
        StringBuilder svg = svgOpen("timeline-chart", width, height, "Posts and findings by month");
        svg.append(legend(left, 4, List.of("ALLOW", "REVIEW", "DENY", "findings: violations", "reviews"),
                List.of(OUTCOME_COLOURS[0], OUTCOME_COLOURS[1], OUTCOME_COLOURS[2], VERDICT_COLOURS[1],
                        VERDICT_COLOURS[0])));
        axis(svg, left, plot, postsTop, postsHeight, postsScale, "posts");
        axis(svg, left, plot, findingsTop, findingsHeight, findingsScale, "findings");
        int i = 0;
        for (Map.Entry<YearMonth, long[]> e : months.entrySet()) {
            long[] m = e.getValue();
            double x = left + i * step + (step - bar) / 2;
            String month = e.getKey().toString();
            long posts = m[0] + m[1] + m[2];
            long findings = m[3] + m[4];
            if (posts > 0) {
                svg.append("<a href=\"#month=").append(month).append("\"><title>").append(month).append(": ")
                        .append(number(posts)).append(" posts (").append(number(m[0])).append(" ALLOW, ")
                        .append(number(m[1])).append(" REVIEW, ").append(number(m[2])).append(" DENY); ")
                        .append(number(findings)).append(" findings (").append(number(m[4])).append(" violations, ")
                        .append(number(m[3])).append(" reviews)</title>");
                double y = postsTop + postsHeight;
                for (int o = 0; o < 3; o++) {
                    double h = postsHeight * (double) m[o] / postsScale;
                    y -= h;
                    if (m[o] > 0) {
                        svg.append(rect(x, y, bar, h, OUTCOME_COLOURS[o]));
                    }
                }
                y = findingsTop + findingsHeight;
                for (int v : new int[] {4, 3}) {
                    double h = findingsHeight * (double) m[v] / findingsScale;
                    y -= h;
                    if (m[v] > 0) {
                        svg.append(rect(x, y, bar, h, VERDICT_COLOURS[v - 3]));
                    }
                }
                svg.append("</a>");
            }
            int monthOfYear = e.getKey().getMonthValue();
            if (n <= 24) { // every month: its number, the year at January and at the start
                svg.append(tick(left + i * step + step / 2, findingsTop + findingsHeight + 16, "middle",
                        monthOfYear == 1 || i == 0 ? month : month.substring(5)));
            } else if ((monthOfYear == 1 && step * (n - i) > 30) || (i == 0 && step * (13 - monthOfYear) > 34)) {
                // a line and the year, where the year's label has room
                double x0 = left + i * step;
                svg.append("<line x1=\"").append(fixed(x0)).append("\" x2=\"").append(fixed(x0)).append("\" y1=\"")
                        .append(postsTop).append("\" y2=\"").append(findingsTop + findingsHeight + 4)
                        .append("\" class=\"year\"/>")
                        .append(tick(x0 + 2, findingsTop + findingsHeight + 16, "start", String.valueOf(e.getKey().getYear())));
            }
            svg.append('\n');
            i++;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String tick(double x, int y, String anchor, String text) {
        return "<text x=\"" + fixed(x) + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" class=\"tick\">" + escape(text)
                + "</text>";
    }

    private static void axis(StringBuilder svg, int left, int plot, int top, int height, long scale, String name) {
        svg.append("<line x1=\"").append(left).append("\" x2=\"").append(left + plot).append("\" y1=\"")
                .append(top + height).append("\" y2=\"").append(top + height).append("\" class=\"axis\"/>");
        for (long tick : new long[] {scale / 2, scale}) {
            if (tick == 0 || (tick == scale / 2 && scale % 2 != 0)) {
                continue;
            }
            double y = top + height - height * (double) tick / scale;
            svg.append("<line x1=\"").append(left).append("\" x2=\"").append(left + plot).append("\" y1=\"")
                    .append(fixed(y)).append("\" y2=\"").append(fixed(y)).append("\" class=\"grid\"/>")
                    .append("<text x=\"").append(left - 6).append("\" y=\"").append(fixed(y + 4))
                    .append("\" text-anchor=\"end\" class=\"tick\">").append(number(tick)).append("</text>");
        }
        svg.append("<text x=\"").append(left - 6).append("\" y=\"").append(top + height)
                .append("\" text-anchor=\"end\" class=\"tick\">").append(name).append("</text>\n");
    }

    /** 1, 2, 5, 10, 20, 50, …: the smallest at least {@code n}. */
    static long niceCeiling(long n) {
        long unit = 1;
        while (true) {
            for (long f : new long[] {1, 2, 5}) {
                if (f * unit >= n) {
                    return f * unit;
                }
            }
            unit *= 10;
        }
    }

    private static StringBuilder svgOpen(String id, int width, int height, String label) {
        return new StringBuilder("<svg id=\"").append(id).append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" role=\"img\" aria-label=\"").append(label).append("\">\n");
    }

    private static String legend(int x, int y, List<String> names, List<String> colours) {
        StringBuilder s = new StringBuilder();
        double at = x;
        for (int i = 0; i < names.size(); i++) {
            s.append(rect(at, y + 3, 10, 10, colours.get(i))).append("<text x=\"").append(fixed(at + 14))
                    .append("\" y=\"").append(y + 12).append("\" class=\"tick\">").append(escape(names.get(i)))
                    .append("</text>");
            at += 24 + names.get(i).length() * 6.5;
        }
        return s.append('\n').toString();
    }

    private static String rect(double x, double y, double w, double h, String fill) {
        return "<rect x=\"" + fixed(x) + "\" y=\"" + fixed(y) + "\" width=\"" + fixed(w) + "\" height=\"" + fixed(h)
                + "\" fill=\"" + fill + "\"/>";
    }

    private static String fixed(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    private String findingsSection() {
        return """
                <section id="findings">
                <h2>Findings</h2>
                <form id="filter" class="filter">
                <label>Clause <select name="clause"><option value="">any</option></select></label>
                <label>Outcome <select name="outcome"><option value="">any</option><option>ALLOW</option>\
                <option>REVIEW</option><option>DENY</option></select></label>
                <label>Verdict <select name="verdict"><option value="">any</option><option>VIOLATION</option>\
                <option>REVIEW</option></select></label>
                <label>Month <select name="month"><option value="">any</option></select></label>
                <label>Post id <input name="post" type="search" size="14" autocomplete="off"></label>
                <button type="reset">Clear</button>
                </form>
                <p class="status"><span data-k="matching"></span> of <span data-k="findings-all"></span> findings \
                match; <span data-k="matching-posts"></span> posts.</p>
                <div id="findings-table"></div>
                </section>
                """;
    }

    private static String exceptionsAndApprovals() {
        return """
                <section id="exceptions">
                <h2>Exceptions that applied</h2>
                <div class="cols"><div id="exceptions-summary"></div><div id="exceptions-table"></div></div>
                </section>
                <section id="approvals">
                <h2>Approvals</h2>
                <div class="cols"><div id="approvals-summary"></div><div id="approvals-table"></div></div>
                </section>
                """;
    }

    private static String leftOutSection() {
        return """
                <section id="left-out">
                <h2>Records left out, and errors met while evaluating</h2>
                <p class="note">A record left out is a line that is not a post or not a decision, or a post that \
                could not be evaluated. An evaluation error is a rule that failed; its post is at least REVIEW.</p>
                <div id="left-out-table"></div>
                <div id="errors-table"></div>
                </section>
                """;
    }

    // ---------------------------------------------------------------- the data the script reads

    /**
     * The data block: rows of arrays, not objects, to keep a long history small. The script's header
     * comment describes every row.
     */
    ObjectNode data() {
        ObjectNode data = Json.MAPPER.createObjectNode();
        data.put("pageRows", PAGE_ROWS);
        ArrayNode outcomes = data.putArray("outcomes");
        for (Outcome o : Outcome.values()) {
            outcomes.add(o.name());
        }
        ArrayNode verdicts = data.putArray("verdicts");
        for (Verdict v : Verdict.values()) {
            verdicts.add(v.name());
        }
        Map<String, String> clauseTexts = new TreeMap<>(ReviewReport::compareClauses);
        for (Item item : items) {
            for (Finding f : item.decision().findings()) {
                clauseTexts.putIfAbsent(f.clause(), f.clauseText());
            }
        }
        Map<String, Integer> clauseIndex = new HashMap<>();
        ArrayNode clauses = data.putArray("clauses");
        for (Map.Entry<String, String> c : clauseTexts.entrySet()) {
            clauseIndex.put(c.getKey(), clauseIndex.size());
            clauses.addArray().add(Printable.of(c.getKey())).add(Printable.lines(c.getValue()));
        }
        Map<String, Integer> stringIndex = new LinkedHashMap<>();
        ArrayNode posts = data.putArray("posts");
        ArrayNode findings = data.putArray("findings");
        ArrayNode exceptions = data.putArray("exceptions");
        ArrayNode approvals = data.putArray("approvals");
        ArrayNode errors = data.putArray("errors");
        for (int p = 0; p < items.size(); p++) {
            Item item = items.get(p);
            Decision d = item.decision();
            ArrayNode post = posts.addArray().add(Printable.of(d.postId()));
            if (item.postedAt() == null) {
                post.addNull();
            } else {
                post.add(item.postedAt().truncatedTo(ChronoUnit.SECONDS).toString());
            }
            post.add(d.outcome().ordinal());
            for (Finding f : d.findings()) {
                ArrayNode finding = findings.addArray().add(p).add(clauseIndex.get(f.clause()))
                        .add(f.verdict().ordinal());
                ArrayNode evidence = finding.addArray();
                for (Evidence e : f.evidence()) {
                    evidence.add(evidence(e, item.texts()));
                }
                ArrayNode remedies = finding.addArray();
                for (Remedy r : f.remedies()) {
                    remedies.add(intern(stringIndex, Printable.of(head == null ? r.describe() : r.describe(head))));
                }
                finding.add(intern(stringIndex, Printable.lines(f.message())));
            }
            for (Exemption e : d.exceptions()) {
                exceptions.addArray().add(p).add(Printable.of(e.clause())).add(Printable.of(e.exception()))
                        .add(Printable.of(e.media()));
            }
            for (ApprovalStatus a : d.approvals()) {
                approvals.addArray().add(p).add(Printable.of(a.id())).add(a.status().name())
                        .add(a.reason() == null ? null : a.reason().name());
            }
            for (EvaluationError e : d.errors()) {
                errors.addArray().add(p).add(Printable.of(e.rule())).add(Printable.lines(e.message()));
            }
        }
        ArrayNode left = data.putArray("leftOut");
        for (LeftOut l : leftOut) {
            left.addArray().add(Printable.of(l.file())).add(l.line()).add(Printable.of(l.postId()))
                    .add(Printable.lines(l.error()));
        }
        ArrayNode strings = data.putArray("strings");
        stringIndex.keySet().forEach(strings::add);
        return data;
    }

    private static int intern(Map<String, Integer> index, String s) {
        return index.computeIfAbsent(s, k -> index.size());
    }

    /**
     * An item of evidence as a row: {@code ["t", in, match, signal, confidence, before, after]} (before and
     * after empty unless text is included), {@code ["m", media, element, confidence]}, {@code ["l", label,
     * confidence, in, source]} or {@code ["a", account]}.
     */
    private ArrayNode evidence(Evidence evidence, Map<String, String> texts) {
        ArrayNode row = Json.MAPPER.createArrayNode();
        if (evidence instanceof Evidence.TextEvidence t) {
            TextSpan span = t.text();
            String before = "";
            String after = "";
            String text = includeText ? texts.get(span.in()) : null;
            if (text != null && span.end() <= text.length() && text.startsWith(span.match(), span.start())) {
                int from = Math.max(0, span.start() - CONTEXT_CHARS);
                int to = Math.min(text.length(), span.end() + CONTEXT_CHARS);
                // a context never starts or ends inside a surrogate pair
                from += from > 0 && Character.isLowSurrogate(text.charAt(from)) ? 1 : 0;
                to -= to < text.length() && Character.isLowSurrogate(text.charAt(to)) ? 1 : 0;
                before = (from > 0 ? "…" : "") + text.substring(from, span.start());
                after = text.substring(span.end(), to) + (to < text.length() ? "…" : "");
            }
            row.add("t").add(Printable.of(span.in())).add(Printable.lines(span.match())).add(t.signal())
                    .add(t.confidence()).add(Printable.lines(before)).add(Printable.lines(after));
        } else if (evidence instanceof Evidence.MediaEvidence m) {
            row.add("m").add(Printable.of(m.media())).add(m.element()).add(m.confidence());
        } else if (evidence instanceof Evidence.LabelEvidence l) {
            row.add("l").add(l.label()).add(l.confidence()).add(Printable.of(l.in())).add(Printable.of(l.source()));
        } else {
            row.add("a").add(Printable.of(((Evidence.AccountEvidence) evidence).account()));
        }
        return row;
    }

    /**
     * JSON safe inside a {@code <script>} element: {@code <}, {@code >} and {@code &} appear only inside
     * strings, where their backslash-u escapes mean the same, so no {@code </script>} or {@code <!--} can
     * end or bend the element.
     */
    static String json(ObjectNode data) {
        try {
            return Json.MAPPER.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Text for HTML, in an element or a quoted attribute. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\0' -> out.append('\uFFFD');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String minute(Instant t) {
        return MINUTE.format(t);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** Clause ids in reading order: {@code 311.40-1.2} before {@code 311.40-1.10}. */
    static int compareClauses(String a, String b) {
        Matcher ma = NUMBER.matcher(a);
        Matcher mb = NUMBER.matcher(b);
        int ia = 0;
        int ib = 0;
        while (ma.find(ia) && mb.find(ib)) {
            int prefix = a.substring(ia, ma.start()).compareTo(b.substring(ib, mb.start()));
            if (prefix != 0) {
                return prefix;
            }
            int number = Comparator.<String>comparingInt(String::length).thenComparing(Comparator.naturalOrder())
                    .compare(ma.group().replaceFirst("^0+(?=.)", ""), mb.group().replaceFirst("^0+(?=.)", ""));
            if (number != 0) {
                return number;
            }
            ia = ma.end();
            ib = mb.end();
        }
        int rest = a.substring(ia).compareTo(b.substring(ib));
        return rest != 0 ? rest : a.compareTo(b);
    }

    /** A CSP source for an inline element's exact content. */
    static String sha256(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = ReviewReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the report's " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
