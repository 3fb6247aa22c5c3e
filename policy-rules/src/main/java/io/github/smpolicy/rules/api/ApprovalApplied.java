package io.github.smpolicy.rules.api;

/** A valid approval lifted the concerns of {@code clause} about {@code media} ({@code null}: any). */
public record ApprovalApplied(String approval, String clause, String media) {
    public String getApproval() {
        return approval;
    }

    public boolean lifts(Concern concern) {
        return clause.equals(concern.clause()) && (media == null || media.equals(concern.media()));
    }
}
