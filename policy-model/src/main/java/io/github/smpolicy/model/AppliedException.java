package io.github.smpolicy.model;

/**
 * An exception that lifted (or, for {@code UNION_ACTIVITY}, softened) what would have been a finding.
 *
 * @param clause    the clause it applies to
 * @param exception {@code CEREMONY_PHOTO}, {@code EXPRESS_PERMISSION}, {@code CHIEF_OF_POLICE_AUTHOR},
 *                  {@code PIO_AUTHOR}, {@code UNION_ACTIVITY}, or an agency's own word
 * @param media     the asset it covers; {@code null} when it covers the clause as a whole
 */
public record AppliedException(String clause, String exception, String media) {
    public static final String CEREMONY_PHOTO = "CEREMONY_PHOTO";
    public static final String EXPRESS_PERMISSION = "EXPRESS_PERMISSION";
    public static final String CHIEF_OF_POLICE_AUTHOR = "CHIEF_OF_POLICE_AUTHOR";
    public static final String PIO_AUTHOR = "PIO_AUTHOR";
    public static final String UNION_ACTIVITY = "UNION_ACTIVITY";

    public AppliedException {
        Checks.nonBlank(clause, "clause");
        Checks.word(exception, "exception");
    }

    /** Plain words for the member. */
    public String describe() {
        String what = switch (exception) {
            case CEREMONY_PHOTO -> "it is a photograph of you in uniform at an official ceremony";
            case EXPRESS_PERMISSION -> "you hold express permission";
            case CHIEF_OF_POLICE_AUTHOR -> "the Chief of Police needs no one's permission";
            case PIO_AUTHOR -> "the Public Information Officer needs no consultation";
            case UNION_ACTIVITY -> "it may be protected union activity, which a person must judge";
            default -> "the exception " + exception + " applies";
        };
        return clause + (media == null ? "" : " for " + media) + ": " + what;
    }
}
