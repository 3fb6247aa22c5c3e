package io.github.smpolicy.rules.api;

/** A valid permission was checked against a concern it does not cover (another clause, other media). */
public record ApprovalOutOfScope(String approval) {
    public String getApproval() {
        return approval;
    }
}
