package io.github.smpolicy.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Printable;
import io.github.smpolicy.rules.PolicyEvaluator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code policy-check report}: one self-contained HTML page ({@link ReviewReport}) for a reviewer auditing an
 * account's history, from posts it evaluates as {@code evaluate} does, or from decisions already made.
 */
@Command(name = "report", abbreviateSynopsis = true,
        description = "Writes one self-contained HTML page reviewing posts, or decisions already made: totals by "
                + "outcome and by clause, a timeline by month, the findings with their evidence and remedies "
                + "(filterable), and the exceptions and approvals that applied.",
        footer = {"",
            "Posts are read and evaluated as `evaluate` reads and evaluates them: the same",
            "options, the same error, naming the field, for a record that is not a post.",
            "With --decisions the inputs are decisions as `evaluate` writes them (JSONL);",
            "its error records, and lines that are not decisions, are listed as left out.",
            "",
            "A decision does not carry its post's time (audit.evaluatedAt is when it was",
            "decided). Evaluating posts, the timeline uses each post's postedAt; with",
            "--decisions it needs --posts, the posts the decisions were made from, matched",
            "by post id (the first post with an id counts); without it there is none.",
            "",
            "Of post text the page holds only the words each finding rests on, unless",
            "--include-text: then also up to " + ReviewReport.CONTEXT_CHARS + " characters either side of them.",
            "The page loads nothing from the network: its Content-Security-Policy allows",
            "only its own script and style. Tables show " + ReviewReport.PAGE_ROWS + " rows at a time; the",
            "filter works over every finding, and a filtered view can be linked to:",
            "report.html#clause=311.40-1.1&outcome=DENY. Records left out are listed in",
            "the page and on standard error, by file, line and what is wrong; no post",
            "text, name or email goes to standard error.",
            "",
            "--output FILE is written to a temporary file beside it, renamed to FILE when",
            "complete (exit 0 or 1); on a failure FILE is left as it was."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every record is in the page",
            "1:some record invalid or not evaluated: the page lists each, standard error too",
            "2:bad command line or configuration: option, profile, rules, path, file size",
            "3:output or internal failure: write error or closed pipe, out of memory, internal error"})
final class ReportCommand implements Callable<Integer> {
    /** Records left out named on standard error; the page lists them all. */
    static final int LEFT_OUT_SHOWN = 20;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PolicyCheck parent;

    @Mixin
    private final EvaluatorOptions options = new EvaluatorOptions();

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    private boolean help;






