package io.github.smpolicy.rules.api;

import io.github.smpolicy.model.Verdict;

/** A concern that no exception lifted, weighed against the thresholds into a verdict. */
public record Judgement(Concern concern, Verdict verdict) {
    public Concern getConcern() {
        return concern;
    }

    public String getClause() {
        return concern.clause();
    }

    public Verdict getVerdict() {
        return verdict;
    }
}
