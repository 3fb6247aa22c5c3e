package io.github.smpolicy.model;

/** Whether an account is the member's own ({@code PERSONAL}) or an official outlet ({@code WORKPLACE}). */
public enum AccountUse {
    PERSONAL,
    WORKPLACE
}
