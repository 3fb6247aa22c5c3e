package io.github.smpolicy.examples;

import java.io.IOException;
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

/**
 * {@code policy-check test}: runs scenario files, names each failing scenario, optionally prints the
 * coverage table, and ends with a summary line, always the last.
 */
@Command(name = "test", description = "Runs scenario files: posts with the decision each must get.")
final class TestCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--agency", paramLabel = "PROFILE.json",
            description = "The profile of scenarios that name no agency of their own.")
    private Path agency;

    @Option(names = "--rules", paramLabel = "EXTRA.drl",
            description = "A DRL file added to the rules of scenarios that name no agency of their own; repeatable.")
    private List<Path> rules = new ArrayList<>();

    @Option(names = "--coverage",
            description = "Print which clauses and exceptions the scenarios exercised, and which never.")
    private boolean coverage;

    @Option(names = "--semantic",
            description = "Also read every text with the semantic analyser (policy-semantic: an embedding model; "
                    + "its opinions are at most REVIEW). Loads in about a second.")
    private boolean semantic;

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
        AgencySetup fallback = new AgencySetup(agency, rules, semantic);
        ScenarioRunner runner = new ScenarioRunner(fallback);
        int passed = 0;
        int failed = 0;
        try {
            if (!fallback.isDefault()) {
                runner.fallback(); // a bad --agency or --rules is a bad command line, used or not
            }
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
        } catch (AgencySetup.Failure e) {
            out.flush();
            EvaluateCommand.report(err, e);
            return 2;
        }
        if (!fallback.isDefault() && !runner.usedFallback()) {
            err.println("policy-check: every scenario names its own agency; --agency and --rules were not used");
        }
        if (coverage) {
            for (Coverage c : runner.coverage()) {
                out.println();
                out.print(c.table());
            }
            out.println();
        }
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
