package io.github.smpolicy.rules.api;

import io.github.smpolicy.model.Verdict;

/**
 * How content of one origin counts against the member: as their own ({@code cap} VIOLATION), or at
 * most as a review. {@code supportOnly} marks content that counts for 311.40-1.6 and 1.7 alone, the
 * two clauses that forbid supporting a posting: content the member commented on or endorsed (liked).
 * Inserted by {@code sharing.drl}.
 *
 * @param origin      whose content it is
 * @param cap         the strongest verdict that content may reach: {@code VIOLATION} when it counts as
 *                    the member's own, {@code REVIEW} otherwise
 * @param supportOnly whether it counts for 311.40-1.6 and 1.7 alone
 */
public record Attribution(Origin origin, Verdict cap, boolean supportOnly) {
    /**
     * Whose content this attribution is about.
     *
     * @return {@code POST} or {@code SHARED}
     */
    public Origin getOrigin() {
        return origin;
    }

    /**
     * The strongest verdict that content may reach.
     *
     * @return {@code VIOLATION} or {@code REVIEW}
     */
    public Verdict getCap() {
        return cap;
    }

    /**
     * Whether the content counts for 311.40-1.6 and 1.7 alone (a comment on it, or a like of it).
     *
     * @return {@code true} for content the member commented on or endorsed
     */
    public boolean isSupportOnly() {
        return supportOnly;
    }

    /**
     * The name agency rules written before 0.2 use ({@code !commentOnly}); it now also covers
     * endorsements, which the rule book reads the same way.
     *
     * @return the same as {@link #isSupportOnly()}
     * @deprecated use {@link #isSupportOnly()}
     */
    @Deprecated
    public boolean isCommentOnly() {
        return supportOnly;
    }

    /**
     * Whether the content is the member's own communication — posted, shared or endorsed — rather than
     * something they only commented on (311.40-P3: a union label counts there).
     *
     * @return {@code false} only for support-only content capped at a review (a comment on it)
     */
    public boolean isOwnCommunication() {
        return !supportOnly || cap == Verdict.VIOLATION;
    }
}
