package io.github.smpolicy.model;

/**
 * The social-media account a post was made from.
 *
 * @param platform          free text such as {@code facebook}; may be {@code null}
 * @param handle            the account's handle; may be {@code null}
 * @param use               {@code PERSONAL} when absent
 * @param registrationEmail the address the account is registered with; may be {@code null}
 */
public record Account(String platform, String handle, AccountUse use, String registrationEmail) {
    /**
     * Defaults the use.
     *
     * @param platform          may be {@code null}
     * @param handle            may be {@code null}
     * @param use               {@code null} is read as {@code PERSONAL}
     * @param registrationEmail may be {@code null}
     */
    public Account {
        use = use == null ? AccountUse.PERSONAL : use;
    }

    /**
     * A personal account, known only by its registration address.
     *
     * @param registrationEmail may be {@code null}
     * @return the account
     */
    public static Account personal(String registrationEmail) {
        return new Account(null, null, AccountUse.PERSONAL, registrationEmail);
    }

    /**
     * A workplace account (an official outlet), known only by its registration address.
     *
     * @param registrationEmail may be {@code null}
     * @return the account
     */
    public static Account workplace(String registrationEmail) {
        return new Account(null, null, AccountUse.WORKPLACE, registrationEmail);
    }
}
