package io.github.smpolicy.model;

/** The official ceremony or recognition at which a photograph was taken (311.40-1.1's exception). */
public enum Occasion {
    /** An appointment ceremony. */
    APPOINTMENT,
    /** A promotion ceremony. */
    PROMOTION,
    /** An award ceremony. */
    AWARD,
    /** A commendation. */
    COMMENDATION,
    /** Another official ceremony or recognition. */
    OTHER_OFFICIAL_CEREMONY
}
