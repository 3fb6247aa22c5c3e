package io.github.smpolicy.rules.api;

/**
 * A valid approval lifted the concerns of {@code clause} about {@code media} ({@code null}: any).
 *
 * @param approval the approval's id
 * @param clause   the clause id whose concerns it lifted
 * @param media    the asset it covers; {@code null} for every concern of the clause
 */
public record ApprovalApplied(String approval, String clause, String media) {
    /**
     * The approval's id, under the bean name rules match on.
     *
     * @return the approval's id
     */
    public String getApproval() {
        return approval;
    }

    /**
     * Whether this approval lifts a concern: same clause, and the same asset unless it covers any.
     *
     * @param concern the concern; not {@code null}
     * @return {@code true} if it lifts the concern
     */
    public boolean lifts(Concern concern) {
        return clause.equals(concern.clause()) && (media == null || media.equals(concern.media()));
    }
}
