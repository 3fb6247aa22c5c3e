package io.github.smpolicy.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.smpolicy.examples.Json.Field;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.rules.PolicyEvaluator;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs scenario files ({@code json-contract.md}, "A scenario"): each line a post and the decision it
 * must get. Use it from a test to hold an agency's rules to its scenarios, and to see what they cover:
 *
 * <pre>{@code
 * ScenarioRunner runner = new ScenarioRunner();
 * List<ScenarioRunner.Result> failed = runner.run(Path.of("scenarios.jsonl")).stream()
 *         .filter(r -> !r.passed()).toList();
 * assertTrue(failed.isEmpty(), () -> failed.stream().map(ScenarioRunner.Result::describe).toList().toString());
 * assertEquals(List.of(), runner.coverage().get(0).neverExercised());
 * }</pre>
 *
 * <p>A scenario that names an {@code agency} profile is evaluated under it; the others under the
 * runner's fallback setup (Portland's unless given). One runner builds one evaluator per setup and
 * reuses it across scenarios and files. A setup that cannot be built stops the run with an
 * {@link AgencySetup.Failure} listing every problem: a broken profile is not a failing scenario.
 * Not thread-safe.
 */
public final class ScenarioRunner {
    private final AgencySetup fallback;
    // By setup, with absolute paths, in the order of first use.
    private final Map<AgencySetup, Built> built = new LinkedHashMap<>();

    /** One setup's evaluator (or why it could not be built) and the decisions it made for scenarios. */
    private static final class Built {
        final PolicyEvaluator evaluator;
        final AgencySetup.Failure failure;
        final List<Decision> decisions = new ArrayList<>();

        Built(PolicyEvaluator evaluator, AgencySetup.Failure failure) {
            this.evaluator = evaluator;
            this.failure = failure;
        }
    }

    /**
     * What became of one scenario.
     *
     * @param name        the scenario's name, or {@code line N} when it has none
     * @param file        the scenario file
     * @param line        its line in the file
     * @param differences what the decision said that the scenario did not expect, or why the scenario
     *                    could not run; empty when it passed
     * @param decision    the decision the post got; {@code null} when the scenario could not run
     */
    public record Result(String name, Path file, int line, List<String> differences, Decision decision) {
        /**
         * Copies the differences.
         *
         * @param name        the scenario's name
         * @param file        the scenario file
         * @param line        its line in the file, from 1
         * @param differences not {@code null}, no element {@code null}; empty when it passed
         * @param decision    may be {@code null}
         * @throws NullPointerException if {@code differences} is or holds {@code null}
         */
        public Result {
            differences = List.copyOf(differences);
        }

        /**
         * Whether the decision was what the scenario expected.
         *
         * @return {@code true} when there is no difference
         */
        public boolean passed() {
            return differences.isEmpty();
        }

        /**
         * The scenario, where it is, and what differed: one line for a report.
         *
         * @return such as {@code badge at a scene (scenarios.jsonl:12): outcome: expected REVIEW, got DENY}
         */
        public String describe() {
            return name + " (" + file.getFileName() + ":" + line + ")"
                    + (passed() ? "" : ": " + String.join("; ", differences));
        }
    }

    /**
     * How long one scenario's evaluation may take before it is abandoned and the scenario fails: the
     * library stops rules that sleep or loop through the engine at its time budget (1 s); this catches a
     * rule that spins in plain Java, which nothing inside the JVM can stop.
     */
    public static final Duration POST_TIMEOUT = Duration.ofSeconds(5);

    /** The worker evaluating scenarios; replaced when one is abandoned with a stuck evaluation. */
    private ExecutorService worker;

