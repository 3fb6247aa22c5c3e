package io.github.smpolicy.rules.api;

import io.github.smpolicy.model.Approval;
import io.github.smpolicy.model.ApprovalKind;
import io.github.smpolicy.model.Role;
import java.time.Instant;

/** An approval the post carries, with its place in the post's list (the first valid one applies). */
public final class ApprovalFact {
    private final Approval approval;
    private final int index;

    public ApprovalFact(Approval approval, int index) {
        this.approval = approval;
        this.index = index;
    }

    public Approval getApproval() {
        return approval;
    }

    public String getId() {
        return approval.id();
    }

    public int getIndex() {
        return index;
    }

    public ApprovalKind getKind() {
        return approval.kind();
    }

    public Role getGrantorRole() {
        return approval.grantedBy().role();
    }

    public Instant getGrantedAt() {
        return approval.grantedAt();
    }

    /** {@code null} when it does not expire. */
    public Instant getExpiresAt() {
        return approval.expiresAt();
    }

    public boolean isRevoked() {
        return approval.revoked();
    }

    /** Whether it names the clause. */
    public boolean names(String clause) {
        return approval.clauses().contains(clause);
    }

    /** Whether it covers the asset ({@code null}: a concern about no asset). */
    public boolean covers(String media) {
        return approval.covers(media);
    }
}
