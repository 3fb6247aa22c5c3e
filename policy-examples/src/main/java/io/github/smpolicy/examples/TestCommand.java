package io.github.smpolicy.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policy-check test}: runs scenario files, names each failing scenario, ends with a summary line. */
@Command(name = "test", description = "Runs scenario files: posts with the decision each must get.")
final class TestCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files, JSONL.")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path file : files) {
            if (!(Files.isRegularFile(file) && Files.isReadable(file))) {
                err.println("policy-check: cannot read " + file);
                return 2;
            }
        }
        ScenarioRunner runner = new ScenarioRunner();
        int passed = 0;
        int failed = 0;
        for (Path file : files) {
            List<ScenarioRunner.Result> results;
            try {
                results = runner.run(file);
            } catch (IOException e) {
                err.println("policy-check: cannot read " + file + ": " + Json.reason(e));
                return 2;
            }
            for (ScenarioRunner.Result result : results) {
                if (result.passed()) {
                    passed++;
                } else {
                    failed++;
                    out.println("FAIL " + result.describe());
                }
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
