package io.github.smpolicy.examples;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/** One in-process run of {@code policy-check}: its exit status and what it wrote. */
record Run(int status, String out, String err) {
    static Run policyCheck(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Run run = policyCheckWritingTo(out, args);
        return new Run(run.status(), out.toString(StandardCharsets.UTF_8), run.err());
    }

    /** A run whose standard output is {@code stdout}; {@link #out()} is empty. */
    static Run policyCheckWritingTo(OutputStream stdout, String... args) {
        StringWriter err = new StringWriter();
        CommandLine command = PolicyCheck.commandLine(stdout, new PrintWriter(err));
        int status = command.execute(args);
        command.getOut().flush();
        command.getErr().flush();
        return new Run(status, "", err.toString());
    }

    List<String> lines() {
        return out.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + status + "\n--- out\n" + out + "--- err\n" + err;
    }
}
