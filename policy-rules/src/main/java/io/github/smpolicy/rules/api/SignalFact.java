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
    public String getName() {
        return name;
    }

    public Origin getOrigin() {
        return origin;
    }

    public double getConfidence() {
        return confidence;
    }

    public Evidence getEvidence() {
        return evidence;
    }
}
