package io.github.smpolicy.model;

/** What the member did: published, shared, commented on, or endorsed (liked, reacted to) a posting. */
public enum Action {
    PUBLISH,
    SHARE,
    COMMENT,
    ENDORSE
}
