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
    public Account {
        use = use == null ? AccountUse.PERSONAL : use;
    }

    public static Account personal(String registrationEmail) {
        return new Account(null, null, AccountUse.PERSONAL, registrationEmail);
    }

    public static Account workplace(String registrationEmail) {
        return new Account(null, null, AccountUse.WORKPLACE, registrationEmail);
    }
}
