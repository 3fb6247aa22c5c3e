package io.github.smpolicy.rules.api;

/** Whose content a fact comes from: the member's own post, or the posting it shares or answers. */
public enum Origin {
    POST,
    SHARED
}
