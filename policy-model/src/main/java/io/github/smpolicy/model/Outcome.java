package io.github.smpolicy.model;

/** What the decision says of the post, weakest first: {@code ALLOW < REVIEW < DENY}. */
public enum Outcome {
    /** The post may be published: no finding and no error. */
    ALLOW,
    /** A person must decide before the post is published: a review finding, or an error while evaluating. */
    REVIEW,
    /**
     * The post breaches the directive (a finding is a violation), or its evaluation failed under a
     * fail-closed profile.
     */
    DENY;

    /**
     * The stronger of the two outcomes.
     *
     * @param other the outcome to compare with; not {@code null}
     * @return {@code this} or {@code other}, whichever comes later in {@code ALLOW < REVIEW < DENY}
     */
    public Outcome max(Outcome other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
