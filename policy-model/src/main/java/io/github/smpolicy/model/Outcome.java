package io.github.smpolicy.model;

/** What the decision says of the post, weakest first: {@code ALLOW < REVIEW < DENY}. */
public enum Outcome {
    ALLOW,
    REVIEW,
    DENY;

    /** The stronger of the two outcomes. */
    public Outcome max(Outcome other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
