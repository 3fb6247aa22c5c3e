package io.github.smpolicy.model;

/** A member's role, as far as the directive gives roles a power (granting permission, consulting). */
public enum Role {
    MEMBER,
    CHIEF_OF_POLICE,
    CHIEF_DESIGNEE,
    PUBLIC_INFORMATION_OFFICER
}
