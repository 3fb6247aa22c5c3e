package io.github.smpolicy.model;

/**
 * An exception of the rule book that lifted (or, for {@code UNION_ACTIVITY}, softened) what would have been
 * a finding: the directive's word is <em>exception</em> (the contract's {@code exceptions}); the type is
 * named {@code Exemption} so that it does not read as a {@link Throwable}.
 *
 * @param clause    the clause it applies to
 * @param exception {@code CEREMONY_PHOTO}, {@code EXPRESS_PERMISSION}, {@code CHIEF_OF_POLICE_AUTHOR},
 *                  {@code PIO_AUTHOR}, {@code UNION_ACTIVITY}, {@code COMMENT_DISAGREES}, or an agency's own word
 * @param media     the asset it covers; {@code null} when it covers the clause as a whole
 */
public record Exemption(String clause, String exception, String media) {
    /** 311.40-1.1: a photograph of the author in uniform at an official ceremony. */
    public static final String CEREMONY_PHOTO = "CEREMONY_PHOTO";
    /** 311.40-1.1 or 1.8: a valid approval of kind {@code PERMISSION} covering the finding. */
    public static final String EXPRESS_PERMISSION = "EXPRESS_PERMISSION";
    /** 311.40-1.1 or 1.8: the author is the Chief of Police, whose permission would be needed. */
    public static final String CHIEF_OF_POLICE_AUTHOR = "CHIEF_OF_POLICE_AUTHOR";
    /** 311.40-P2: the author is the Public Information Officer, who needs no consultation. */
    public static final String PIO_AUTHOR = "PIO_AUTHOR";
    /** 311.40-P3: possibly protected union activity turned a violation of the clause into a review. */
    public static final String UNION_ACTIVITY = "UNION_ACTIVITY";
    /**
     * 311.40-1.6 or 1.7: the member's comment disagrees in so many words with the posting it answers ("delete
     * this", "hard disagree"), so the posting's content is not counted as the member's; the comment's own
     * words are judged as always.
     */
    public static final String COMMENT_DISAGREES = "COMMENT_DISAGREES";

    /**
     * Checks the clause and the exception word.
     *
     * @param clause    required, non-empty
     * @param exception required, an upper-case word ({@code [A-Z][A-Z0-9_]*})
     * @param media     the asset it covers; may be {@code null}
     * @throws IllegalArgumentException if {@code clause} or {@code exception} is missing or malformed
     */
    public Exemption {
        Checks.nonBlank(clause, "clause");
        Checks.word(exception, "exception");
    }

    /**
     * Plain words for the member.
     *
     * @return the clause, the asset if any, and why the exception applies, such as
     *         {@code 311.40-1.1 for img-1: you hold express permission}
     */
    public String describe() {
        return describe(Remedy.DIRECTIVE_HEAD);
    }

    /**
     * Plain words for the member of an agency whose head has another title than the directive's.
     *
     * @param head the title of the agency's head, such as {@code Sheriff} ({@code Chief of Police} in the
     *             directive)
     * @return the clause, the asset if any, and why the exception applies
     */
    public String describe(String head) {
        String what = switch (exception) {
            case CEREMONY_PHOTO -> "it is a photograph of you in uniform at an official ceremony";
            case EXPRESS_PERMISSION -> "you hold express permission";
            case CHIEF_OF_POLICE_AUTHOR -> "the " + head + " needs no one's permission";
            case PIO_AUTHOR -> "the Public Information Officer needs no consultation";
            case UNION_ACTIVITY -> "it may be protected union activity, which a person must judge";
            case COMMENT_DISAGREES -> "your comment disagrees with the posting it answers, so its content does not count as yours";
            default -> "the exception " + exception + " applies";
        };
        return clause + (media == null ? "" : " for " + media) + ": " + what;
    }
}
