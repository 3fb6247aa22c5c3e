package io.github.smpolicy.model;

/** The kind of a media asset; the ceremony exception of 311.40-1.1 covers photographs only. */
public enum MediaKind {
    /** A photograph: the only kind the ceremony exception of 311.40-1.1 can cover. */
    PHOTO,
    /** A video; never covered by the ceremony exception. */
    VIDEO,
    /** An image that is not a photograph; not covered by the ceremony exception. */
    IMAGE,
    /** Any other kind of asset. */
    OTHER
}
