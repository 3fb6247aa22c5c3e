package io.github.smpolicy.model;

/**
 * What became of one approval the post carried.
 *
 * @param id     the approval's id
 * @param status {@code APPLIED}, {@code UNUSED} or {@code REJECTED}
 * @param reason why it was rejected; {@code null} unless {@code REJECTED}
 */
public record ApprovalStatus(String id, Status status, Reason reason) {
    /** Whether the approval counted. */
    public enum Status {
        /** Valid, and it lifted a finding. */
        APPLIED,
        /** Valid, but nothing in the post needed it. */
        UNUSED,
        /** It did not count; the status's {@code reason} says why. */
        REJECTED
    }

    /** Why an approval did not count, in the order the checks are made. */
    public enum Reason {
        /** The grantor's role may not grant this kind of approval. */
        GRANTOR_NOT_AUTHORIZED,
        /** It was granted after the post was made. */
        NOT_YET_VALID,
        /** It expired at or before the time the post was made. */
        EXPIRED,
        /** The grantor withdrew it. */
        REVOKED,
        /** Valid, but it names another clause or other media than the finding it was checked against. */
        OUT_OF_SCOPE
    }

    /**
     * Checks that a reason is given exactly when the approval was rejected.
     *
     * @param id     the approval's id; required, non-empty
     * @param status required
     * @param reason required for {@code REJECTED}, {@code null} otherwise
     * @throws IllegalArgumentException if any of these does not hold
     */
    public ApprovalStatus {
        Checks.nonBlank(id, "id");
        Checks.required(status, "status");
        if ((status == Status.REJECTED) != (reason != null)) {
            throw new IllegalArgumentException("reason is required for REJECTED and only for REJECTED");
        }
    }

    /**
     * Plain words for the member.
     *
     * @return a lower-case sentence fragment, such as {@code approval a1 did not count: it was revoked}
     */
    public String describe() {
        return switch (status) {
            case APPLIED -> "approval " + id + " counted";
            case UNUSED -> "approval " + id + " is valid but nothing in the post needed it";
            case REJECTED -> "approval " + id + " did not count: " + switch (reason) {
                case GRANTOR_NOT_AUTHORIZED -> "whoever granted it may not grant that kind of approval";
                case NOT_YET_VALID -> "it was granted after the post was made";
                case EXPIRED -> "it had expired when the post was made";
                case REVOKED -> "it was revoked";
                case OUT_OF_SCOPE -> "it does not cover what needed permission (another clause or other media)";
            };
        };
    }
}
