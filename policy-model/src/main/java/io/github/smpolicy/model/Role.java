package io.github.smpolicy.model;

/** A member's role, as far as the directive gives roles a power (granting permission, consulting). */
public enum Role {
    /** Any member without one of the roles below. */
    MEMBER,
    /** The Chief of Police: may grant permission, and needs none for 311.40-1.1 or 1.8. */
    CHIEF_OF_POLICE,
    /** The Chief's designee: may grant permission. */
    CHIEF_DESIGNEE,
    /** The Public Information Officer: gives PIO consultations, and needs none for a workplace post. */
    PUBLIC_INFORMATION_OFFICER
}
