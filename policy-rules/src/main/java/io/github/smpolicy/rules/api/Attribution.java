package io.github.smpolicy.rules.api;

import io.github.smpolicy.model.Verdict;

/**
 * How content of one origin counts against the member: as their own ({@code cap} VIOLATION), or at
 * most as a review. {@code commentOnly} marks content the member only commented on, which counts for
 * 311.40-1.6 and 1.7 alone. Inserted by {@code sharing.drl}.
 */
public record Attribution(Origin origin, Verdict cap, boolean commentOnly) {
    public Origin getOrigin() {
        return origin;
    }

    public Verdict getCap() {
        return cap;
    }

    public boolean isCommentOnly() {
        return commentOnly;
    }
}
