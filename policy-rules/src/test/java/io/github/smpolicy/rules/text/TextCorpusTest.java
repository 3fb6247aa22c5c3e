package io.github.smpolicy.rules.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.smpolicy.model.Account;
import io.github.smpolicy.model.Action;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Member;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Role;
import io.github.smpolicy.model.SharedContent;
import io.github.smpolicy.rules.PolicyEvaluator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs the labelled corpus (src/test/resources/corpus/text-corpus.jsonl, written independently of
 * the lexicon) through {@link PolicyEvaluator} on text alone, prints precision and recall per
 * clause, and holds the two lines this product must not cross: no must-ALLOW post is DENY, and
 * recall on explicit violations is at least 90%.
 */
class TextCorpusTest {
    private static final List<String> CLAUSES = List.of("311.40-1.3", "311.40-1.4", "311.40-1.5", "311.40-1.6",
            "311.40-1.7", "311.40-1.8");

    record Sample(String id, String clause, String form, Post post) {}

    record Result(Sample sample, Decision decision) {
        Set<String> clauses() {
            return decision.findings().stream().map(Finding::clause).collect(Collectors.toSet());
        }
    }

    @Test
    void theCorpusGetsNoFalseDenyOnProtectedSpeechAndNinetyPercentRecallOnExplicitViolations() throws IOException {
        PolicyEvaluator evaluator = PolicyEvaluator.standard();
        List<Result> results = new ArrayList<>();
        for (Sample s : corpus()) {
            results.add(new Result(s, evaluator.evaluate(s.post())));
        }

        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%n%-11s %5s %5s %5s %9s %7s %9s %9s %9s%n", "clause", "tp", "fp", "fn", "precision", "recall",
                "explicit", "ambiguous", "obfusc."));
        for (String clause : CLAUSES) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Result r : results) {
                boolean found = r.clauses().contains(clause);
                boolean labelled = clause.equals(r.sample().clause());
                tp += found && labelled ? 1 : 0;
                fp += found && !labelled ? 1 : 0;
                fn += !found && labelled ? 1 : 0;
            }
            table.append(String.format(Locale.ROOT, "%-11s %5d %5d %5d %9.2f %7.2f %9s %9s %9s%n", clause, tp, fp, fn,
                    tp + fp == 0 ? 1.0 : (double) tp / (tp + fp), tp + fn == 0 ? 1.0 : (double) tp / (tp + fn),
                    recall(results, clause, "explicit"), recall(results, clause, "ambiguous"),
                    recall(results, clause, "obfuscated")));
        }
        List<Result> falseDeny = results.stream()
                .filter(r -> r.sample().form().equals("allow") && r.decision().outcome() == Outcome.DENY).toList();
        List<Result> allowReviewed = results.stream()
                .filter(r -> r.sample().form().equals("allow") && r.decision().outcome() == Outcome.REVIEW).toList();
        List<Result> ambiguousDeny = results.stream()
                .filter(r -> r.sample().form().equals("ambiguous") && r.decision().outcome() == Outcome.DENY).toList();
        List<Result> explicit = results.stream().filter(r -> r.sample().form().equals("explicit")).toList();
        List<Result> missed = explicit.stream().filter(r -> !r.clauses().contains(r.sample().clause())).toList();
        double explicitRecall = 1.0 - (double) missed.size() / explicit.size();
        table.append(String.format(Locale.ROOT, "must-ALLOW posts: %d, DENY %d, REVIEW %d; ambiguous posts DENY: %d;"
                + " explicit recall %.3f (%d missed)%n", results.stream().filter(r -> r.sample().form().equals("allow"))
                .count(), falseDeny.size(), allowReviewed.size(), ambiguousDeny.size(), explicitRecall, missed.size()));
        describe(table, "must-ALLOW reviewed", allowReviewed);
        describe(table, "ambiguous denied", ambiguousDeny);
        describe(table, "explicit missed", missed);
        System.out.println(table);

        assertTrue(falseDeny.isEmpty(), () -> "DENY on must-ALLOW posts: " + ids(falseDeny) + table);
        assertTrue(explicitRecall >= 0.90, () -> "explicit recall below 90%" + table);
    }

    private static String recall(List<Result> results, String clause, String form) {
        List<Result> of = results.stream()
                .filter(r -> clause.equals(r.sample().clause()) && r.sample().form().equals(form)).toList();
        long hit = of.stream().filter(r -> r.clauses().contains(clause)).count();
        return of.isEmpty() ? "-" : hit + "/" + of.size();
    }

    private static void describe(StringBuilder out, String what, List<Result> results) {
        for (Result r : results) {
            out.append("  ").append(what).append(' ').append(r.sample().id()).append(' ')
                    .append(r.sample().clause()).append(" -> ").append(new TreeMap<>(r.decision().findings().stream()
                            .collect(Collectors.toMap(Finding::clause, f -> f.verdict().name())))).append('\n');
        }
    }

    private static String ids(List<Result> results) {
        return results.stream().map(r -> r.sample().id()).toList().toString();
    }

    static List<Sample> corpus() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Sample> samples = new ArrayList<>();
        var in = TextCorpusTest.class.getResourceAsStream("/corpus/text-corpus.jsonl");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                Post.Builder post = Post.builder(n.get("id").asText(), Instant.parse("2026-03-01T18:00:00Z"))
                        .author(new Member("m-1", null, Role.MEMBER)).account(Account.personal("member@example.com"))
                        .action(Action.valueOf(n.path("action").asText("PUBLISH"))).text(n.path("text").asText(""));
                if (n.hasNonNull("shared")) {
                    post.shared(SharedContent.of(n.get("shared").asText()));
                }
                samples.add(new Sample(n.get("id").asText(), n.path("clause").isNull() ? null : n.get("clause").asText(),
                        n.get("form").asText(), post.build()));
            }
        }
        return samples;
    }
}
