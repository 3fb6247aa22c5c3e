package io.github.smpolicy.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An approval the member holds for a post: the Chief's express permission, or a PIO consultation.
 *
 * @param id        required, unique within the post
 * @param kind      required
 * @param grantedBy who granted it; required
 * @param clauses   the clause ids it grants permission for (a PIO consultation needs none)
 * @param media     the media ids it covers; empty means the whole post
 * @param grantedAt required
 * @param expiresAt {@code null} when it does not expire; otherwise after {@code grantedAt}
 * @param revoked   withdrawn by the grantor
 */
public record Approval(String id, ApprovalKind kind, Member grantedBy, List<String> clauses, List<String> media,
        Instant grantedAt, Instant expiresAt, boolean revoked) {
    /**
     * Copies the lists and checks the parts.
     *
     * @param id        required, non-empty
     * @param kind      required
     * @param grantedBy required
     * @param clauses   {@code null} is read as none
     * @param media     {@code null} is read as the whole post
     * @param grantedAt required
     * @param expiresAt {@code null}, or after {@code grantedAt}
     * @param revoked   withdrawn by the grantor
     * @throws IllegalArgumentException if any of these does not hold
     */
    public Approval {
        Checks.nonBlank(id, "id");
        Checks.required(kind, "kind");
        Checks.required(grantedBy, "grantedBy");
        clauses = Checks.list(clauses, "clauses");
        media = Checks.list(media, "media");
        Checks.required(grantedAt, "grantedAt");
        if (expiresAt != null && !expiresAt.isAfter(grantedAt)) {
            throw new IllegalArgumentException("expiresAt must be after grantedAt");
        }
    }

    /**
     * Whether this approval covers an asset. It says nothing of validity or of the clause.
     *
     * @param mediaId the asset's id; {@code null} for a finding about no asset
     * @return {@code true} when the approval covers the whole post, {@code mediaId} is {@code null}, or the
     *         approval names {@code mediaId}
     */
    public boolean covers(String mediaId) {
        return media.isEmpty() || mediaId == null || media.contains(mediaId);
    }

    /**
     * Starts an approval from its required parts; it covers no clause and the whole post until told.
     *
     * @param id        unique within the post
     * @param kind      {@code PERMISSION} or {@code PIO_CONSULTATION}
     * @param grantedBy who granted it
     * @param grantedAt when it was granted
     * @return a builder; {@link Builder#build()} checks the parts
     */
    public static Builder builder(String id, ApprovalKind kind, Member grantedBy, Instant grantedAt) {
        return new Builder(id, kind, grantedBy, grantedAt);
    }

    /** Builds an {@link Approval}. */
    public static final class Builder {
        private final String id;
        private final ApprovalKind kind;
        private final Member grantedBy;
        private final Instant grantedAt;
        private final List<String> clauses = new ArrayList<>();
        private final List<String> media = new ArrayList<>();
        private Instant expiresAt;
        private boolean revoked;

        private Builder(String id, ApprovalKind kind, Member grantedBy, Instant grantedAt) {
            this.id = id;
            this.kind = kind;
            this.grantedBy = grantedBy;
            this.grantedAt = grantedAt;
        }

        /**
         * Adds clause ids the approval grants permission for.
         *
         * @param clauseIds such as {@code 311.40-1.1}
         * @return this builder
         */
        public Builder clauses(String... clauseIds) {
            clauses.addAll(List.of(clauseIds));
            return this;
        }

        /**
         * Adds media ids the approval covers; none means the whole post.
         *
         * @param mediaIds ids of the post's assets
         * @return this builder
         */
        public Builder media(String... mediaIds) {
            media.addAll(List.of(mediaIds));
            return this;
        }

        /**
         * Sets when the approval expires; at that instant it no longer counts.
         *
         * @param expiresAt after the grant; {@code null} for never
         * @return this builder
         */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /**
         * Sets whether the grantor withdrew the approval.
         *
         * @param revoked {@code true} if withdrawn
         * @return this builder
         */
        public Builder revoked(boolean revoked) {
            this.revoked = revoked;
            return this;
        }

        /**
         * Builds the approval.
         *
         * @return the approval
         * @throws IllegalArgumentException if a required part is missing or {@code expiresAt} is not after
         *                                  {@code grantedAt}
         */
        public Approval build() {
            return new Approval(id, kind, grantedBy, clauses, media, grantedAt, expiresAt, revoked);
        }
    }
}
