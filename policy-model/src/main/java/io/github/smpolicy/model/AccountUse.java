package io.github.smpolicy.model;

/** Whether an account is the member's own ({@code PERSONAL}) or an official outlet ({@code WORKPLACE}). */
public enum AccountUse {
    /** The member's own account: Procedure 1.1 to 1.9 apply. */
    PERSONAL,
    /** An official Bureau outlet: Policy 2 (PIO consultation) governs it; Procedure 1.x does not apply. */
    WORKPLACE
}
