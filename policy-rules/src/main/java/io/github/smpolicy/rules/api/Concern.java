package io.github.smpolicy.rules.api;

import io.github.smpolicy.model.Evidence;
import io.github.smpolicy.model.Remedy;
import io.github.smpolicy.model.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * What a clause's rule found, before exceptions and thresholds: the one way a rule raises a finding.
 * Exceptions may lift it; the thresholds weigh its confidence into a {@link Judgement}; findings of
 * one clause are merged into one {@code Finding}.
 *
 * @param clause     the clause id it cites, which the catalogue must define
 * @param rule       the name of the rule that raised it
 * @param message    one sentence a member understands
 * @param confidence of the signal or depiction it rests on
 * @param cap        the strongest verdict it may reach ({@code REVIEW} where a person must judge)
 * @param evidence   what it rests on
 * @param media      the asset it is about, or {@code null}
 * @param remedies   what the member can do about it
 */
public record Concern(String clause, String rule, String message, double confidence, Verdict cap, Evidence evidence,
        String media, List<Remedy> remedies) {

    public Concern {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(evidence, "evidence");
        remedies = List.copyOf(remedies);
    }

    public String getClause() {
        return clause;
    }

    public double getConfidence() {
        return confidence;
    }

    public Verdict getCap() {
        return cap;
    }

    public String getMedia() {
        return media;
    }

    /** Whether it rests on a statistical model's opinion alone, which is at most a review. */
    public boolean isOpinion() {
        return evidence instanceof Evidence.Text t && t.opinion();
    }

    /** The strongest verdict this concern can reach given its confidence and thresholds. */
    public Verdict verdictAt(double denyThreshold) {
        return confidence >= denyThreshold && cap == Verdict.VIOLATION && !isOpinion()
                ? Verdict.VIOLATION : Verdict.REVIEW;
    }
}
