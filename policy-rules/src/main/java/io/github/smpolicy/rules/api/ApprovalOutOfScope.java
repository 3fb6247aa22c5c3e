package io.github.smpolicy.rules.api;

/**
 * A valid permission was checked against a concern it does not cover (another clause, other media).
 *
 * @param approval the approval's id
 */
public record ApprovalOutOfScope(String approval) {
    /**
     * The approval's id, under the bean name rules match on.
     *
     * @return the approval's id
     */
    public String getApproval() {
        return approval;
    }
}
