package io.github.smpolicy.examples;

import io.github.smpolicy.model.Printable;
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
@Command(name = "test", abbreviateSynopsis = true, description = "Runs scenario files: posts with the decision each must get.",
        footer = {"",
            "A scenario's \"agency\" profile, and the rule files a profile names, must lie in",
            "the directory of the file naming them (--allow-outside-paths allows others).",
            "Limits: a scenario file " + ScenarioRunner.MAX_SCENARIO_FILE_BYTES / (1024 * 1024) + " MiB, a profile "
                    + AgencySetup.MAX_PROFILE_BYTES / 1024 + " KiB, a rule file "
                    + AgencySetup.MAX_RULE_FILE_BYTES / 1024 + " KiB.",
            "",
            "A directory stands for every *.jsonl file in it and below, in name order.",
            "--report junit FILE writes JUnit XML (a testsuite per scenario file, a",
            "testcase per scenario, a failure naming what differed), which CI servers read;",
            "--report json FILE writes {\"passed\": N, \"failed\": N, \"scenarios\": [{\"name\",",
            "\"file\", \"line\", \"passed\", \"outcome\", \"differences\"}]}. The report is written",
            "when every scenario ran (exit 0 or 1)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every scenario passed",
            "1:some scenario failed or was invalid, each named in the report",
            "2:bad command line or configuration: option, profile, rules, scenario file, path, size",
            "3:output or internal failure: write error or closed pipe, out of memory, internal error"})
final class TestCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    private boolean help;

    @Option(names = "--agency", paramLabel = "PROFILE.json",
            description = "The profile of scenarios that name no agency of their own.")
    private Path agency;

    @Option(names = "--rules", paramLabel = "EXTRA.drl",
            description = "A DRL file added to the rules of scenarios that name no agency of their own; repeatable.")
    private List<Path> rules = new ArrayList<>();

    @Option(names = "--allow-outside-paths",
            description = "Let scenarios and profiles name files outside their own directory (absolute, or climbing out with ..).")
    private boolean allowOutsidePaths;

    @Option(names = "--coverage",
            description = "Print which clauses and exceptions the scenarios exercised, and which never.")
    private boolean coverage;

    @Option(names = "--semantic",
            description = "Also read every text with the semantic analyser (policy-semantic: an embedding model; "
                    + "its opinions are at most REVIEW). Loads in about a second.")
    private boolean semantic;

    @Option(names = "--report", arity = "2", paramLabel = "junit|json FILE",
            description = "Also write the results to FILE as JUnit XML or JSON (see below).")
    private List<String> report;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
            description = "Scenario files, JSONL; a directory: every *.jsonl file in it and below.")
    private List<Path> files;

    /** The scenario files: the files given, and every *.jsonl file under each directory given, in name order. */
    private static List<Path> scenarioFiles(List<Path> given) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : given) {
            if (Files.isDirectory(path)) {
                try (var walk = Files.walk(path)) {
                    walk.filter(f -> f.getFileName().toString().endsWith(".jsonl") && Files.isRegularFile(f))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (report != null && !List.of("junit", "json").contains(report.get(0))) {
            err.println("policy-check: --report takes junit or json, then a file: --report junit results.xml");
            return PolicyCheck.USAGE;
        }
        List<Path> given = files;
        try {
            files = scenarioFiles(given);
        } catch (IOException e) {
            err.println("policy-check: cannot list " + Printable.of(given.toString()) + ": " + Printable.of(Json.reason(e)));
            return PolicyCheck.USAGE;
        }
        if (files.isEmpty()) {
            err.println("policy-check: no *.jsonl scenario file in " + Printable.of(given.toString()));
            return PolicyCheck.USAGE;
        }
        List<ScenarioRunner.Result> all = new ArrayList<>();
        for (Path file : files) {
            if (!(Files.isRegularFile(file) && Files.isReadable(file))) {
                err.println("policy-check: cannot read " + Printable.of(file.toString()));
                return PolicyCheck.USAGE;
            }
        }
        AgencySetup fallback = new AgencySetup(agency, rules, semantic, allowOutsidePaths);
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
                    err.println("policy-check: cannot read " + Printable.of(file.toString()) + ": "
                            + Printable.of(Json.reason(e)));
                    return PolicyCheck.USAGE;
                }
                all.addAll(results);
                for (ScenarioRunner.Result result : results) {
                    if (result.passed()) {
                        passed++;
                    } else {
                        failed++;
                        out.println("FAIL " + Printable.of(result.describe()));
                    }
                }
            }
        } catch (AgencySetup.Failure e) {
            out.flush();
            EvaluateCommand.report(err, e);
            return PolicyCheck.USAGE;
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
        if (report != null) {
            Path file = Path.of(report.get(1));
            try {
                Files.writeString(file, report.get(0).equals("junit") ? TestReport.junit(all) : TestReport.json(all));
            } catch (IOException e) {
                out.flush();
                err.println("policy-check: cannot write the report " + Printable.of(file.toString()) + ": "
                        + Printable.of(Json.reason(e)));
                return PolicyCheck.FAILURE;
            }
        }
        if (out.checkError()) { // a PrintWriter keeps write errors to itself until asked
            err.println("policy-check: cannot write the report");
            return PolicyCheck.FAILURE;
        }
        return failed == 0 ? PolicyCheck.OK : PolicyCheck.INVALID;
    }
}
