package io.github.smpolicy.rules.api;

import io.github.smpolicy.model.ApprovalStatus.Reason;

/**
 * The result of checking one approval's validity: {@code rejection} is the first failing check, or
 * {@code null} when the approval is valid. Inserted by {@code approvals.drl}, once per approval.
 */
public record ApprovalCheck(String approval, Reason rejection) {
    public String getApproval() {
        return approval;
    }

    public Reason getRejection() {
        return rejection;
    }

    public boolean isValid() {
        return rejection == null;
    }
}
