package io.github.smpolicy.rules.api;

import io.github.smpolicy.model.Outcome;

/** The outcome the judgements combine to, inserted once by {@code outcome.drl}. */
public record Conclusion(Outcome outcome) {
    public Outcome getOutcome() {
        return outcome;
    }
}
