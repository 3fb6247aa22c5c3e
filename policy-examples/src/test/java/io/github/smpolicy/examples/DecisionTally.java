package io.github.smpolicy.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What a report must show, counted straight from the JSON lines {@code evaluate} writes (and, for months,
 * from the posts' own {@code postedAt}), with Jackson trees only: nothing of {@link ReviewReport} is used, so
 * that the report is checked against an independent count.
 */
final class DecisionTally {
    /** Posts by outcome word. */
    final Map<String, Integer> outcomes = new TreeMap<>();
    /** Findings by {@code clause:verdict}, and distinct posts by {@code clause:posts}. */
    final Map<String, Integer> clauses = new TreeMap<>();
    /** Exceptions by {@code clause:exception}. */
    final Map<String, Integer> exceptions = new TreeMap<>();
    /** Approvals by {@code status:reason} (reason empty when none). */
    final Map<String, Integer> approvals = new TreeMap<>();
    /** Every finding: post id, its outcome, clause, verdict, and the month it was posted ({@code null}: unknown). */
    final java.util.ArrayList<Row> findings = new java.util.ArrayList<>();
    int decided;
    int errorRecords;
    int findingCount;
    int exceptionCount;
    int approvalCount;
    int evaluationErrors;

    /** One finding as the filter sees it. */
    record Row(String postId, String outcome, String clause, String verdict, String month) {}

    /**
     * @param decisionLines what {@code evaluate} wrote, one JSON object a line
     * @param postedAt      post times by post id; may be empty
     */
    DecisionTally(List<String> decisionLines, Map<String, Instant> postedAt) {
        for (String line : decisionLines) {
            JsonNode d = Json.parse(line);
            if (!d.has("outcome")) {
                errorRecords++;
                continue;
            }
            decided++;
            String postId = d.get("postId").asText();
            String outcome = d.get("outcome").asText();
            Instant at = postedAt.get(postId);
            String month = at == null ? null : YearMonth.from(at.atZone(ZoneOffset.UTC)).toString();
            outcomes.merge(outcome, 1, Integer::sum);
            Set<String> clausesOfPost = new HashSet<>();
            for (JsonNode f : d.get("findings")) {
                String clause = f.get("clause").asText();
                String verdict = f.get("verdict").asText();
                clauses.merge(clause + ":" + verdict, 1, Integer::sum);
                if (clausesOfPost.add(clause)) {
                    clauses.merge(clause + ":posts", 1, Integer::sum);
                }
                findings.add(new Row(postId, outcome, clause, verdict, month));
                findingCount++;
            }
            for (JsonNode e : d.get("exceptions")) {
                exceptions.merge(e.get("clause").asText() + ":" + e.get("exception").asText(), 1, Integer::sum);
                exceptionCount++;
            }
            for (JsonNode a : d.get("approvals")) {
                approvals.merge(a.get("status").asText() + ":" + a.path("reason").asText(""), 1, Integer::sum);
                approvalCount++;
            }
            evaluationErrors += d.get("errors").size();
        }
    }

    /** Post times by id, read from a posts file as plain JSON. */
    static Map<String, Instant> postedAt(List<String> postLines) {
        Map<String, Instant> times = new HashMap<>();
        for (String line : postLines) {
            JsonNode p = Json.parse(line);
            times.putIfAbsent(p.get("id").asText(), Instant.parse(p.get("postedAt").asText()));
        }
        return times;
    }

    /** Findings that pass {@code filter}. */
    long count(Predicate<Row> filter) {
        return findings.stream().filter(filter).count();
    }

    /** Distinct posts among the findings that pass {@code filter}. */
    long posts(Predicate<Row> filter) {
        return findings.stream().filter(filter).map(Row::postId).distinct().count();
    }

    /** The clause with the most findings. */
    String busiestClause() {
        Map<String, Long> byClause = new TreeMap<>();
        findings.forEach(r -> byClause.merge(r.clause(), 1L, Long::sum));
        return byClause.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