    @Option(names = "--input-format", paramLabel = "auto|jsonl|json", defaultValue = "auto",
            description = "How posts are read, as for evaluate: jsonl, json, or auto (default).")
    private PostReader.InputFormat inputFormat = PostReader.InputFormat.AUTO;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads evaluating posts (default: one per processor).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--post-timeout", paramLabel = "MS", defaultValue = "5000",
            description = "The longest one post may take, in milliseconds (default ${DEFAULT-VALUE}; 0: no limit); "
                    + "a post over it is left out, named in the page, and the rest goes on.")
    private long postTimeout = 5000;

    @Option(names = "--decisions",
            description = "The inputs are decisions already made (the JSONL evaluate writes), not posts.")
    private boolean decisions;

    @Option(names = "--posts", paramLabel = "POSTS.jsonl",
            description = "With --decisions: the posts they were made from, for each post's time (the timeline) "
                    + "and, with --include-text, its text; matched by post id. Repeatable.")
    private List<Path> posts = new ArrayList<>();

    @Option(names = "--include-text",
            description = "Show post text around each evidence span (up to " + ReviewReport.CONTEXT_CHARS
                    + " characters either side); by default only the matched words.")
    private boolean includeText;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "The page's heading, such as the member and period audited (default: \""
                    + ReviewReport.DEFAULT_TITLE + "\").")
    private String title;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the page to FILE (by default to standard output): to a temporary file beside it, "
                    + "renamed to FILE only when complete.")
    private Path output;

    @Option(names = "--progress",
            description = "Show progress on standard error while evaluating, even when it is not a terminal.")
    private boolean progress;

    @Option(names = {"-q", "--quiet"},
            description = "Show no progress (by default it is shown when standard error is a terminal).")
    private boolean quiet;

    @Parameters(paramLabel = "FILE",
            description = "Posts (JSONL, or a JSON object or array), or decisions with --decisions; "
                    + "- or none: standard input.")
    private List<String> files = new ArrayList<>();

    private PolicyEvaluator evaluator;
    private long invalid;
    private long done;
    private final AtomicLong bytesRead = new AtomicLong();

    /** One input record and the file it came from. */
    private record Input(String file, PostReader.Entry entry) {}

    /** What a record turns into: a decided post, or a record left out. */
    private record Result(ReviewReport.Item item, ReviewReport.LeftOut leftOut) {}

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<String> inputs = files.isEmpty() ? List.of(EvaluateCommand.STDIN) : files;
        String usage = usageProblem(inputs);
        if (usage != null) {
            err.println("policy-check: " + usage);
            return PolicyCheck.USAGE;
        }
        if (!decisions) {
            try {
                evaluator = options.setup().build();
            } catch (AgencySetup.Failure e) {
                EvaluateCommand.report(err, e);
                return PolicyCheck.USAGE;
            }
        }
        EvaluateCommand.Target target;
        try {
            target = output == null ? new EvaluateCommand.Target(parent.stdout(), null, null)
                    : EvaluateCommand.Target.file(output);
        } catch (IOException e) {
            err.println("policy-check: cannot create the output " + Printable.of(String.valueOf(output)) + ": "
                    + Printable.of(Json.reason(e)));
            return PolicyCheck.USAGE;
        }
        List<String> sources = new ArrayList<>();
        inputs.forEach(f -> sources.add(f.equals(EvaluateCommand.STDIN) ? "standard input" : f));
        posts.forEach(p -> sources.add(p + " (posts, for their times" + (includeText ? " and text)" : ")")));
        ReviewReport report = new ReviewReport(title, sources, includeText,
                "policy-check " + PolicyCheck.Version.libraryVersion());
        if (evaluator != null) { // remedies name the agency's head, as evaluate's explanations do
            report.head(evaluator.profile().wording().chief());
        }
        int status;
        try {
            status = decisions ? readDecisions(inputs, report, err) : evaluate(inputs, report, err);
        } catch (RuntimeException | Error e) { // everything else is handled inside; this is a last resort
            status = failed(err, e);
        }
        if (status == PolicyCheck.OK || status == PolicyCheck.INVALID) {
            tell(err, report.leftOut());
            try {
                Writer out = target.writer();
                report.write(out);
                out.flush();
            } catch (IOException | UncheckedIOException | OutOfMemoryError e) {
                err.println("policy-check: " + Printable.of(EvaluateCommand.why(e)));
                err.flush();
                status = PolicyCheck.FAILURE;
            }
        }
        return target.finish(status, err);
    }

    /** What is wrong with the command line, or {@code null}. */
    private String usageProblem(List<String> inputs) {
        List<String> readable = new ArrayList<>(inputs);
        posts.forEach(p -> readable.add(p.toString()));
        for (String file : readable) {
            if (!file.equals(EvaluateCommand.STDIN) && !(Files.isRegularFile(Path.of(file)) && Files.isReadable(Path.of(file)))) {
                return "cannot read " + Printable.of(file);
            }
        }
        if (decisions && options.evaluatorChosen()) {
            return "--agency, --rules, --allow-outside-paths and --semantic are for evaluating posts; "
                    + "--decisions reads decisions already made";
        }
        if (!decisions && !posts.isEmpty()) {
            return "--posts goes with --decisions: without it the inputs are posts, and their times are used";
        }
        if (decisions && includeText && posts.isEmpty()) {
            return "--include-text with --decisions needs --posts: a decision holds only the matched words";
        }
        if (threads < 1) {
            return "--threads must be at least 1, was " + threads;
        }
        if (postTimeout < 0) {
            return "--post-timeout must be 0 (no limit) or more, was " + postTimeout;
        }
        if (progress && quiet) {
            return "--progress and --quiet contradict each other: give one";
        }
        return null;
    }

    // ---------------------------------------------------------------- evaluating posts

    private int evaluate(List<String> inputs, ReviewReport report, PrintWriter err) {
        long totalBytes = 0;
        for (String file : inputs) {
            try {
                totalBytes = file.equals(EvaluateCommand.STDIN) || totalBytes < 0 ? -1
                        : totalBytes + Files.size(Path.of(file));
            } catch (IOException e) {
                totalBytes = -1;
            }
        }
        Progress shown = Progress.of(quiet ? Progress.Mode.NEVER : progress ? Progress.Mode.ALWAYS
                : Progress.Mode.AUTO, err, Math.max(totalBytes, 0), bytesRead::get);
        // As evaluate: read and parsed on a reader thread, evaluated on the workers, collected in input order.
        OrderedBatch<Input, Result> batch = new OrderedBatch<>(threads, this::decide, new OrderedBatch.Sink<>() {
            @Override
            public void accept(Input input, Result result) {
                done++;
                if (result.item() != null) {
                    report.add(result.item());
                } else {
                    report.add(result.leftOut());
                    invalid++;
                }
                shown.record(input.file(), input.entry().line(), invalid);
            }

            @Override
            public void idle() {
                // nothing to flush: the page is written when every post is decided
            }
        }, postTimeout, this::overran);
        Thread reader = new Thread(() -> EvaluateCommand.read(inputs, inputFormat, options.strict, bytesRead, batch, Input::new),
                "policy-check-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            batch.await();
        } catch (OrderedBatch.Failure e) {
            return failed(err, e.getCause());
        }
        shown.done(invalid);
        return invalid != 0 ? PolicyCheck.INVALID : PolicyCheck.OK;
    }

    /** On a worker thread: the post's decision, or why the record is left out. */
    private Result decide(Input input) {
        PostReader.Entry entry = input.entry();
        Post post = entry.post();
        if (post == null) {
            return leftOut(input, null, entry.error());
        }
        try {
            Decision decision = evaluator.evaluate(post);
            return new Result(new ReviewReport.Item(decision, post.postedAt(),
                    includeText ? ReviewReport.texts(post) : Map.of()), null);
        } catch (OutOfMemoryError e) {
            throw e; // the batch ends, exit 3: the next post would fail the same way
        } catch (Throwable e) {
            // As evaluate: only the kind of failure is named, a rule's message may quote the post.
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return leftOut(input, post.id(), "the post could not be evaluated: " + e.getClass().getSimpleName());
        }
    }

    private Result overran(Input input) {
        return leftOut(input, input.entry().post() == null ? null : input.entry().post().id(),
                "the evaluation did not finish within " + postTimeout + " ms");
    }

    private static Result leftOut(Input input, String postId, String error) {
        return new Result(null, new ReviewReport.LeftOut(input.file(), input.entry().line(), postId, error));
    }

    // ---------------------------------------------------------------- reading decisions

    /** A post's time and, with --include-text, its texts: what a decision lacks. */
    private record Posted(Instant at, Map<String, String> texts) {}

    private int readDecisions(List<String> inputs, ReviewReport report, PrintWriter err) {
        Map<String, Posted> posted = new HashMap<>();
        for (Path file : posts) {
            try (InputStream in = Files.newInputStream(file)) {
                PostReader.read(in, PostReader.MAX_LINE_BYTES, PostReader.byName(file.toString(), inputFormat), options.strict,
                        entry -> {
                            if (entry.post() == null) {
                                report.add(new ReviewReport.LeftOut(file.toString(), entry.line(), null, entry.error()));
                            } else {
                                posted.putIfAbsent(entry.post().id(), new Posted(entry.post().postedAt(),
                                        includeText ? ReviewReport.texts(entry.post()) : Map.of()));
                            }
                        });
            } catch (IOException e) {
                err.println("policy-check: cannot read " + Printable.of(file.toString()) + ": "
                        + Printable.of(Json.reason(e)));
                return PolicyCheck.USAGE;
            }
        }
        if (posts.isEmpty()) {
            report.noTimes("No timeline: a decision does not carry its post's time (audit.evaluatedAt is when it was"
                    + " decided, not when the post was made). Give the posts with --posts to see one.");
        }
        for (String file : inputs) {
            boolean stdin = file.equals(EvaluateCommand.STDIN);
            InputLines lines = null;
            try (InputStream in = stdin ? InputStream.nullInputStream() : Files.newInputStream(Path.of(file))) {
                // standard input stays open for a second "-"
                lines = new InputLines(stdin ? System.in : in, PostReader.MAX_LINE_BYTES);
                for (InputLines.Line line = lines.next(); line != null; line = lines.next()) {
                    decision(file, line, posted, report);
                }
            } catch (IOException e) { // as evaluate: the rest of this input is lost, and that is said in its place
                report.add(new ReviewReport.LeftOut(file, (lines == null ? 0 : lines.number()) + 1, null,
                        "cannot read the input: " + Json.reason(e)));
            }
        }
        return report.leftOut().isEmpty() ? PolicyCheck.OK : PolicyCheck.INVALID;
    }

    /** One line of decisions: a decision, an error record of {@code evaluate}, or a line left out. */
    private static void decision(String file, InputLines.Line line, Map<String, Posted> posted, ReviewReport report) {
        if (line.text() == null || line.text().isBlank()) {
            report.add(new ReviewReport.LeftOut(file, line.number(), null,
                    line.text() == null ? line.problem() : "empty line"));
            return;
        }
        JsonNode json;
        try {
            json = Json.parse(line.text());
        } catch (IllegalArgumentException e) {
            report.add(new ReviewReport.LeftOut(file, line.number(), null, e.getMessage()));
            return;
        }
        String postId = json.path("postId").isTextual() ? json.get("postId").asText() : null;
        if (json.isObject() && json.has("error") && !json.has("outcome")) {
            // evaluate's record of a line that was not decided: that line is what is left out
            report.add(new ReviewReport.LeftOut(json.path("file").asText(file), json.path("line").asLong(line.number()),
                    postId, "not decided: " + json.path("error").asText()));
            return;
        }
        try {
            Decision decision = DecisionJson.read(json);
            Posted post = posted.get(decision.postId());
            report.add(new ReviewReport.Item(decision, post == null ? null : post.at(),
                    post == null ? Map.of() : post.texts()));
        } catch (IllegalArgumentException e) {
            report.add(new ReviewReport.LeftOut(file, line.number(), postId, "not a decision: " + e.getMessage()));
        }
    }

    // ---------------------------------------------------------------- messages

    /** Names the records left out on standard error: file, line, post id and what is wrong, never content. */
    private static void tell(PrintWriter err, List<ReviewReport.LeftOut> leftOut) {
        for (int i = 0; i < Math.min(LEFT_OUT_SHOWN, leftOut.size()); i++) {
            ReviewReport.LeftOut l = leftOut.get(i);
            err.println("policy-check: " + Printable.of(l.file()) + " line " + l.line()
                    + (l.postId() == null ? "" : " (post " + Printable.of(l.postId()) + ")") + ": "
                    + Printable.of(l.error()));
        }
        if (leftOut.size() > LEFT_OUT_SHOWN) {
            err.println("policy-check: " + (leftOut.size() - LEFT_OUT_SHOWN)
                    + " more records left out; the page lists every one");
        }
        err.flush();
    }

    private int failed(PrintWriter err, Throwable cause) {
        err.println("policy-check: " + Printable.of(EvaluateCommand.why(cause)) + "; stopped after " + done + " records");
        err.flush();
        return PolicyCheck.FAILURE;
    }
}
