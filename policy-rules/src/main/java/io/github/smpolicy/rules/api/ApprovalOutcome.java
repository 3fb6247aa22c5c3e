package io.github.smpolicy.rules.api;

import io.github.smpolicy.model.ApprovalStatus;

/** The status the decision reports for one approval. */
public record ApprovalOutcome(ApprovalStatus status) {
    public String getApproval() {
        return status.id();
    }
}
