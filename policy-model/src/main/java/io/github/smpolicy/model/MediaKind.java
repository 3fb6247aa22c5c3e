package io.github.smpolicy.model;

/** The kind of a media asset; the ceremony exception of 311.40-1.1 covers photographs only. */
public enum MediaKind {
    PHOTO,
    VIDEO,
    IMAGE,
    OTHER
}
