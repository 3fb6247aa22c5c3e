package io.github.smpolicy.rules.api;

/**
 * An exception that applies to a clause: for one asset ({@code media}), or for the clause as a whole
 * ({@code media == null}). A lifting exception removes the concerns it covers; a softening one
 * ({@code UNION_ACTIVITY}) only records why a violation became a review.
 */
public record ExceptionGrant(String clause, String exception, String media, boolean lifting) {
    public static ExceptionGrant lifting(String clause, String exception, String media) {
        return new ExceptionGrant(clause, exception, media, true);
    }

    public static ExceptionGrant softening(String clause, String exception) {
        return new ExceptionGrant(clause, exception, null, false);
    }

    public String getClause() {
        return clause;
    }

    public String getException() {
        return exception;
    }

    public String getMedia() {
        return media;
    }

    public boolean isLifting() {
        return lifting;
    }

    /** Whether this exception lifts the concern. */
    public boolean lifts(Concern concern) {
        return lifting && clause.equals(concern.clause()) && (media == null || media.equals(concern.media()));
    }
}
