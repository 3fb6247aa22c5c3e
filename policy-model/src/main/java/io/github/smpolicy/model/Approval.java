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

    /** Whether this approval covers the asset {@code mediaId} ({@code null}: a finding about no asset). */
    public boolean covers(String mediaId) {
        return media.isEmpty() || mediaId == null || media.contains(mediaId);
    }

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

        public Builder clauses(String... clauseIds) {
            clauses.addAll(List.of(clauseIds));
            return this;
        }

        public Builder media(String... mediaIds) {
            media.addAll(List.of(mediaIds));
            return this;
        }

        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        public Builder revoked(boolean revoked) {
            this.revoked = revoked;
            return this;
        }

        public Approval build() {
            return new Approval(id, kind, grantedBy, clauses, media, grantedAt, expiresAt, revoked);
        }
    }
}
