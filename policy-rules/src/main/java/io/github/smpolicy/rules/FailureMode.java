package io.github.smpolicy.rules;

/** The outcome of a decision whose evaluation failed: never {@code ALLOW}. */
public enum FailureMode {
    /** Fail to a person: the decision is {@code REVIEW} with the error recorded (the default). */
    REVIEW,
    /** Fail closed: the decision is {@code DENY} with the error recorded. */
    DENY
}