    private Decision evaluate(PolicyEvaluator evaluator, Post post) throws Throwable {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "scenario-evaluator");
                t.setDaemon(true);
                return t;
            });
        }
        Future<Decision> done = worker.submit(() -> evaluator.evaluate(post));
        try {
            return done.get(POST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            done.cancel(true);
            worker.shutdownNow();
            worker = null; // the stuck thread keeps the old worker; the next scenario gets a fresh one
            throw e;
        } catch (ExecutionException e) {
            throw e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    /** A runner whose scenarios without an {@code agency} are evaluated under Portland's profile. */
    public ScenarioRunner() {
        this(AgencySetup.portland());
    }

    /**
     * A runner whose scenarios without an {@code agency} are evaluated under {@code fallback}.
     *
     * @param fallback the setup of scenarios that name no profile; its {@code semantic} and
     *                 {@code allowOutsidePaths} apply to the others too
     */
    public ScenarioRunner(AgencySetup fallback) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    /** The largest scenario file read. */
    public static final long MAX_SCENARIO_FILE_BYTES = 64L * 1024 * 1024;

    /**
     * Runs every scenario of {@code file}, in order; blank lines are skipped.
     *
     * @param file a JSON Lines file of scenarios, UTF-8; {@code agency} paths are relative to its directory
     * @return one result per scenario, in the file's order; an invalid scenario is a failed result
     *
     * @throws IOException when the file cannot be read or holds more than {@link #MAX_SCENARIO_FILE_BYTES}
     * @throws AgencySetup.Failure when a scenario's profile cannot be built, or its {@code agency} path
     *                             leads out of the scenario file's directory
     */
    public List<Result> run(Path file) throws IOException {
        Path dir = file.getParent() == null ? Path.of("") : file.getParent();
        if (Files.size(file) > MAX_SCENARIO_FILE_BYTES) {
            throw new BoundedFiles.TooLarge(MAX_SCENARIO_FILE_BYTES);
        }
        List<Result> results = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int line = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                if (!text.isBlank()) {
                    results.add(run(file, line, text, dir));
                }
            }
        }
        return results;
    }

    private Result run(Path file, int line, String text, Path dir) {
        String name = "line " + line;
        Scenario scenario;
        try {
            Field json = Field.root(Json.parse(text));
            JsonNode named = json.get("name").node();
            if (named != null && named.isTextual()) {
                name = named.textValue();
            }
            scenario = Scenario.read(json, dir, fallback.allowOutsidePaths());
        } catch (IllegalArgumentException e) {
            return new Result(name, file, line, List.of("invalid scenario: " + e.getMessage()), null);
        } catch (AgencySetup.Failure e) {
            throw e.at(file + ":" + line);
        }
        AgencySetup setup = scenario.agency() == null ? fallback
                : new AgencySetup(scenario.agency(), List.of(), fallback.semantic(), fallback.allowOutsidePaths());
        Built b;
        try {
            b = build(setup);
        } catch (AgencySetup.Failure e) {
            throw e.at(file + ":" + line);
        }
        Decision decision;
        try {
            decision = evaluate(b.evaluator, scenario.post());
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (TimeoutException e) { // a rule spinning in plain Java: abandoned, the run goes on
            return new Result(name, file, line, List.of("the evaluation did not finish within "
                    + POST_TIMEOUT.toMillis() + " ms"), null);
        } catch (Throwable e) { // a recursing rule: the scenario fails, the run goes on
            return new Result(name, file, line, List.of("the post could not be evaluated: "
                    + e.getClass().getSimpleName()), null);
        }
        b.decisions.add(decision);
        return new Result(name, file, line, scenario.differences(decision), decision);
    }

    /**
     * The evaluator of {@code setup}, built on first use and reused after.
     *
     * @param setup the setup
     * @return the evaluator, the same one for every equal setup (paths compared absolute)
     * @throws AgencySetup.Failure when it cannot be built (the failure is remembered too)
     */
    public PolicyEvaluator evaluator(AgencySetup setup) {
        return build(setup).evaluator;
    }

    /**
     * The evaluator of the fallback setup, built on first use.
     *
     * @return the evaluator
     * @throws AgencySetup.Failure when it cannot be built
     */
    public PolicyEvaluator fallback() {
        return evaluator(fallback);
    }

    /**
     * Whether a scenario run so far was evaluated under the fallback setup.
     *
     * @return {@code true} if at least one was
     */
    public boolean usedFallback() {
        Built b = built.get(fallback.key());
        return b != null && !b.decisions.isEmpty();
    }

    private Built build(AgencySetup setup) {
        Built b = built.computeIfAbsent(setup.key(), key -> {
            try {
                return new Built(setup.build(), null);
            } catch (AgencySetup.Failure e) {
                return new Built(null, e);
            }
        });
        if (b.failure != null) {
            throw b.failure;
        }
        return b;
    }

    /**
     * The coverage of every scenario run so far: one {@link Coverage} per evaluator that evaluated a
     * scenario, in the order of first use.
     *
     * @return the coverages; empty before any scenario was evaluated
     */
    public List<Coverage> coverage() {
        List<Coverage> coverage = new ArrayList<>();
        for (Built b : built.values()) {
            if (b.evaluator != null && !b.decisions.isEmpty()) {
                coverage.add(Coverage.of(b.evaluator, b.decisions));
            }
        }
        return coverage;
    }
}
