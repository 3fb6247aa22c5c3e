package io.github.smpolicy.model;

/** The official ceremony or recognition at which a photograph was taken (311.40-1.1's exception). */
public enum Occasion {
    APPOINTMENT,
    PROMOTION,
    AWARD,
    COMMENDATION,
    OTHER_OFFICIAL_CEREMONY
}
