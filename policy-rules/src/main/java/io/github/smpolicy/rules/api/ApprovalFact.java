package io.github.smpolicy.rules.api;

import io.github.smpolicy.model.Approval;
import io.github.smpolicy.model.ApprovalKind;
import io.github.smpolicy.model.Role;
import java.time.Instant;

/** An approval the post carries, with its place in the post's list (the first valid one applies). */
public final class ApprovalFact {
    private final Approval approval;
    private final int index;

    /**
     * Wraps one approval of the post.
     *
     * @param approval the approval; not {@code null}
     * @param index    its 0-based place in the post's list of approvals
     */
    public ApprovalFact(Approval approval, int index) {
        this.approval = approval;
        this.index = index;
    }

    /**
     * The approval itself.
     *
     * @return the approval
     */
    public Approval getApproval() {
        return approval;
    }

    /**
     * The approval's id.
     *
     * @return the id, unique within the post
     */
    public String getId() {
        return approval.id();
    }

    /**
     * Its place in the post's list: where several valid approvals could lift a finding, the lowest wins.
     *
     * @return the 0-based index
     */
    public int getIndex() {
        return index;
    }

    /**
     * What kind of approval it is.
     *
     * @return {@code PERMISSION} or {@code PIO_CONSULTATION}
     */
    public ApprovalKind getKind() {
        return approval.kind();
    }

    /**
     * The role of the member who granted it, which decides whether they may.
     *
     * @return the grantor's role
     */
    public Role getGrantorRole() {
        return approval.grantedBy().role();
    }

    /**
     * When it was granted; it counts only for a post made at or after this instant.
     *
     * @return the grant's instant
     */
    public Instant getGrantedAt() {
        return approval.grantedAt();
    }

    /**
     * When it expires; a post made at or after this instant is not covered.
     *
     * @return the expiry, or {@code null} when it does not expire
     */
    public Instant getExpiresAt() {
        return approval.expiresAt();
    }

    /**
     * Whether the grantor withdrew it.
     *
     * @return {@code true} if revoked
     */
    public boolean isRevoked() {
        return approval.revoked();
    }

    /**
     * Whether it names the clause.
     *
     * @param clause a clause id such as {@code 311.40-1.1}
     * @return {@code true} if the approval's clauses contain it
     */
    public boolean names(String clause) {
        return approval.clauses().contains(clause);
    }

    /**
     * Whether it covers the asset.
     *
     * @param media the asset's id; {@code null} for a concern about no asset
     * @return {@code true} if it covers the whole post, {@code media} is {@code null}, or it names {@code media}
     */
    public boolean covers(String media) {
        return approval.covers(media);
    }
}
