package io.github.smpolicy.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import io.github.smpolicy.model.PolicyRef;
import io.github.smpolicy.model.Printable;
import io.github.smpolicy.rules.PolicyEvaluator;
import io.github.smpolicy.rules.text.TextAnalyser;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code policy-check} command: {@code evaluate} posts, {@code test} scenario files, {@code report} on
 * posts or decisions as one HTML page for a reviewer ({@link ReportCommand}), or {@code stream} posts from a
 * Kafka topic ({@link StreamCommand}).
 *
 * <p>Exit status ({@link #OK}, {@link #INVALID}, {@link #USAGE}, {@link #FAILURE}): 0 when every post
 * was decided (every scenario passed); 1 when some record was invalid or could not be evaluated, each
 * reported in its place (a scenario failed); 2 for a bad command line or configuration (an unknown
 * option, an unreadable or invalid profile, rule or scenario file, a path outside the profile's
 * directory, a file over its size limit); 3 when the output could not be written (a full disk, a closed
 * pipe) or the command failed inside (out of memory, an internal error, a {@code stream} whose stream thread
 * died): what was written may be incomplete;
 * 4 ({@link #FAIL_ON}) with {@code evaluate --fail-on}, when every post was decided and some decision met it.
 *
 * <p>{@code policy-check --version} prints the library's version and the policy's id and version;
 * {@code policy-check help [COMMAND]} the usage. A mistyped option or command prints a short error, the
 * option or command it is closest to, and the usage line, with exit status 2.
 */
@Command(name = "policy-check", subcommands = {EvaluateCommand.class, TestCommand.class, ReportCommand.class,
            StreamCommand.class, HelpCommand.class},
        versionProvider = PolicyCheck.Version.class, abbreviateSynopsis = true,
        description = "Checks social-media posts against Portland Police Bureau Directive 311.40.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every post decided (every scenario passed)",
            "1:some record invalid or not evaluated, each reported in its place (a scenario failed)",
            "2:bad command line or configuration: option, profile, rules, scenario file, path, size",
            "3:output or internal failure: a write error or closed pipe, out of memory, an internal error, a failed stream",
            "4:evaluate --fail-on: every post decided, and some decision met it"})
public final class PolicyCheck implements Runnable {
    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;
    static final int FAILURE = 3;
    static final int FAIL_ON = 4;

    @Spec
    private CommandSpec spec;

    // Not inherited: the help subcommand has its own, so each subcommand declares it.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    private boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true,
            description = "Print the library's version and the policy's id and version.")
    private boolean version;

    private final OutputStream stdout;

    private PolicyCheck(OutputStream stdout) {
        this.stdout = stdout;
    }

    /** Whether decisions go to the process's standard output, and that is a terminal. */
    boolean stdoutIsTerminal() {
        try {
            return stdout instanceof FileOutputStream file && file.getFD() == FileDescriptor.out && Terminal.stdout();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Where decisions and reports go: write errors on it are seen, unlike on a {@link PrintWriter}. */
    OutputStream stdout() {
        return stdout;
    }

    /**
     * Runs {@code policy-check} and exits the JVM with its status (see the class comment). Status 3 halts
     * the JVM at once, without running shutdown hooks: a worker may be stuck in a runaway rule.
     *
     * @param args the command line, such as {@code evaluate posts.jsonl}
     */
    public static void main(String... args) {
        buildTheStandardLexiconAhead(args);
        int status;
        try {
            // Standard output is the file descriptor itself: System.out would swallow a write error.
            OutputStream stdout = new FileOutputStream(FileDescriptor.out);
            PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            CommandLine command = commandLine(stdout, err);
            status = command.execute(args);
            command.getOut().flush();
            if (command.getOut().checkError() && status != FAILURE) {
                err.println("policy-check: cannot write the output");
                status = FAILURE;
            }
        } catch (Throwable t) {
            System.err.println("policy-check: " + (t instanceof OutOfMemoryError ? "out of memory" : "internal error: "
                    + t.getClass().getName()));
            status = FAILURE;
        }
        System.err.flush();
        if (status == FAILURE) {
            // A worker may be stuck in a runaway rule, the heap may be exhausted: end now, not after shutdown hooks.
            Runtime.getRuntime().halt(FAILURE);
        }
        System.exit(status);
    }

    /**
     * Start-up: the standard evaluator's two long parts, its lexicon (~0.3 s on a cold JVM) and its rule base
     * (~0.15 s), are built on threads of their own while the command line is parsed and the input opened,
     * when the command will decide posts under Portland's profile (no {@code --agency}, no help). The
     * command's own build then finds them built, or waits for them: a profile's lexicon
     * ({@link TextAnalyser#forProfile}) and the standard rules alone are built once per process.
     */
    private static void buildTheStandardLexiconAhead(String[] args) {
        if (args.length == 0 || !List.of("evaluate", "test", "report").contains(args[0])) {
            return;
        }
        for (String arg : args) {
            if (arg.equals("--agency") || arg.startsWith("--agency=") || arg.equals("-h") || arg.equals("--help")) {
                return;
            }
        }
        Thread ahead = new Thread(() -> {
            try {
                // builds the lexicon on a thread of its own and the rule base on this one
                PolicyEvaluator.builder().build();
            } catch (RuntimeException e) {
                // the command's own build meets the same problem and reports it
            }
        }, "policy-check-ahead");
        ahead.setDaemon(true);
        ahead.start();
    }

    /**
     * The command writing to the process's standard output and error, for running it in-process.
     *
     * @return a new picocli command; {@code execute(args)} returns the exit status
     */
    public static CommandLine commandLine() {
        return commandLine(new FileOutputStream(FileDescriptor.out),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    /**
     * The command writing decisions and reports to {@code stdout}, messages to {@code err}.
     *
     * @param stdout where decisions and reports go, as UTF-8; write errors on it are reported
     * @param err    where messages go
     * @return a new picocli command; {@code execute(args)} returns the exit status
     */
    public static CommandLine commandLine(OutputStream stdout, PrintWriter err) {
        CommandLine command = new CommandLine(new PolicyCheck(stdout)).setCaseInsensitiveEnumValuesAllowed(true);
        command.setOut(new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8)));
        command.setErr(err);
        command.setParameterExceptionHandler(PolicyCheck::badCommandLine);
        command.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("policy-check: internal error: " + e.getClass().getName());
            cmd.getErr().flush();
            return FAILURE;
        });
        return command;
    }

    /**
     * A bad command line: the error, what was probably meant ("did you mean --format?"), the usage line
     * and where the full help is; not the whole usage.
     */
    private static int badCommandLine(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("policy-check: " + Printable.of(String.valueOf(e.getMessage())));
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = suggestions(unmatched);
            if (!suggestions.isEmpty()) {
                err.println("Did you mean " + String.join(" or ", suggestions) + "?");
            }
        }
        err.println("Usage: " + cmd.getHelp().synopsis(0).strip());
        err.println("Try 'policy-check " + (cmd.getParent() == null ? "" : cmd.getCommandName() + " ")
                + "--help' for more.");
        err.flush();
        return USAGE;
    }

    /** What a mistyped option or command was probably meant to be: the names within two edits, or picocli's guess. */
    static List<String> suggestions(UnmatchedArgumentException e) {
        List<String> unmatched = e.getUnmatched();
        if (unmatched.isEmpty()) {
            return List.of();
        }
        String arg = unmatched.get(0);
        CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
        String closest = arg.startsWith("-")
                ? Json.Field.closest(arg.split("=", 2)[0], List.copyOf(spec.optionsMap().keySet()))
                : Json.Field.closest(arg, List.copyOf(spec.subcommands().keySet()));
        if (closest != null) {
            return List.of(closest);
        }
        List<String> guesses = e.getSuggestions();
        return guesses.subList(0, Math.min(3, guesses.size()));
    }

    /** {@code --version}: the library's version, then the policy's. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            PolicyRef policy = PolicyEvaluator.standardPolicy();
            return new String[] {"policy-check " + libraryVersion(),
                "policy " + policy.id() + " version " + policy.version()};
        }

        /** The version this build gave policy-check.properties. */
        static String libraryVersion() {
            Properties properties = new Properties();
            try (InputStream in = PolicyCheck.class.getResourceAsStream("policy-check.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (java.io.IOException e) {
                // unknown, said below
            }
            return properties.getProperty("version", "(unknown version)");
        }
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: evaluate, test, report or stream");
    }
}
