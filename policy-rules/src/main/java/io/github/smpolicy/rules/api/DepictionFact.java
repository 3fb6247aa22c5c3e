package io.github.smpolicy.rules.api;

import io.github.smpolicy.model.Evidence;

/**
 * One thing a media asset depicts, with its confidence.
 *
 * @param media      the asset's id
 * @param origin     whether the asset is the post's or the shared content's
 * @param element    the depiction word, such as {@code BADGE}
 * @param confidence within [0, 1]
 * @param source     who attached the depiction; may be {@code null}
 */
public record DepictionFact(String media, Origin origin, String element, double confidence, String source) {
    /**
     * The asset's id, under the bean name rules match on.
     *
     * @return the asset's id
     */
    public String getMedia() {
        return media;
    }

    /**
     * Whose asset it is, under the bean name rules match on.
     *
     * @return {@code POST} or {@code SHARED}
     */
    public Origin getOrigin() {
        return origin;
    }

    /**
     * The depiction word, under the bean name rules match on.
     *
     * @return an upper-case word such as {@code BADGE}
     */
    public String getElement() {
        return element;
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
     * This depiction as a finding's evidence.
     *
     * @return media evidence naming the asset, the element and the confidence
     */
    public Evidence evidence() {
        return new Evidence.MediaEvidence(media, element, confidence);
    }
}
