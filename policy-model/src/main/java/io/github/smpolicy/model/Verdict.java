package io.github.smpolicy.model;

/** A finding's verdict: a violation of its clause, or something a person must review. */
public enum Verdict {
    /** A person must judge whether the post breaches the clause. */
    REVIEW,
    /** The post breaches the clause. */
    VIOLATION;

    /**
     * The outcome a finding of this verdict leads to on its own.
     *
     * @return {@code DENY} for a violation, {@code REVIEW} for a review
     */
    public Outcome outcome() {
        return this == VIOLATION ? Outcome.DENY : Outcome.REVIEW;
    }

    /**
     * The stronger of the two verdicts.
     *
     * @param other the verdict to compare with; not {@code null}
     * @return {@code VIOLATION} if either is one, otherwise {@code REVIEW}
     */
    public Verdict max(Verdict other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
