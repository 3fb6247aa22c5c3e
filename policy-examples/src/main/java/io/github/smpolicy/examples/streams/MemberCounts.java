package io.github.smpolicy.examples.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Verdict;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serde;

/**
 * How a member's posts were decided in one window: how many posts, how many per outcome, and per clause
 * how many findings of each verdict. Ids, clause ids and counts only: no text of any post. As JSON:
 * {@code {"posts": 3, "outcomes": {"ALLOW": 1, "REVIEW": 0, "DENY": 2},
 * "clauses": {"311.40-1.1": {"REVIEW": 0, "VIOLATION": 2}}}}.
 *
 * @param posts    the number of posts decided
 * @param outcomes the number per outcome, every outcome present (zero when none), in the order ALLOW, REVIEW, DENY
 * @param clauses  per clause with a finding (sorted by clause id), the number per verdict, every verdict present
 */
public record MemberCounts(long posts, Map<Outcome, Long> outcomes, Map<String, Map<Verdict, Long>> clauses) {
    /** No post yet. */
    public static final MemberCounts NONE = new MemberCounts(0, Map.of(), Map.of());

    /**
     * Copies the maps, filling in zero for every outcome and verdict left out.
     *
     * @param posts    zero or more
     * @param outcomes counts per outcome; not {@code null}
     * @param clauses  counts per clause and verdict; not {@code null}
     * @throws IllegalArgumentException if a count is negative
     */
    public MemberCounts {
        if (posts < 0) {
            throw new IllegalArgumentException("posts: negative");
        }
        outcomes = complete(Outcome.class, outcomes);
        Map<String, Map<Verdict, Long>> byClause = new TreeMap<>();
        clauses.forEach((clause, verdicts) -> byClause.put(clause, complete(Verdict.class, verdicts)));
        clauses = Collections.unmodifiableMap(new LinkedHashMap<>(byClause));
    }

    /**
     * One decision's counts: one post, its outcome, and one finding per clause it has a finding for.
     *
     * @param decision the decision
     * @return the counts
     */
    public static MemberCounts of(Decision decision) {
        Map<String, Map<Verdict, Long>> clauses = new TreeMap<>();
        for (Finding finding : decision.findings()) {
            clauses.computeIfAbsent(finding.clause(), c -> new EnumMap<>(Verdict.class))
                    .merge(finding.verdict(), 1L, Long::sum);
        }
        return new MemberCounts(1, Map.of(decision.outcome(), 1L), clauses);
    }

    /**
     * These counts and {@code other}'s added up.
     *
     * @param other the counts to add
     * @return the sums
     */
    public MemberCounts plus(MemberCounts other) {
        Map<Outcome, Long> sumOutcomes = new EnumMap<>(outcomes);
        other.outcomes.forEach((outcome, n) -> sumOutcomes.merge(outcome, n, Long::sum));
        Map<String, Map<Verdict, Long>> sumClauses = new TreeMap<>();
        clauses.forEach((clause, verdicts) -> sumClauses.put(clause, new EnumMap<>(verdicts)));
        other.clauses.forEach((clause, verdicts) -> verdicts.forEach((verdict, n) -> sumClauses
                .computeIfAbsent(clause, c -> new EnumMap<>(Verdict.class)).merge(verdict, n, Long::sum)));
        return new MemberCounts(posts + other.posts, sumOutcomes, sumClauses);
    }

    /**
     * The counts as one JSON object.
     *
     * @return the JSON text
     */
    public String toJson() {
        return tree().toString();
    }

    /**
     * Reads counts written by {@link #toJson()}.
     *
     * @param json one JSON object
     * @return the counts
     * @throws IllegalArgumentException if the text is not such an object
     */
    public static MemberCounts read(String json) {
        return read(StreamJson.tree(json));
    }

    ObjectNode tree() {
        ObjectNode json = StreamJson.MAPPER.createObjectNode().put("posts", posts);
        ObjectNode byOutcome = json.putObject("outcomes");
        outcomes.forEach((outcome, n) -> byOutcome.put(outcome.name(), n));
        ObjectNode byClause = json.putObject("clauses");
        clauses.forEach((clause, verdicts) -> {
            ObjectNode byVerdict = byClause.putObject(clause);
            verdicts.forEach((verdict, n) -> byVerdict.put(verdict.name(), n));
        });
        return json;
    }

    static MemberCounts read(JsonNode json) {
        long posts = StreamJson.number(json, "posts").longValue();
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        JsonNode byOutcome = json.path("outcomes");
        for (Iterator<String> it = byOutcome.fieldNames(); it.hasNext();) {
            String word = it.next();
            outcomes.put(word(Outcome.class, "outcomes", word), StreamJson.number(byOutcome, word).longValue());
        }
        Map<String, Map<Verdict, Long>> clauses = new TreeMap<>();
        JsonNode byClause = json.path("clauses");
        for (Iterator<String> it = byClause.fieldNames(); it.hasNext();) {
            String clause = it.next();
            JsonNode byVerdict = byClause.get(clause);
            Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
            for (Iterator<String> v = byVerdict.fieldNames(); v.hasNext();) {
                String word = v.next();
                verdicts.put(word(Verdict.class, "clauses." + clause, word), StreamJson.number(byVerdict, word).longValue());
            }
            clauses.put(clause, verdicts);
        }
        return new MemberCounts(posts, outcomes, clauses);
    }

    /** The serde of the member-view store and its repartition topic: this record's JSON in UTF-8. */
    static Serde<MemberCounts> serde() {
        return StreamJson.serde(MemberCounts::toJson, MemberCounts::read);
    }

    private static <E extends Enum<E>> Map<E, Long> complete(Class<E> type, Map<E, Long> counts) {
        Map<E, Long> all = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            long n = counts.getOrDefault(e, 0L);
            if (n < 0) {
                throw new IllegalArgumentException(e.name() + ": negative count");
            }
            all.put(e, n);
        }
        return Collections.unmodifiableMap(all);
    }

    private static <E extends Enum<E>> E word(Class<E> type, String field, String word) {
        try {
            return Enum.valueOf(type, word);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": unknown word " + word);
        }
    }
}
