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
    public Label {
        Checks.word(name, "name");
        Checks.confidence(confidence, "confidence");
    }

    /** A label asserted with full confidence. */
    public static Label of(String name) {
        return new Label(name, 1.0, null);
    }

    public static Label of(String name, double confidence) {
        return new Label(name, confidence, null);
    }
}
