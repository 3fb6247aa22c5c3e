package io.github.smpolicy.rules.api;

/** Whose content a fact comes from: the member's own post, or the posting it shares or answers. */
public enum Origin {
    /** The member's own post: its text, labels and media. */
    POST,
    /** The posting the post shares, comments on or endorses. */
    SHARED
}
