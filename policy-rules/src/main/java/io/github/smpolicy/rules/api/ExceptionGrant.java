package io.github.smpolicy.rules.api;

/**
 * An exception that applies to a clause: for one asset ({@code media}), or for the clause as a whole
 * ({@code media == null}). A lifting exception removes the concerns it covers; a softening one
 * ({@code UNION_ACTIVITY}) only records why a violation became a review.
 *
 * @param clause    the clause id it applies to
 * @param exception the exception word, such as {@code CEREMONY_PHOTO}
 * @param media     the asset it covers; {@code null} for the clause as a whole
 * @param lifting   {@code true} if it removes concerns, {@code false} if it only softens
 */
public record ExceptionGrant(String clause, String exception, String media, boolean lifting) {
    /**
     * An exception that removes the clause's concerns it covers.
     *
     * @param clause    the clause id
     * @param exception the exception word, such as {@code EXPRESS_PERMISSION}
     * @param media     the asset it covers; {@code null} for every concern of the clause
     * @return the grant
     */
    public static ExceptionGrant lifting(String clause, String exception, String media) {
        return new ExceptionGrant(clause, exception, media, true);
    }

    /**
     * An exception that only records why a violation of the clause became a review.
     *
     * @param clause    the clause id
     * @param exception the exception word, such as {@code UNION_ACTIVITY}
     * @return the grant, covering the clause as a whole
     */
    public static ExceptionGrant softening(String clause, String exception) {
        return new ExceptionGrant(clause, exception, null, false);
    }

    /**
     * The clause id, under the bean name rules match on.
     *
     * @return the clause id
     */
    public String getClause() {
        return clause;
    }

    /**
     * The exception word, under the bean name rules match on.
     *
     * @return an upper-case word such as {@code CEREMONY_PHOTO}
     */
    public String getException() {
        return exception;
    }

    /**
     * The asset it covers, under the bean name rules match on.
     *
     * @return the asset's id, or {@code null} for the clause as a whole
     */
    public String getMedia() {
        return media;
    }

    /**
     * Whether it removes concerns, under the bean name rules match on.
     *
     * @return {@code true} if lifting, {@code false} if softening
     */
    public boolean isLifting() {
        return lifting;
    }

    /**
     * Whether this exception lifts the concern.
     *
     * @param concern the concern; not {@code null}
     * @return {@code true} if it is lifting, of the concern's clause, and covers the concern's asset
     */
    public boolean lifts(Concern concern) {
        return lifting && clause.equals(concern.clause()) && (media == null || media.equals(concern.media()));
    }
}
