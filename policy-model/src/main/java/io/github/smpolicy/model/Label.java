package io.github.smpolicy.model;

/**
 * A word attached by an upstream system: a content label on a post ({@code THREAT_OF_VIOLENCE}) or a
 * depiction on a media asset ({@code BADGE}). The vocabulary is open so that agencies can add their
 * own; {@link Labels} lists the words of Directive 311.40.
 *
 * @param name       upper-case word
 * @param confidence within [0, 1]; 1.0 when the source gave none
 * @param source     who attached it (a classifier, a tagger, the member); may be {@code null}
 */
public record Label(String name, double confidence, String source) {
    /**
     * Checks the word and the confidence.
     *
     * @param name       required, an upper-case word ({@code [A-Z][A-Z0-9_]*})
     * @param confidence within [0, 1]
     * @param source     who attached it; may be {@code null}
     * @throws IllegalArgumentException if {@code name} is missing or not such a word, or the confidence is
     *                                  outside [0, 1]
     */
    public Label {
        Checks.word(name, "name");
        Checks.confidence(confidence, "confidence");
    }

    /**
     * A label asserted with full confidence and no source.
     *
     * @param name an upper-case word such as {@code BADGE}
     * @return the label, with confidence 1.0
     * @throws IllegalArgumentException if {@code name} is not an upper-case word
     */
    public static Label of(String name) {
        return new Label(name, 1.0, null);
    }

    /**
     * A label with a confidence and no source.
     *
     * @param name       an upper-case word such as {@code THREAT_OF_VIOLENCE}
     * @param confidence within [0, 1]
     * @return the label
     * @throws IllegalArgumentException if {@code name} is not an upper-case word or the confidence is outside
     *                                  [0, 1]
     */
    public static Label of(String name, double confidence) {
        return new Label(name, confidence, null);
    }
}
