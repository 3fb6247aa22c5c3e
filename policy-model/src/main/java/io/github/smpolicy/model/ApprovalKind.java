package io.github.smpolicy.model;

/** An express permission (311.40-1.1, 1.8) or a consultation with the Public Information Officer (P2). */
public enum ApprovalKind {
    PERMISSION,
    PIO_CONSULTATION
}
