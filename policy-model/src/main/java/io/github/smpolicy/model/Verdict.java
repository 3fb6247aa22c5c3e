package io.github.smpolicy.model;

/** A finding's verdict: a violation of its clause, or something a person must review. */
public enum Verdict {
    REVIEW,
    VIOLATION;

    /** The outcome a finding of this verdict leads to on its own. */
    public Outcome outcome() {
        return this == VIOLATION ? Outcome.DENY : Outcome.REVIEW;
    }

    public Verdict max(Verdict other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
