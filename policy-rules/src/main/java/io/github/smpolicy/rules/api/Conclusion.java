package io.github.smpolicy.rules.api;

import io.github.smpolicy.model.Outcome;

/**
 * The outcome the judgements combine to, inserted once by {@code outcome.drl}.
 *
 * @param outcome the strongest verdict's outcome, {@code ALLOW} when there is none
 */
public record Conclusion(Outcome outcome) {
    /**
     * The outcome, under the bean name rules match on.
     *
     * @return the outcome
     */
    public Outcome getOutcome() {
        return outcome;
    }
}
