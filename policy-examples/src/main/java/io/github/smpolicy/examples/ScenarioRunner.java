package io.github.smpolicy.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.smpolicy.examples.Json.Field;
import io.github.smpolicy.rules.PolicyBuildException;
import io.github.smpolicy.rules.PolicyEvaluator;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs scenario files ({@code json-contract.md}, "A scenario"): each line a post and the decision it
 * must get. Use it from a test to hold an agency's rules to its scenarios:
 *
 * <pre>{@code
 * List<ScenarioRunner.Result> failed = new ScenarioRunner().run(Path.of("scenarios.jsonl")).stream()
 *         .filter(r -> !r.passed()).toList();
 * assertTrue(failed.isEmpty(), () -> failed.stream().map(ScenarioRunner.Result::describe).toList().toString());
 * }</pre>
 *
 * <p>One runner builds one evaluator per agency profile and reuses it across files. Not thread-safe.
 */
public final class ScenarioRunner {
    // By profile path; the null key holds Portland's standard evaluator.
    private final Map<Path, PolicyEvaluator> evaluators = new HashMap<>();

    /**
     * What became of one scenario.
     *
     * @param name        the scenario's name, or {@code line N} when it has none
     * @param file        the scenario file
     * @param line        its line in the file
     * @param differences what the decision said that the scenario did not expect, or why the scenario
     *                    could not run; empty when it passed
     */
    public record Result(String name, Path file, int line, List<String> differences) {
        public Result {
            differences = List.copyOf(differences);
        }

        public boolean passed() {
            return differences.isEmpty();
        }

        /** The scenario, where it is, and what differed: one line for a report. */
        public String describe() {
            return name + " (" + file.getFileName() + ":" + line + ")"
                    + (passed() ? "" : ": " + String.join("; ", differences));
        }
    }

    /** Runs every scenario of {@code file}, in order; blank lines are skipped. */
    public List<Result> run(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
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
        try {
            Field json = Field.root(Json.parse(text));
            JsonNode named = json.get("name").node();
            if (named != null && named.isTextual()) {
                name = named.textValue();
            }
            Scenario scenario = Scenario.read(json, dir);
            return new Result(name, file, line, scenario.differences(evaluator(scenario.agency()).evaluate(
                    scenario.post())));
        } catch (IllegalArgumentException | PolicyBuildException e) {
            return new Result(name, file, line, List.of("invalid scenario: " + e.getMessage()));
        } catch (IOException e) {
            return new Result(name, file, line, List.of("agency: cannot read the profile: " + Json.reason(e)));
        }
    }

    private PolicyEvaluator evaluator(Path agency) throws IOException {
        Path key = agency == null ? null : agency.toAbsolutePath().normalize();
        PolicyEvaluator evaluator = evaluators.get(key);
        if (evaluator == null) {
            evaluator = key == null ? PolicyEvaluator.standard()
                    : PolicyEvaluator.builder().profile(ProfileJson.read(key)).build();
            evaluators.put(key, evaluator);
        }
        return evaluator;
    }
}
