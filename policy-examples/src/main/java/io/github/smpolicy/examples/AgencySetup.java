package io.github.smpolicy.examples;

import io.github.smpolicy.rules.AgencyProfile;
import io.github.smpolicy.rules.PolicyBuildException;
import io.github.smpolicy.rules.PolicyEvaluator;
import io.github.smpolicy.rules.RuleFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What an evaluator is built from on the command line: an agency profile file ({@code null}:
 * Portland's), extra DRL files added to the profile's own rules, and whether the opt-in semantic
 * analyser reads beside the lexicon ({@code --agency}, {@code --rules}, {@code --semantic}).
 *
 * <pre>{@code
 * PolicyEvaluator sheriff = new AgencySetup(Path.of("agencies/cascade-county/profile.json"), List.of()).build();
 * }</pre>
 *
 * @param profile           the profile file, or {@code null} for Portland's
 * @param rules             DRL files added to the profile's rules, named by their paths in build messages
 * @param semantic          whether the semantic analyser of {@code policy-semantic} (an optional dependency) reads every text beside the built-in lexicon
 * @param allowOutsidePaths whether the profile may name rule files outside its own directory (absolute
 *                          paths, or climbing out with {@code ..}); by default such a path is a configuration error
 * @param strict            whether the profile is read strictly: an unknown key is an error naming it
 */
public record AgencySetup(Path profile, List<Path> rules, boolean semantic, boolean allowOutsidePaths,
        boolean strict) {
    /** The largest profile file read. */
    public static final long MAX_PROFILE_BYTES = 1024 * 1024;
    /** The largest rule file read, named by a profile or by {@code --rules}. */
    public static final long MAX_RULE_FILE_BYTES = 1024 * 1024;

    /**
     * Copies the rule file list.
     *
     * @param profile           the profile file; may be {@code null}
     * @param rules             not {@code null}, no element {@code null}
     * @param semantic          whether the semantic analyser reads too
     * @param allowOutsidePaths whether the profile's rule files may lie outside its directory
     * @param strict            whether the profile is read strictly
     * @throws NullPointerException if {@code rules} is or holds {@code null}
     */
    public AgencySetup {
        rules = List.copyOf(rules);
    }

    /**
     * A setup whose profile is read leniently (unknown keys ignored).
     *
     * @param profile           the profile file; may be {@code null}
     * @param rules             extra DRL files; not {@code null}
     * @param semantic          whether the semantic analyser reads too
     * @param allowOutsidePaths whether the profile's rule files may lie outside its directory
     */
    public AgencySetup(Path profile, List<Path> rules, boolean semantic, boolean allowOutsidePaths) {
        this(profile, rules, semantic, allowOutsidePaths, false);
    }

    /**
     * A setup whose profile is read leniently and whose rule files stay inside its directory.
     *
     * @param profile  the profile file; may be {@code null}
     * @param rules    extra DRL files; not {@code null}
     * @param semantic whether the semantic analyser reads too
     */
    public AgencySetup(Path profile, List<Path> rules, boolean semantic) {
        this(profile, rules, semantic, false);
    }

    /**
     * A setup without the semantic analyser, its profile read leniently, its rule files inside its directory.
     *
     * @param profile the profile file; may be {@code null}
     * @param rules   extra DRL files; not {@code null}
     */
    public AgencySetup(Path profile, List<Path> rules) {
        this(profile, rules, false);
    }

    /**
     * The same setup, with or without the semantic analyser.
     *
     * @param on whether the semantic analyser reads too
     * @return a new setup
     */
    public AgencySetup withSemantic(boolean on) {
        return new AgencySetup(profile, rules, on, allowOutsidePaths, strict);
    }

    /**
     * The same setup, its profile read strictly (an unknown key is an error naming it) or leniently.
     *
     * @param on {@code true} for strictly
     * @return a new setup
     */
    public AgencySetup withStrict(boolean on) {
        return new AgencySetup(profile, rules, semantic, allowOutsidePaths, on);
    }

    /**
     * Portland's profile and the standard rules alone.
     *
     * @return a setup with no profile file and no extra rules
     */
    public static AgencySetup portland() {
        return new AgencySetup(null, List.of());
    }

    /**
     * Whether this is Portland's default: no profile file and no extra rules (with or without --semantic).
     *
     * @return {@code true} for Portland's default
     */
    public boolean isDefault() {
        return profile == null && rules.isEmpty();
    }

    /**
     * Reads the profile and the rule files and builds the evaluator.
     *
     * @return the evaluator
     * @throws Failure naming what could not be read, the profile key at fault, or every build problem
     *                 with its file, line and cause
     */
    public PolicyEvaluator build() {
        AgencyProfile profile = AgencyProfile.portland();
        if (this.profile != null) {
            try {
                profile = ProfileJson.read(this.profile, allowOutsidePaths, strict);
            } catch (IOException e) {
                throw new Failure("cannot read the profile " + this.profile + ": " + Json.reason(e), List.of());
            } catch (IllegalArgumentException e) {
                throw new Failure("invalid profile " + this.profile, List.of(e.getMessage()));
            }
        }
        AgencyProfile.Builder withRules = profile.toBuilder();
        for (Path file : rules) {
            try {
                withRules.rules(new RuleFile(file.toString(), BoundedFiles.read(file, MAX_RULE_FILE_BYTES)));
            } catch (IOException e) {
                throw new Failure("cannot read the rules " + file + ": " + Json.reason(e), List.of());
            }
        }
        try {
            AgencyProfile built = withRules.build();
            PolicyEvaluator.Builder builder = PolicyEvaluator.builder().profile(built);
            if (semantic) {
                SemanticOption.add(builder, built);
            }
            return builder.build();
        } catch (PolicyBuildException e) {
            throw new Failure("the rules could not be built" + (this.profile == null ? "" : " for " + this.profile)
                    + " (" + e.problems().size() + (e.problems().size() == 1 ? " problem)" : " problems)"),
                    e.problems());
        } catch (IllegalArgumentException e) {
            throw new Failure("invalid profile " + this.profile, List.of(e.getMessage()));
        }
    }

    /** The same setup with absolute, normalized paths: two setups naming the same files are equal. */
    AgencySetup key() {
        return new AgencySetup(profile == null ? null : profile.toAbsolutePath().normalize(),
                rules.stream().map(r -> r.toAbsolutePath().normalize()).toList(), semantic, allowOutsidePaths, strict);
    }

    /**
     * An evaluator could not be built from a setup: its {@link #headline()} says what, and
     * {@link #problems()} lists each problem, such as {@code rules/CCSO-4.2.drl:14: [ERR 102] …}.
     */
    public static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** What could not be built, in one line. */
        private final String headline;
        /** Each problem. */
        private final List<String> problems;

        Failure(String headline, List<String> problems) {
            super(problems.isEmpty() ? headline : headline + ":\n  " + String.join("\n  ", problems));
            this.headline = headline;
            this.problems = List.copyOf(problems);
        }

        /**
         * What could not be built, in one line, such as {@code the rules could not be built (2 problems)}.
         *
         * @return the headline
         */
        public String headline() {
            return headline;
        }

        /**
         * Each problem, such as a profile key at fault or a DRL error with its file and line.
         *
         * @return the problems; empty when the headline says it all
         */
        public List<String> problems() {
            return problems;
        }

        /** This failure, its headline prefixed with where the setup was named (a scenario's line). */
        Failure at(String where) {
            return new Failure(where + ": " + headline, problems);
        }
    }
}
