package io.github.smpolicy.model;

/** What the member did: published, shared, commented on, or endorsed (liked, reacted to) a posting. */
public enum Action {
    /** Published a posting of the member's own. */
    PUBLISH,
    /** Shared another posting; every clause applies to the shared content too. */
    SHARE,
    /** Commented on another posting. */
    COMMENT,
    /** Endorsed another posting (a like, a reaction); only 1.6 and 1.7 apply to the endorsed content. */
    ENDORSE
}
