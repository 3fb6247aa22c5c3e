package io.github.smpolicy.examples;

import io.github.smpolicy.model.Decision;
import io.github.smpolicy.rules.PolicyEvaluator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policy-check evaluate}: one decision per post, in input order, written as it is made. */
@Command(name = "evaluate", description = "Evaluates posts and writes one decision per post, in input order.",
        footer = {"",
            "JSONL gets exactly one output line per input line, in order: the post's",
            "decision, or {\"line\": N, \"file\": \"...\", \"error\": \"...\"} saying what is wrong",
            "with a line that is not a post: invalid JSON or UTF-8, a missing or invalid",
            "field, an empty line, a line longer than " + PostReader.MAX_LINE_BYTES + " bytes. A byte-order mark",
            "and CRLF line ends are accepted. A file whose first line opens an array, or",
            "an object the next line continues, is one JSON document instead.",
            "Exit status: 0 every post evaluated; 1 some record was not a post;",
            "2 bad command line, profile or rules."})
final class EvaluateCommand implements Callable<Integer> {
    private static final String STDIN = "-";

    enum Format { JSONL, TEXT }

    @Spec
    private CommandSpec spec;

    @Option(names = "--agency", paramLabel = "PROFILE.json",
            description = "An agency profile; what it leaves out keeps Portland's default.")
    private Path agency;

    @Option(names = "--rules", paramLabel = "EXTRA.drl",
            description = "A DRL file of rules added to the profile's; repeatable.")
    private List<Path> rules = new ArrayList<>();

    @Option(names = "--format", paramLabel = "jsonl|text",
            description = "jsonl: a decision per line (the default when not on a terminal); text: an explanation.")
    private Format format;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads evaluating posts; output keeps input order (default: one per processor).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--semantic",
            description = "Also read every text with the semantic analyser (policy-semantic: an embedding model; "
                    + "its opinions are at most REVIEW). Loads in about a second.")
    private boolean semantic;

    @Parameters(paramLabel = "FILE",
            description = "JSONL, or a JSON object or array of posts; - or none: standard input.")
    private List<String> files = new ArrayList<>();

    private PolicyEvaluator evaluator;
    private long invalid;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<String> inputs = files.isEmpty() ? List.of(STDIN) : files;
        for (String file : inputs) {
            if (!file.equals(STDIN) && !(Files.isRegularFile(Path.of(file)) && Files.isReadable(Path.of(file)))) {
                err.println("policy-check: cannot read " + file);
                return 2;
            }
        }
        try {
            evaluator = new AgencySetup(agency, rules, semantic).build();
        } catch (AgencySetup.Failure e) {
            report(err, e);
            return 2;
        }
        if (format == null) { // the contract: text is the default on a terminal
            format = System.console() != null ? Format.TEXT : Format.JSONL;
        }
        if (threads < 1) {
            err.println("policy-check: --threads must be at least 1, was " + threads);
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        Progress progress = Progress.toTerminal(err);
        // Posts are read and parsed here, evaluated on the workers, written by one writer in input order.
        Writer writer = new Writer(out, progress);
        try (OrderedBatch<Record, Output> batch = new OrderedBatch<>(threads, this::evaluate, writer)) {
            for (String file : inputs) {
                InputStream in = file.equals(STDIN) ? System.in : Files.newInputStream(Path.of(file));
                try {
                    PostReader.read(in, entry -> batch.add(new Record(file, entry)));
                } finally {
                    if (!file.equals(STDIN)) { // standard input stays open for a second "-"
                        in.close();
                    }
                }
            }
        }
        out.flush();
        progress.done(invalid);
        return invalid == 0 ? 0 : 1;
    }

    /** One input record and the file it came from. */
    private record Record(String file, PostReader.Entry entry) {}

    /** What a record turns into: its output text, and whether it was a post. */
    private record Output(String text, boolean valid) {}

    /** On the writer thread: writes each output and counts the records that were not posts. */
    private final class Writer implements OrderedBatch.Sink<Record, Output> {
        private final PrintWriter out;
        private final Progress progress;

        Writer(PrintWriter out, Progress progress) {
            this.out = out;
            this.progress = progress;
        }

        @Override
        public void accept(Record record, Output output) {
            out.print(output.text());
            if (!output.valid()) {
                invalid++;
            }
            progress.record(record.file(), record.entry().line(), invalid);
        }

        @Override
        public void idle() {
            out.flush();
        }
    }

    /** Writes why an evaluator could not be built: the headline, then every problem on a line of its own. */
    static void report(PrintWriter err, AgencySetup.Failure failure) {
        err.println("policy-check: " + failure.headline() + (failure.problems().isEmpty() ? "" : ":"));
        for (String problem : failure.problems()) {
            err.println("  " + problem.strip().replace("\n", "\n    "));
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
                String text = format == Format.TEXT ? decision.explain() + "\n\n"
                        : DecisionJson.toJson(decision) + "\n";
                return new Output(text, true);
            } catch (RuntimeException e) {
                // The evaluator answers rule failures itself; anything escaping it still may not cost the post its line.
                error = "the post could not be evaluated: " + e;
            }
        }
        // Never skipped silently: an invalid record keeps its place in the output and says what is wrong.
        if (format == Format.TEXT) {
            return new Output("Line " + entry.line() + " of " + record.file() + " is not a valid post: " + error
                    + "\n\n", false);
        }
        // One line of JSON whatever the message holds: the writer escapes line breaks in strings.
        return new Output(Json.MAPPER.createObjectNode().put("line", entry.line()).put("file", record.file())
                .put("error", error) + "\n", false);
    }
}
