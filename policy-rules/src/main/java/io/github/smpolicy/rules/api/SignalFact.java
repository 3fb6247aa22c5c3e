package io.github.smpolicy.rules.api;

import io.github.smpolicy.model.Evidence;

/**
 * A content signal: an upstream label, or what an analyser read in a text. Rules treat both alike.
 *
 * @param name       the label word, such as {@code THREAT_OF_VIOLENCE}
 * @param origin     the member's own post or the shared content
 * @param confidence within [0, 1]
 * @param evidence   the label or the span of text it rests on
 */
public record SignalFact(String name, Origin origin, double confidence, Evidence evidence) {
    /**
     * The signal word, under the bean name rules match on.
     *
     * @return an upper-case word such as {@code THREAT_OF_VIOLENCE}
     */
    public String getName() {
        return name;
    }

    /**
     * Whose content it was read in, under the bean name rules match on.
     *
     * @return {@code POST} or {@code SHARED}
     */
    public Origin getOrigin() {
        return origin;
    }

    /**
     * The confidence, under the bean name rules match on.
     *
     * @return within [0, 1]
     */
    public double getConfidence() {
        return confidence;
    }

    /**
     * What the signal rests on, under the bean name rules match on.
     *
     * @return label or text evidence
     */
    public Evidence getEvidence() {
        return evidence;
    }
}
