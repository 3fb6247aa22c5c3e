package io.github.smpolicy.model;

/**
 * Something that went wrong while evaluating a post. A decision with an error is never {@code ALLOW}.
 *
 * @param rule    the rule that failed, or {@code evaluator} when it was not a rule
 * @param message what went wrong, without the post's text
 */
public record EvaluationError(String rule, String message) {
    /**
     * Checks the parts.
     *
     * @param rule    required, non-empty
     * @param message required, non-empty
     * @throws IllegalArgumentException if either is {@code null} or empty
     */
    public EvaluationError {
        Checks.nonBlank(rule, "rule");
        Checks.nonBlank(message, "message");
    }
}
