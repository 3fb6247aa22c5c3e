package io.github.smpolicy.examples;

import io.github.smpolicy.model.Printable;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.rules.PolicyEvaluator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy-check evaluate}: one decision per post, in input order, written as it is made. */
@Command(name = "evaluate", abbreviateSynopsis = true, description = "Evaluates posts and writes one decision per post, in input order.",
        footer = {"",
            "JSONL gets exactly one output line per input line, in order: the post's",
            "decision, or {\"line\": N, \"file\": \"...\", \"error\": \"...\"} saying what is wrong",
            "with a line that is not a post: invalid JSON or UTF-8, a missing or invalid",
            "field, an empty line, a line longer than " + PostReader.MAX_LINE_BYTES + " bytes; or, with \"postId\",",
            "why a post could not be evaluated (it overran --post-timeout, a rule failed).",
            "Error messages name the field and the problem, never the value. Control and",
            "bidi characters in post ids and file names are printed as \\uXXXX escapes.",
            "A byte-order mark and CRLF line ends are accepted.",
            "",
            "--input-format auto reads a .jsonl or .ndjson file as JSONL. Any other input is",
            "one JSON document only when it clearly is one: its first value is an array, or",
            "an object spanning lines, and nothing but white space follows it; or the first",
            "16 MiB do not finish that value and hold no error. Anything else is JSONL, one",
            "line at a time: a corrupt or cut first line costs that line only. Several",
            "multi-line objects one after the other need --input-format json.",
            "",
            "A write error (a full disk, a closed pipe such as `| head -1`) stops the command",
            "at once with a message and exit status 3; with --output the file is untouched.",
            "Out of memory or an internal error also ends it with 3, never a hang.",
            "",
            "With --fail-on, a decision as strict as the word given (review: REVIEW or",
            "DENY; deny: DENY) makes the exit status 4, once every output was written.",
            "Precedence: 3, then 2, then 1 (a record not decided may hide a DENY), then 4.",
            "",
            "The default --format is text when standard output is a terminal (on Linux as",
            "/proc says; elsewhere when Java sees an interactive console), jsonl otherwise."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every post decided",
            "1:some record invalid or not evaluated (e.g. overran --post-timeout), each in its place",
            "2:bad command line or configuration: option, profile, rules, path, file size",
            "3:output or internal failure: write error or closed pipe, out of memory, internal error",
            "4:with --fail-on: every post decided, and some decision met it"})
final class EvaluateCommand implements Callable<Integer> {
    static final String STDIN = "-";

    enum Format { JSONL, TEXT }

    /** The least strict outcome that fails the command with {@code --fail-on}. */
    enum FailOn {
        REVIEW(Outcome.REVIEW), DENY(Outcome.DENY);

        final Outcome least;

        FailOn(Outcome least) {
            this.least = least;
        }
    }

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    private boolean help;

    @ParentCommand
    private PolicyCheck parent;

    @Mixin
    private final EvaluatorOptions options = new EvaluatorOptions();




    @Option(names = "--format", paramLabel = "jsonl|text",
            description = "jsonl: a decision per line (the default unless standard output is a terminal, "
                    + "and always with --output); text: an explanation (the default on a terminal).")
    private Format format;

