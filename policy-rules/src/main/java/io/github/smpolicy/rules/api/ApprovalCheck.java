package io.github.smpolicy.rules.api;

import io.github.smpolicy.model.ApprovalStatus.Reason;

/**
 * The result of checking one approval's validity: {@code rejection} is the first failing check, or
 * {@code null} when the approval is valid. Inserted by {@code approvals.drl}, once per approval.
 *
 * @param approval  the approval's id
 * @param rejection the first failing check, in the rule book's order; {@code null} when valid
 */
public record ApprovalCheck(String approval, Reason rejection) {
    /**
     * The approval's id, under the bean name rules match on.
     *
     * @return the approval's id
     */
    public String getApproval() {
        return approval;
    }

    /**
     * The first failing check, under the bean name rules match on.
     *
     * @return the reason, or {@code null} when the approval is valid
     */
    public Reason getRejection() {
        return rejection;
    }

    /**
     * Whether every check passed (scope is checked later, against each concern).
     *
     * @return {@code true} when there is no rejection
     */
    public boolean isValid() {
        return rejection == null;
    }
}
