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

    /**
     * Checks the required parts and copies the remedies.
     *
     * @param clause     required
     * @param rule       required
     * @param message    required
     * @param confidence within [0, 1]
     * @param cap        required
     * @param evidence   required
     * @param media      may be {@code null}
     * @param remedies   not {@code null}; may be empty
     * @throws NullPointerException if a required part or {@code remedies} is {@code null}
     */
    public Concern {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(evidence, "evidence");
        remedies = List.copyOf(remedies);
    }

    /**
     * The clause id, under the bean name rules match on.
     *
     * @return the clause id
     */
    public String getClause() {
        return clause;
    }

    /**
     * The confidence, under the bean name rules match on.
     *
     * @return within [0, 1]
     */
    public double getConfidence() {
        return confidence;
    }

    /**
     * The strongest verdict it may reach, under the bean name rules match on.
     *
     * @return {@code VIOLATION} or {@code REVIEW}
     */
    public Verdict getCap() {
        return cap;
    }

    /**
     * The asset it is about, under the bean name rules match on.
     *
     * @return the asset's id, or {@code null} for a concern about no asset
     */
    public String getMedia() {
        return media;
    }

    /**
     * Whether it rests on a statistical model's opinion alone, which is at most a review.
     *
     * @return {@code true} if its evidence is text read as an opinion
     */
    public boolean isOpinion() {
        return evidence instanceof Evidence.TextEvidence t && t.opinion();
    }

    /**
     * The verdict this concern reaches given its confidence, its cap and the deny threshold. The review
     * threshold is not checked here: a concern below it is not judged at all.
     *
     * @param denyThreshold the profile's deny threshold
     * @return {@code VIOLATION} when the confidence reaches {@code denyThreshold}, the cap allows it and it is
     *         not a model's opinion; {@code REVIEW} otherwise
     */
    public Verdict verdictAt(double denyThreshold) {
        return confidence >= denyThreshold && cap == Verdict.VIOLATION && !isOpinion()
                ? Verdict.VIOLATION : Verdict.REVIEW;
    }
}
