package io.github.smpolicy.model;

/** An express permission (311.40-1.1, 1.8) or a consultation with the Public Information Officer (P2). */
public enum ApprovalKind {
    /** Express permission, granted by the Chief of Police or a designee, for the clauses it names. */
    PERMISSION,
    /** A consultation with the Public Information Officer, which a workplace post needs (311.40-P2). */
    PIO_CONSULTATION
}
