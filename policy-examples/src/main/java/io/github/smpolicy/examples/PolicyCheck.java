package io.github.smpolicy.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code policy-check} command: {@code evaluate} posts, or {@code test} scenario files.
 *
 * <p>Exit status ({@link #OK}, {@link #INVALID}, {@link #USAGE}, {@link #FAILURE}): 0 when every post
 * was decided (every scenario passed); 1 when some record was invalid or could not be evaluated, each
 * reported in its place (a scenario failed); 2 for a bad command line or configuration (an unknown
 * option, an unreadable or invalid profile, rule or scenario file, a path outside the profile's
 * directory, a file over its size limit); 3 when the output could not be written (a full disk, a closed
 * pipe) or the command failed inside (out of memory, an internal error): what was written may be incomplete.
 */
@Command(name = "policy-check", subcommands = {EvaluateCommand.class, TestCommand.class},
        description = "Checks social-media posts against Portland Police Bureau Directive 311.40.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every post decided (every scenario passed)",
            "1:some record invalid or not evaluated, each reported in its place (a scenario failed)",
            "2:bad command line or configuration: option, profile, rules, scenario file, path, size",
            "3:output or internal failure: a write error or closed pipe, out of memory, an internal error"})
public final class PolicyCheck implements Runnable {
    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;
    static final int FAILURE = 3;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Show this help.")
    private boolean help;

    private final OutputStream stdout;

    private PolicyCheck(OutputStream stdout) {
        this.stdout = stdout;
    }

    /** Where decisions and reports go: write errors on it are seen, unlike on a {@link PrintWriter}. */
    OutputStream stdout() {
        return stdout;
    }

    public static void main(String... args) {
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

    /** The command writing to the process's standard output and error. */
    public static CommandLine commandLine() {
        return commandLine(new FileOutputStream(FileDescriptor.out),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    /** The command writing decisions and reports to {@code stdout}, messages to {@code err}. */
    public static CommandLine commandLine(OutputStream stdout, PrintWriter err) {
        CommandLine command = new CommandLine(new PolicyCheck(stdout)).setCaseInsensitiveEnumValuesAllowed(true);
        command.setOut(new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8)));
        command.setErr(err);
        command.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("policy-check: internal error: " + e.getClass().getName());
            cmd.getErr().flush();
            return FAILURE;
        });
        return command;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: evaluate or test");
    }
}
