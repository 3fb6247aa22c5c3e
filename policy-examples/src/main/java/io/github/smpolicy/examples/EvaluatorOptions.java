package io.github.smpolicy.examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options that say which evaluator decides posts, shared by {@code evaluate} and {@code report}
 * (a picocli mixin): {@code --agency}, {@code --rules}, {@code --allow-outside-paths}, {@code --semantic},
 * {@code --strict}.
 */
final class EvaluatorOptions {
    @Option(names = "--agency", paramLabel = "PROFILE.json",
            description = "An agency profile; what it leaves out keeps Portland's default. "
                    + "Its rule files must lie in its directory (see --allow-outside-paths); at most "
                    + AgencySetup.MAX_PROFILE_BYTES / 1024 + " KiB, each rule file at most "
                    + AgencySetup.MAX_RULE_FILE_BYTES / 1024 + " KiB.")
    Path agency;

    @Option(names = "--rules", paramLabel = "EXTRA.drl",
            description = "A DRL file of rules added to the profile's; repeatable. Agency rules are code: "
                    + "they run with this command's privileges.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--allow-outside-paths",
            description = "Let the profile name rule files outside its own directory (absolute, or climbing out with ..).")
    boolean allowOutsidePaths;

    @Option(names = "--semantic",
            description = "Also read every text with the semantic analyser (policy-semantic: an embedding model; "
                    + "its opinions are at most REVIEW). Loads in about a second.")
    boolean semantic;

    @Option(names = "--strict",
            description = "An unknown field in a post or in the profile (a misspelled \"lables\") is an error "
                    + "naming it; by default unknown fields are ignored, as the contract says.")
    boolean strict;

    /** What the evaluator is built from. */
    AgencySetup setup() {
        return new AgencySetup(agency, rules, semantic, allowOutsidePaths, strict);
    }

    /** Whether an option that builds the evaluator was given (not {@code --strict}, which also reads input). */
    boolean evaluatorChosen() {
        return agency != null || !rules.isEmpty() || semantic || allowOutsidePaths;
    }
}
