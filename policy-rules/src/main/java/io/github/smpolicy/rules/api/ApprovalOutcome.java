package io.github.smpolicy.rules.api;

import io.github.smpolicy.model.ApprovalStatus;

/**
 * The status the decision reports for one approval.
 *
 * @param status {@code APPLIED}, {@code UNUSED} or {@code REJECTED} with its reason
 */
public record ApprovalOutcome(ApprovalStatus status) {
    /**
     * The id of the approval the status is about.
     *
     * @return the approval's id
     */
    public String getApproval() {
        return status.id();
    }
}
