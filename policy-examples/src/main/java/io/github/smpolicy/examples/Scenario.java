package io.github.smpolicy.examples;

import io.github.smpolicy.examples.Json.Field;
import io.github.smpolicy.model.Exemption;
import io.github.smpolicy.model.ApprovalStatus;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One line of a scenario file ({@code json-contract.md}, "A scenario"): a post and what its decision
 * must say.
 *
 * @param name       what the scenario shows, in a sentence
 * @param agency     the profile to evaluate under, resolved against the scenario file; {@code null}: Portland's
 * @param post       the post
 * @param outcomes   acceptable outcomes; empty: any
 * @param clauses    every clause that must have a finding, with its acceptable verdicts; no other may have one
 * @param exceptions exceptions that must be applied ({@code media} {@code null}: any asset)
 * @param approvals  approval statuses that must be reported ({@code reason} {@code null}: any)
 */
record Scenario(String name, Path agency, Post post, List<Outcome> outcomes, Map<String, List<Verdict>> clauses,
        List<Exemption> exceptions, List<ExpectedApproval> approvals) {

    /** An approval's expected status; unlike {@link ApprovalStatus}, a rejection's reason may be left open. */
    record ExpectedApproval(String id, ApprovalStatus.Status status, ApprovalStatus.Reason reason) {
        boolean matches(ApprovalStatus actual) {
            return actual.status() == status && (reason == null || actual.reason() == reason);
        }

        String describe() {
            return status + (reason == null ? "" : " " + reason);
        }
    }

    /**
     * Reads a scenario; {@code dir} is the scenario file's directory, which {@code agency} is relative to.
     *
     * @throws AgencySetup.Failure when {@code agency} is absolute or leads out of {@code dir} and
     *                             {@code allowOutsidePaths} is not set: a configuration error, not a failing scenario
     */
    static Scenario read(Field scenario, Path dir, boolean allowOutsidePaths) {
        scenario.object();
        String name = scenario.get("name").requiredText();
        String agency = scenario.get("agency").text();
        if (agency != null && !allowOutsidePaths && BoundedFiles.inside(dir, agency) == null) {
            throw new AgencySetup.Failure("agency: must be a path inside the scenario file's directory "
                    + "(--allow-outside-paths allows others)", List.of());
        }
        Post post = PostJson.read(scenario.get("post"));
        Field expect = scenario.get("expect").object();
        List<Outcome> outcomes = expect.get("outcome").words(Outcome.class);
        Map<String, List<Verdict>> clauses = new LinkedHashMap<>();
        Field expectedClauses = expect.get("clauses");
        if (expectedClauses.present()) {
            expectedClauses.object().node().fieldNames().forEachRemaining(clause ->
                    clauses.put(clause, expectedClauses.get(clause).required().words(Verdict.class)));
        }
        List<Exemption> exceptions = expect.get("exceptions").elements().stream()
                .map(e -> e.object().build(() -> new Exemption(e.get("clause").requiredText(),
                        e.get("exception").requiredText(), e.get("media").text())))
                .toList();
        List<ExpectedApproval> approvals = expect.get("approvals").elements().stream()
                .map(a -> new ExpectedApproval(a.object().get("id").requiredText(),
                        a.get("status").required().word(ApprovalStatus.Status.class),
                        a.get("reason").word(ApprovalStatus.Reason.class)))
                .toList();
        return new Scenario(name, agency == null ? null : dir.resolve(agency), post, outcomes, clauses, exceptions,
                approvals);
    }

    /** What {@code decision} says that this scenario does not expect; empty when it passes. */
    List<String> differences(Decision decision) {
        List<String> differences = new ArrayList<>();
        if (!outcomes.isEmpty() && !outcomes.contains(decision.outcome())) {
            differences.add("outcome: expected " + words(outcomes) + ", got " + decision.outcome());
        }
        clauses.forEach((clause, verdicts) -> {
            Optional<Finding> finding = decision.finding(clause);
            if (finding.isEmpty() || !verdicts.contains(finding.get().verdict())) {
                differences.add(clause + ": expected " + words(verdicts) + ", got "
                        + finding.map(f -> f.verdict().name()).orElse("no finding"));
            }
        });
        for (Finding finding : decision.findings()) {
            if (!clauses.containsKey(finding.clause())) {
                differences.add(finding.clause() + ": expected no finding, got " + finding.verdict()
                        + " from rule '" + finding.rule() + "'");
            }
        }
        for (Exemption expected : exceptions) {
            if (decision.exceptions().stream().noneMatch(e -> e.clause().equals(expected.clause())
                    && e.exception().equals(expected.exception())
                    && (expected.media() == null || expected.media().equals(e.media())))) {
                differences.add("exception " + expected.exception() + " under " + expected.clause()
                        + (expected.media() == null ? "" : " for " + expected.media()) + ": expected, not applied");
            }
        }
        for (ExpectedApproval expected : approvals) {
            Optional<ApprovalStatus> actual = decision.approvals().stream()
                    .filter(a -> a.id().equals(expected.id())).findFirst();
            if (actual.isEmpty() || !expected.matches(actual.get())) {
                differences.add("approval " + expected.id() + ": expected " + expected.describe() + ", got "
                        + actual.map(a -> a.status() + (a.reason() == null ? "" : " " + a.reason()))
                                .orElse("no status"));
            }
        }
        if (!differences.isEmpty()) {
            // An evaluation error often explains the rest.
            decision.errors().forEach(e -> differences.add("evaluation error in " + e.rule() + ": " + e.message()));
        }
        return differences;
    }

    private static String words(List<?> words) {
        return words.size() == 1 ? words.get(0).toString() : "one of " + Json.oneOf(words);
    }
}
