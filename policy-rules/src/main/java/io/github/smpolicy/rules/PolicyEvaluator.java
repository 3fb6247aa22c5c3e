package io.github.smpolicy.rules;

import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.model.PolicyRef;
import io.github.smpolicy.model.Printable;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.rules.text.TextAnalyser;
import io.github.smpolicy.rules.text.WordModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Evaluates posts against Directive 311.40 and answers with a {@link Decision}.
 *
 * <p>Build one evaluator, once, and share it: it is immutable and thread-safe, and every call to
 * {@link #evaluate(Post)} works on state of its own.
 *
 * <pre>{@code
 * PolicyEvaluator evaluator = PolicyEvaluator.standard();
 * Decision decision = evaluator.evaluate(post);
 * if (decision.outcome() != Outcome.ALLOW) {
 *     System.out.println(decision.explain());
 * }
 * }</pre>
 */
public final class PolicyEvaluator {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyEvaluator.class);
    private static final PolicyRef POLICY = readPolicy();
    /** The default {@linkplain Builder#timeBudget time budget} of one evaluation, in milliseconds. */
    public static final long DEFAULT_TIME_BUDGET_MILLIS = 1_000;
    private static final Duration DEFAULT_TIME_BUDGET = Duration.ofMillis(DEFAULT_TIME_BUDGET_MILLIS);

    private final Evaluation.Settings settings;
    private final InputLimits limits;

    private PolicyEvaluator(Evaluation.Settings settings, InputLimits limits) {
        this.settings = settings;
        this.limits = limits;
    }

    /**
     * The most a post may hold for this evaluator.
     *
     * @return the limits set on the builder, {@link InputLimits#DEFAULT} unless set
     */
    public InputLimits limits() {
        return limits;
    }

    /**
     * How long one evaluation may run before it is stopped and decided as failed.
     *
     * @return the time budget; positive
     */
    public Duration timeBudget() {
        return settings.timeBudget();
    }

    /**
     * Portland's default: the standard rules and {@link AgencyProfile#portland()}.
     *
     * @return a new evaluator with the built-in text analyser, the default limits and time budget
     */
    public static PolicyEvaluator standard() {
        return builder().build();
    }

    /**
     * Starts an evaluator: Portland's profile, the built-in text analyser, the system UTC clock, the
     * default limits and time budget, until told otherwise.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Evaluates one post. Never throws for a valid post within the {@linkplain Builder#limits input
     * limits}: a rule that fails, tries to change 311.40's facts or overruns the time budget is an error
     * recorded in the decision, whose outcome is then at least the profile's failure mode and never
     * weaker than the findings reached.
     *
     * @param post the post; not {@code null}
     * @return the decision; never {@code null}
     * @throws NullPointerException     if {@code post} is {@code null}
     * @throws IllegalArgumentException when the post exceeds an input limit; the message names the field
     *                                  and the limit, never the content
     * @throws OutOfMemoryError         when the JVM runs out of memory; a rule's other errors are the post's
     */
    public Decision evaluate(Post post) {
        Objects.requireNonNull(post, "post");
        limits.exceededBy(post, settings.profile().reviewThreshold()).ifPresent(problem -> {
            throw new IllegalArgumentException("post exceeds an input limit: " + problem);
        });
        // the post id, never its text nor the member's name, goes with every log line of this evaluation,
        // escaped: an id with a line break or a terminal control must not forge a log line
        String id = Printable.of(post.id());
        try (MDC.MDCCloseable ignored = MDC.putCloseable("postId", id)) {
            Decision decision = new Evaluation(settings, post).run();
            if (!decision.errors().isEmpty()) {
                LOG.warn("post {}: {} with {} evaluation errors, first in {}", id, decision.outcome(),
                        decision.errors().size(), Printable.of(decision.errors().get(0).rule()));
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("post {}: {} ({} findings: {}; {} errors)", id, decision.outcome(),
                        decision.findings().size(), decision.findings().stream()
                                .map(f -> f.clause() + "=" + f.verdict()).toList(), decision.errors().size());
            }
            return decision;
        }
    }

    /**
     * Evaluates posts in order, one at a time, as {@link #evaluate(Post)} does.
     *
     * @param posts the posts; none {@code null}
     * @return one decision per post, in the same order
     * @throws IllegalArgumentException when a post exceeds an input limit; no decision is returned then
     */
    public List<Decision> evaluateAll(List<Post> posts) {
        List<Decision> decisions = new ArrayList<>(posts.size());
        for (Post post : posts) {
            decisions.add(evaluate(post));
        }
        return decisions;
    }

    /**
     * {@link Decision#explain()} in this evaluator's agency's words: whose permission to obtain, whose
     * authorship is exempt, by the title of the agency's head ({@link AgencyWording#chief()}).
     *
     * @param decision a decision, usually one this evaluator made
     * @return plain sentences for the member, the outcome first
     */
    public String explain(Decision decision) {
        return Objects.requireNonNull(decision, "decision").explain(settings.profile().wording().chief());
    }

    /**
     * The agency profile this evaluator was built with.
     *
     * @return the profile
     */
    public AgencyProfile profile() {
        return settings.profile();
    }

    /**
     * The clauses findings may cite: Directive 311.40's, then the profile's own.
     *
     * @return the catalogue
     */
    public ClauseCatalogue catalogue() {
        return settings.catalogue();
    }

    /**
     * What each rule of this evaluator cites (clauses, exceptions), standard and agency rules alike.
     *
     * @return one trace per rule
     */
    public List<RuleTrace> traceability() {
        return settings.rules().traces();
    }

    /**
     * The id and version of this library's standard rules, known without building an evaluator.
     *
     * @return such as {@code 311.40} and the rule-set version
     */
    public static PolicyRef standardPolicy() {
        return POLICY;
    }

    /**
     * The policy id and rule-set version every decision of this evaluator carries.
     *
     * @return {@link #standardPolicy()}, or, when the profile brings rules or clauses of its own, the same
     *         with {@code +} and the profile's id appended to the id
     */
    public PolicyRef policy() {
        return settings.policy();
    }

    /** Builds a {@link PolicyEvaluator}: a profile, content analysers, then {@link #build()}. */
    public static final class Builder {
        private AgencyProfile profile = AgencyProfile.portland();
        private final List<ContentAnalyser> analysers = new ArrayList<>();
        private boolean textAnalysis = true;
        private boolean wordModel = true;
        private Clock clock = Clock.systemUTC();
        private Duration timeBudget = DEFAULT_TIME_BUDGET;
        private InputLimits limits = InputLimits.DEFAULT;

        private Builder() {}

        /**
         * How long one evaluation may run (default {@value #DEFAULT_TIME_BUDGET_MILLIS} ms, far above
         * any legitimate post). Past it no further rule fires, a rule that sleeps or waits is interrupted,
         * and the decision records the error; with agency rules, 311.40's rules alone then decide the
         * floor. A rule that spins in plain Java ignoring interrupts cannot be stopped inside the JVM: see
         * the README's reliability section.
         *
         * @param budget positive
         * @return this builder
         * @throws NullPointerException     if {@code budget} is {@code null}
         * @throws IllegalArgumentException if {@code budget} is zero or negative
         */
        public Builder timeBudget(Duration budget) {
            Objects.requireNonNull(budget, "timeBudget");
            if (budget.isNegative() || budget.isZero()) {
                throw new IllegalArgumentException("timeBudget must be positive, was " + budget);
            }
            this.timeBudget = budget;
            return this;
        }

        /**
         * What one post may hold ({@link InputLimits#DEFAULT} unless set).
         *
         * @param limits the limits; not {@code null}
         * @return this builder
         */
        public Builder limits(InputLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Whether the built-in {@link TextAnalyser} reads post text, captions and shared text (the
         * default), with the profile's names and lexicon. Switch it off to decide on labels alone.
         *
         * @param on {@code false} to switch it off; other analysers still run
         * @return this builder
         */
        public Builder textAnalysis(boolean on) {
            this.textAnalysis = on;
            return this;
        }

        /**
         * Whether the built-in {@link WordModel} gives its opinions beside the lexicon (the default, when
         * text analysis is on): a logistic regression over the text's words and word pairs, trained on the
         * project's corpus, that catches wording the lexicon has no entry for; its opinions are at most
         * {@code REVIEW}. Switch it off for the lexicon's explicit wording alone. An analyser that
         * {@linkplain ContentAnalyser#replacesWordModel() replaces it} (the semantic analyser) leaves it out.
         *
         * @param on {@code false} to switch it off
         * @return this builder
         */
        public Builder wordModel(boolean on) {
            this.wordModel = on;
            return this;
        }

        /**
         * The agency profile: names, email domains, thresholds, failure mode, lexicon, clauses and rules.
         *
         * @param profile the profile; not {@code null}; {@link AgencyProfile#portland()} unless set
         * @return this builder
         */
        public Builder profile(AgencyProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /**
         * The clock of every decision's {@code audit.evaluatedAt}; the system's UTC clock by default.
         *
         * @param clock the clock; not {@code null}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Adds a content analyser; every analyser reads every text and their signals merge.
         *
         * @param analyser the analyser; not {@code null}, thread-safe
         * @return this builder
         */
        public Builder analyser(ContentAnalyser analyser) {
            analysers.add(Objects.requireNonNull(analyser, "analyser"));
            return this;
        }

        /**
         * Compiles the rules and checks the profile against the catalogue.
         *
         * @return the evaluator, immutable and thread-safe
         * @throws PolicyBuildException listing every problem, each with its file and line
         */
        public PolicyEvaluator build() {
            List<String> problems = new ArrayList<>();
            if (profile.emailDomains().isEmpty()) {
                problems.add("profile: agency.emailDomains: agency " + profile.id() + " names no email domain"
                        + " (311.40-1.9 reads registration emails against them)");
            }
            ClauseCatalogue catalogue = ClauseCatalogue.directive31140();
            try {
                catalogue = catalogue.with(profile.clauses());
            } catch (IllegalArgumentException e) {
                problems.add("profile: clauses: " + e.getMessage());
            }
            for (String clause : profile.disabledClauses()) {
                if (!catalogue.contains(clause)) {
                    problems.add("profile: disabledClauses names " + clause + ", which no catalogue defines");
                }
            }
            Set<String> labels = new LinkedHashSet<>(Labels.CONTENT);
            labels.addAll(profile.labels());
            Set<String> depictions = new LinkedHashSet<>(Labels.DEPICTIONS);
            depictions.addAll(profile.depictions());
            ClauseCatalogue standard = ClauseCatalogue.directive31140();
            profile.exceptions().forEach((clause, words) -> {
                if (!standard.contains(clause)) {
                    problems.add("profile: exceptions names " + clause + ", which is no clause of 311.40 (the agency's"
                            + " rules grant exceptions on the agency's own clauses without declaring them)");
                }
                for (String word : words) {
                    if (word == null || !word.matches("[A-Z][A-Z0-9_]{0,63}")) {
                        problems.add("profile: exceptions of " + clause + ": an exception word is UPPER_SNAKE_CASE,"
                                + " at most 64 characters");
                    }
                }
            });
            for (LexiconEntry entry : profile.lexicon()) {
                if (!labels.contains(entry.signal())) {
                    problems.add("profile: lexicon entry '" + entry.term() + "' raises " + entry.signal()
                            + ", which is no content label of this policy (declare it under labels)");
                }
            }
            // the lexicon and the rule base are built side by side: each takes a few hundred milliseconds on a
            // cold JVM, and start-up is their sum otherwise
            java.util.concurrent.FutureTask<TextAnalyser> lexicon = null;
            if (textAnalysis) {
                AgencyProfile p = profile;
                lexicon = new java.util.concurrent.FutureTask<>(() -> TextAnalyser.forProfile(p));
                Thread builder = new Thread(lexicon, "smpolicy-lexicon");
                builder.setDaemon(true);
                builder.start();
            }
            boolean withWordModel = lexicon != null && wordModel
                    && analysers.stream().noneMatch(ContentAnalyser::replacesWordModel);
            if (withWordModel) {
                WordModel.load(); // on this thread, while the lexicon is built on its own
            }
            List<RuleBase.Source> sources = new ArrayList<>(RuleBase.standardSources());
            for (RuleFile file : profile.rules()) {
                sources.add(new RuleBase.Source(file.name(), file.drl().getBytes(StandardCharsets.UTF_8)));
            }
            RuleBase rules = null;
            try {
                rules = RuleBase.compile(sources, catalogue::contains);
            } catch (PolicyBuildException e) {
                problems.addAll(e.problems());
            }
            if (!problems.isEmpty()) {
                throw new PolicyBuildException(problems);
            }
            List<ContentAnalyser> all = new ArrayList<>();
            if (lexicon != null) {
                all.add(built(lexicon));
                if (withWordModel) {
                    all.add(WordModel.forProfile(profile));
                }
            }
            all.addAll(analysers);
            boolean ownRules = !profile.rules().isEmpty() || !profile.clauses().isEmpty();
            PolicyRef policy = ownRules ? new PolicyRef(POLICY.id() + "+" + profile.id(), POLICY.version()) : POLICY;
            String digest = PolicyDigest.of(policy, profile, sources, all);
            return new PolicyEvaluator(new Evaluation.Settings(rules, profile, catalogue, policy,
                    List.copyOf(all), Set.copyOf(depictions), Set.copyOf(labels), digest, clock, timeBudget), limits);
        }
    }

    /** The lexicon built on its own thread, or what building it threw. */
    private static TextAnalyser built(java.util.concurrent.FutureTask<TextAnalyser> lexicon) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return lexicon.get();
                } catch (InterruptedException e) {
                    interrupted = true; // finish the build; the caller's thread keeps its interrupt
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static PolicyRef readPolicy() {
        Properties p = new Properties();
        try (InputStream in = PolicyEvaluator.class.getResourceAsStream("policy.properties")) {
            if (in == null) {
                throw new IOException("policy.properties is missing");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PolicyRef(p.getProperty("policy.id"), p.getProperty("policy.version"));
    }
}
