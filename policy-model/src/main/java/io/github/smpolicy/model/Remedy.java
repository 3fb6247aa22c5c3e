package io.github.smpolicy.model;

import java.util.List;

/**
 * What the member can do about a finding.
 *
 * @param action one of {@link #ACTIONS} or an agency's own word
 * @param from   whose permission or consultation to obtain (for {@code OBTAIN_PERMISSION}, {@code CONSULT_PIO})
 * @param media  the assets it concerns; empty when it concerns the whole post
 */
public record Remedy(String action, List<Role> from, List<String> media) {
    /** Obtain express permission from the roles in {@code from} (the Chief of Police or a designee when empty). */
    public static final String OBTAIN_PERMISSION = "OBTAIN_PERMISSION";
    /** Remove the assets in {@code media}. */
    public static final String REMOVE_MEDIA = "REMOVE_MEDIA";
    /** Remove or reword the content. */
    public static final String REMOVE_CONTENT = "REMOVE_CONTENT";
    /** Consult the Public Information Officer before posting (311.40-P2). */
    public static final String CONSULT_PIO = "CONSULT_PIO";
    /** Re-register the account with a personal email address (311.40-1.9). */
    public static final String REREGISTER_ACCOUNT = "REREGISTER_ACCOUNT";
    /** Wait for a reviewer's decision. */
    public static final String HUMAN_REVIEW = "HUMAN_REVIEW";
    /** The remedy words of the JSON contract. */
    public static final List<String> ACTIONS = List.of(OBTAIN_PERMISSION, REMOVE_MEDIA, REMOVE_CONTENT, CONSULT_PIO,
            REREGISTER_ACCOUNT, HUMAN_REVIEW);

    /**
     * Copies the lists and checks the action word.
     *
     * @param action required, an upper-case word
     * @param from   {@code null} is read as none
     * @param media  {@code null} is read as the whole post
     * @throws IllegalArgumentException if {@code action} is missing or not an upper-case word, or a list holds
     *                                  {@code null}
     */
    public Remedy {
        Checks.word(action, "action");
        from = Checks.list(from, "from");
        media = Checks.list(media, "media");
    }

    /**
     * A remedy that names no one to obtain anything from.
     *
     * @param action one of {@link #ACTIONS} or an agency's own word
     * @param media  the assets it concerns; empty or {@code null} for the whole post
     * @return the remedy
     */
    public static Remedy of(String action, List<String> media) {
        return new Remedy(action, List.of(), media);
    }

    /**
     * Plain words for the member.
     *
     * @return a lower-case sentence fragment, such as {@code remove the media (img-1)}
     */
    public String describe() {
        return describe(DIRECTIVE_HEAD);
    }

    /**
     * Plain words for the member of an agency whose head has another title than the directive's.
     *
     * @param head the title of the agency's head, such as {@code Sheriff} ({@code Chief of Police} in the
     *             directive)
     * @return a lower-case sentence fragment, such as {@code obtain express permission from the Sheriff or a
     *         designee}
     */
    public String describe(String head) {
        String assets = media.isEmpty() ? "" : " (" + String.join(", ", media) + ")";
        return switch (action) {
            case OBTAIN_PERMISSION -> "obtain express permission from " + roles(head) + assets;
            case REMOVE_MEDIA -> "remove the media" + assets;
            case REMOVE_CONTENT -> "remove or reword the content";
            case CONSULT_PIO -> "consult the Public Information Officer before posting";
            case REREGISTER_ACCOUNT -> "re-register the account with a personal email address";
            case HUMAN_REVIEW -> "wait for a reviewer's decision";
            default -> action.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + assets;
        };
    }

    private String roles(String head) {
        if (from.isEmpty()) {
            return "the " + head + " or a designee";
        }
        return String.join(" or ", from.stream().map(r -> roleName(r, head)).toList());
    }

    /** The title the directive gives the head whose permission it requires. */
    static final String DIRECTIVE_HEAD = "Chief of Police";

    static String roleName(Role role, String head) {
        return switch (role) {
            case CHIEF_OF_POLICE -> "the " + head;
            case CHIEF_DESIGNEE -> "the " + head + "'s designee";
            case PUBLIC_INFORMATION_OFFICER -> "the Public Information Officer";
            case MEMBER -> "a member";
        };
    }
}
