package io.github.smpolicy.rules.api;

import io.github.smpolicy.model.Verdict;

/**
 * A concern that no exception lifted, weighed against the thresholds into a verdict.
 *
 * @param concern the concern judged
 * @param verdict its verdict
 */
public record Judgement(Concern concern, Verdict verdict) {
    /**
     * The concern, under the bean name rules match on.
     *
     * @return the concern
     */
    public Concern getConcern() {
        return concern;
    }

    /**
     * The concern's clause.
     *
     * @return the clause id
     */
    public String getClause() {
        return concern.clause();
    }

    /**
     * The verdict, under the bean name rules match on.
     *
     * @return {@code VIOLATION} or {@code REVIEW}
     */
    public Verdict getVerdict() {
        return verdict;
    }
}
