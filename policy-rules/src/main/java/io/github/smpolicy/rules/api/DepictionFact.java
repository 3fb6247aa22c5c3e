package io.github.smpolicy.rules.api;

import io.github.smpolicy.model.Evidence;

/** One thing a media asset depicts, with its confidence. */
public record DepictionFact(String media, Origin origin, String element, double confidence, String source) {
    public String getMedia() {
        return media;
    }

    public Origin getOrigin() {
        return origin;
    }

    public String getElement() {
        return element;
    }

    public double getConfidence() {
        return confidence;
    }

    /** This depiction as a finding's evidence. */
    public Evidence evidence() {
        return new Evidence.Media(media, element, confidence);
    }
}
