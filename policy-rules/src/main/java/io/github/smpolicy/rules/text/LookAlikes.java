package io.github.smpolicy.rules.text;

/**
 * The Latin letters a text imitates: each Cyrillic, Greek, Armenian or Cherokee look-alike letter
 * of {@code confusables.txt} mapped to the Latin letter it imitates (the lexicon's own table), for
 * readers outside this package that compare a text with a Latin name, such as an email domain.
 */
public final class LookAlikes {
    private LookAlikes() {}

    /**
     * Replaces every look-alike letter with the Latin letter it imitates.
     *
     * @param text the text; not {@code null}
     * @return a string as long as {@code text}, every other character kept
     */
    public static String latin(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(Confusables.latin(text.charAt(i)));
        }
        return out.toString();
    }
}
