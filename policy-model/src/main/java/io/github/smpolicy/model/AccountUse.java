package io.github.smpolicy.model;

/** Whether an account is the member's own ({@code PERSONAL}) or an official outlet ({@code WORKPLACE}). */
public enum AccountUse {
    /** The member's own account: Procedure 1.1 to 1.9 apply. */
    PERSONAL,
    /** An official Bureau outlet: only Policy 2 (PIO consultation) applies, not Procedure 1.x. */
    WORKPLACE
}
