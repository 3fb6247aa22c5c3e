package io.github.smpolicy.examples;

import java.io.BufferedWriter;
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
 * <p>Exit status: 0 when every post evaluated (every scenario passed), 1 when a record was invalid
 * (a scenario failed), 2 for a bad command line or an unreadable profile or file.
 */
@Command(name = "policy-check", subcommands = {EvaluateCommand.class, TestCommand.class},
        description = "Checks social-media posts against Portland Police Bureau Directive 311.40.")
public final class PolicyCheck implements Runnable {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Show this help.")
    private boolean help;

    public static void main(String... args) {
        CommandLine command = commandLine();
        // Decisions are UTF-8 whatever the platform's default; stdout is flushed once, at the end.
        command.setOut(new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))));
        command.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int status = command.execute(args);
        command.getOut().flush();
        System.exit(status);
    }

    /** The command, ready to {@link CommandLine#execute execute}; set its out and err to capture them. */
    public static CommandLine commandLine() {
        return new CommandLine(new PolicyCheck()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: evaluate or test");
    }
}