    @Option(names = "--input-format", paramLabel = "auto|jsonl|json", defaultValue = "auto",
            description = "jsonl: one post a line; json: JSON documents (objects, arrays of them); "
                    + "auto (default): JSONL unless clearly one JSON document (see below).")
    private PostReader.InputFormat inputFormat = PostReader.InputFormat.AUTO;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the decisions to FILE: to a temporary file beside it, renamed to FILE only when "
                    + "complete (exit 0, 1 or 4); on a failure FILE is left as it was and the temporary file removed.")
    private Path output;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads evaluating posts; output keeps input order (default: one per processor).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--post-timeout", paramLabel = "MS", defaultValue = "5000",
            description = "The longest one post may take, in milliseconds (default ${DEFAULT-VALUE}; 0: no limit). "
                    + "A post over it is reported in its place, its worker abandoned, and the batch goes on.")
    private long postTimeout = 5000;


    @Option(names = "--fail-on", paramLabel = "review|deny",
            description = "Exit 4 when some decision is at least this strict (review: REVIEW or DENY; deny: DENY), "
                    + "after writing every output; exit 1 and 3 take precedence.")
    private FailOn failOn;


    @Option(names = "--progress",
            description = "Show progress on standard error (line, posts per second, and the share done and time "
                    + "left when reading files), even when it is not a terminal.")
    private boolean progress;

    @Option(names = {"-q", "--quiet"},
            description = "Show no progress (by default it is shown when standard error is a terminal).")
    private boolean quiet;

    @Parameters(paramLabel = "FILE",
            description = "JSONL, or a JSON object or array of posts; - or none: standard input.")
    private List<String> files = new ArrayList<>();

    private PolicyEvaluator evaluator;
    private long invalid;
    private long written;
    private boolean failOnMet;
    private final java.util.concurrent.atomic.AtomicLong bytesRead = new java.util.concurrent.atomic.AtomicLong();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<String> inputs = files.isEmpty() ? List.of(STDIN) : files;
        for (String file : inputs) {
            if (!file.equals(STDIN) && !(Files.isRegularFile(Path.of(file)) && Files.isReadable(Path.of(file)))) {
                err.println("policy-check: cannot read " + Printable.of(file));
                return PolicyCheck.USAGE;
            }
        }
        if (threads < 1) {
            err.println("policy-check: --threads must be at least 1, was " + threads);
            return PolicyCheck.USAGE;
        }
        if (postTimeout < 0) {
            err.println("policy-check: --post-timeout must be 0 (no limit) or more, was " + postTimeout);
            return PolicyCheck.USAGE;
        }
        if (progress && quiet) {
            err.println("policy-check: --progress and --quiet contradict each other: give one");
            return PolicyCheck.USAGE;
        }
        try {
            evaluator = options.setup().build();
        } catch (AgencySetup.Failure e) {
            report(err, e);
            return PolicyCheck.USAGE;
        }
        if (format == null) { // the contract: text is the default on a terminal
            format = output == null && parent.stdoutIsTerminal() ? Format.TEXT : Format.JSONL;
        }
        Target target;
        try {
            target = output == null ? new Target(parent.stdout(), null, null) : Target.file(output);
        } catch (IOException e) {
            err.println("policy-check: cannot create the output " + Printable.of(String.valueOf(output)) + ": "
                    + Printable.of(Json.reason(e)));
            return PolicyCheck.USAGE;
        }
        int status;
        try {
            status = run(inputs, target.writer(), err);
        } catch (RuntimeException | Error e) { // everything else is handled inside; this is a last resort
            status = failed(err, e);
        }
        return target.finish(status, err);
    }

    private int run(List<String> inputs, Writer out, PrintWriter err) {
        long totalBytes = 0;
        for (String file : inputs) {
            try {
                totalBytes = file.equals(STDIN) || totalBytes < 0 ? -1 : totalBytes + Files.size(Path.of(file));
            } catch (IOException e) {
                totalBytes = -1;
            }
        }
        Progress progress = Progress.of(quiet ? Progress.Mode.NEVER : this.progress ? Progress.Mode.ALWAYS
                : Progress.Mode.AUTO, err, Math.max(totalBytes, 0), bytesRead::get);
        // Posts are read and parsed on a reader thread, evaluated on the workers, written by one writer in
        // input order; this thread waits for the end, whatever thread fails and wherever the reader is blocked.
        OrderedBatch<Record, Output> batch = new OrderedBatch<>(threads, this::evaluate, new Sink(out, progress),
                postTimeout, this::overran);
        Thread reader = new Thread(() -> read(inputs, batch), "policy-check-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            batch.await();
            out.flush();
        } catch (OrderedBatch.Failure e) {
            return failed(err, e.getCause());
        } catch (IOException e) {
            return failed(err, e);
        }
        progress.done(invalid);
        return invalid != 0 ? PolicyCheck.INVALID : failOnMet ? PolicyCheck.FAIL_ON : PolicyCheck.OK;
    }

    private void read(List<String> inputs, OrderedBatch<Record, Output> batch) {
        read(inputs, inputFormat, options.strict, bytesRead, batch, Record::new);
    }

    /**
     * On the reading thread: hands every record of every input to {@code batch}, in order, then finishes it;
     * a failure to read fails the batch. {@code evaluate} and {@code report} read their posts this way.
     *
     * @param bytesRead counts the bytes read from files, for the progress line
     * @param record    makes a batch record of an input's name and one of its entries
     */
    static <R> void read(List<String> inputs, PostReader.InputFormat inputFormat, boolean strict,
            java.util.concurrent.atomic.AtomicLong bytesRead, OrderedBatch<R, ?> batch,
            java.util.function.BiFunction<String, PostReader.Entry, R> record) {
        try {
            for (String file : inputs) {
                InputStream in = file.equals(STDIN) ? System.in : counted(Files.newInputStream(Path.of(file)), bytesRead);
                try {
                    PostReader.read(in, PostReader.MAX_LINE_BYTES, PostReader.byName(file, inputFormat), strict,
                            entry -> batch.add(record.apply(file, entry), chars(entry)));
                } finally {
                    if (!file.equals(STDIN)) { // standard input stays open for a second "-"
                        in.close();
                    }
                }
            }
            batch.finish();
        } catch (OrderedBatch.Failure e) {
            // the batch failed elsewhere and says why
        } catch (Throwable t) {
            batch.fail(t);
        }
    }

    /** The input, counting the bytes read for the progress line. */
    static InputStream counted(InputStream in, java.util.concurrent.atomic.AtomicLong bytesRead) {
        return new java.io.FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    bytesRead.addAndGet(n);
                }
                return n;
            }
        };
    }

    /** Reports why the batch ended early; the status is always 3. */
    private int failed(PrintWriter err, Throwable cause) {
        err.println("policy-check: " + Printable.of(why(cause)) + "; stopped after " + written + " records");
        err.flush();
        return PolicyCheck.FAILURE;
    }

    /** Why a batch ended early, in words that name no post's content. */
    static String why(Throwable cause) {
        if (cause instanceof UncheckedIOException || cause instanceof IOException) {
            IOException io = cause instanceof UncheckedIOException u ? u.getCause() : (IOException) cause;
            return "cannot write the output: " + io.getMessage();
        } else if (cause instanceof OutOfMemoryError) {
            return "out of memory (the heap is " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MiB; java -Xmx sets it)";
        } else if (cause instanceof IllegalStateException && cause.getMessage() != null
                && cause.getMessage().contains("overran their deadline")) {
            return cause.getMessage();
        }
        return "internal error: " + cause.getClass().getName();
    }

    /** One input record and the file it came from. */
    private record Record(String file, PostReader.Entry entry) {}

    /** The characters of text an entry holds (its post's and the shared posting's), for the batch's memory bound. */
    static long chars(PostReader.Entry entry) {
        Post post = entry.post(); // null: a line that did not parse
        return post == null ? 0 : post.text().length() + (post.shared() == null ? 0 : post.shared().text().length());
    }

    /** What a record turns into: its output text, and the decision's outcome ({@code null}: not decided). */
    private record Output(String text, Outcome outcome) {
        boolean valid() {
            return outcome != null;
        }
    }

    /** On the writer thread: writes each output and counts the records that were not decided. */
    private final class Sink implements OrderedBatch.Sink<Record, Output> {
        private final Writer out;
        private final Progress progress;

        Sink(Writer out, Progress progress) {
            this.out = out;
            this.progress = progress;
        }

        @Override
        public void accept(Record record, Output output) {
            try {
                out.write(output.text());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written++;
            if (!output.valid()) {
                invalid++;
            } else if (failOn != null && output.outcome().compareTo(failOn.least) >= 0) {
                failOnMet = true;
            }
            progress.record(record.file(), record.entry().line(), invalid);
        }

        @Override
        public void idle() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Where the output goes: standard output, or a temporary file renamed into place when complete ({@code report}
     * writes its page this way too).
     */
    record Target(OutputStream stream, Path temporary, Path file) {
        static Target file(Path file) throws IOException {
            Path absolute = file.toAbsolutePath();
            Path dir = absolute.getParent();
            Path temporary = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            try {
                if (Files.exists(file)) { // the file keeps who may read it
                    Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(file));
                }
            } catch (IOException | UnsupportedOperationException e) {
                // the temporary file's own permissions (owner only) stay
            }
            FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
            return new Target(Channels.newOutputStream(channel), temporary, file);
        }

        Writer writer() {
            return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        }

        /** Renames the temporary file into place when the output is complete, removes it otherwise. */
        int finish(int status, PrintWriter err) {
            if (temporary == null) {
                return status;
            }
            boolean complete = status == PolicyCheck.OK || status == PolicyCheck.INVALID
                    || status == PolicyCheck.FAIL_ON;
            try {
                stream.close();
                if (complete) {
                    try (FileChannel sync = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                        sync.force(true);
                    }
                    try {
                        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        throw new IOException("cannot rename it atomically into place", e);
                    }
                }
            } catch (IOException e) {
                err.println("policy-check: cannot write the output " + Printable.of(file.toString()) + ": "
                        + Printable.of(Json.reason(e)));
                status = PolicyCheck.FAILURE;
            } finally {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    err.println("policy-check: cannot remove " + Printable.of(temporary.toString()));
                }
            }
            return status;
        }
    }

    /** Writes why an evaluator could not be built: the headline, then every problem on a line of its own. */
    static void report(PrintWriter err, AgencySetup.Failure failure) {
        err.println("policy-check: " + Printable.of(failure.headline()) + (failure.problems().isEmpty() ? "" : ":"));
        for (String problem : failure.problems()) {
            err.println("  " + Printable.lines(problem.strip()).replace("\n", "\n    "));
        }
        err.flush();
    }

    /** On a worker thread: the decision for a post, or the line saying why a record is not one. */
    private Output evaluate(Record record) {
        PostReader.Entry entry = record.entry();
        String error = entry.error();
        if (entry.post() != null) {
            try {
                Decision decision = evaluator.evaluate(entry.post());
                String text = format == Format.TEXT ? explain(decision) + "\n\n" : DecisionJson.toJson(decision) + "\n";
                return new Output(text, decision.outcome());
            } catch (OutOfMemoryError e) {
                throw e; // the batch ends, exit 3: the next post would fail the same way
            } catch (Throwable e) {
                // The evaluator answers rule failures itself; anything escaping it (a StackOverflowError in a
                // recursing rule) still may not cost the post its line, nor stop the batch. Only the kind of
                // failure is named: a rule's message may quote the post.
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                return failure(record, "the post could not be evaluated: " + e.getClass().getSimpleName());
            }
        }
        return failure(record, error);
    }

    /** The place of a post whose evaluation overran {@code --post-timeout}. */
    private Output overran(Record record) {
        return failure(record, "the evaluation did not finish within " + postTimeout + " ms");
    }

    // Never skipped silently: an invalid record keeps its place in the output and says what is wrong.
    private Output failure(Record record, String error) {
        PostReader.Entry entry = record.entry();
        String postId = entry.post() == null ? null : Printable.of(entry.post().id());
        if (format == Format.TEXT) {
            return new Output((postId == null ? "Line " + entry.line() + " of " + Printable.of(record.file())
                    + " is not a valid post: " : "Post " + postId + " (line " + entry.line() + " of "
                    + Printable.of(record.file()) + ") was not decided: ") + Printable.of(error) + "\n\n", null);
        }
        // One line of JSON whatever the message holds: the writer escapes line breaks in strings.
        var json = Json.MAPPER.createObjectNode().put("line", entry.line()).put("file", Printable.of(record.file()));
        if (postId != null) {
            json.put("postId", postId);
        }
        return new Output(json.put("error", Printable.of(error)) + "\n", null);
    }

    /** A decision's explanation for a terminal: a post id or quoted text cannot move the cursor or forge lines. */
    private String explain(Decision decision) {
        String text = evaluator.explain(decision);
        String id = decision.postId();
        if (!Printable.of(id).equals(id)) {
            text = text.replace(id, Printable.of(id));
        }
        return Printable.lines(text);
    }
}
