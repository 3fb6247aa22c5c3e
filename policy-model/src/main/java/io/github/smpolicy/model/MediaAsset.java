package io.github.smpolicy.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A photo, video or image attached to a post or to the content it shares.
 *
 * @param id              unique within the post; required
 * @param kind            required
 * @param depicts         what the asset shows ({@link Labels#DEPICTIONS}), each with a confidence
 * @param authorDepicted  the post's author appears in it
 * @param authorInUniform the post's author appears in it in uniform
 * @param occasion        the official ceremony it was taken at; {@code null} when none
 * @param caption         caption text, analysed like the post's text; never {@code null}
 */
public record MediaAsset(String id, MediaKind kind, List<Label> depicts, boolean authorDepicted,
        boolean authorInUniform, Occasion occasion, String caption) {
    /**
     * Copies the depictions and checks the parts.
     *
     * @param id              required, non-empty
     * @param kind            required
     * @param depicts         {@code null} is read as none
     * @param authorDepicted  the post's author appears in it
     * @param authorInUniform the post's author appears in it in uniform
     * @param occasion        may be {@code null}
     * @param caption         {@code null} is read as empty
     * @throws IllegalArgumentException if {@code id} or {@code kind} is missing, or a depiction is {@code null}
     */
    public MediaAsset {
        Checks.nonBlank(id, "id");
        Checks.required(kind, "kind");
        depicts = Checks.list(depicts, "depicts");
        caption = Checks.optionalText(caption);
    }

    /**
     * Starts an asset from its required parts.
     *
     * @param id   unique within the post
     * @param kind the kind of asset
     * @return a builder; {@link Builder#build()} checks the parts
     */
    public static Builder builder(String id, MediaKind kind) {
        return new Builder(id, kind);
    }

    /** Builds a {@link MediaAsset}; every part but id and kind is optional. */
    public static final class Builder {
        private final String id;
        private final MediaKind kind;
        private final List<Label> depicts = new ArrayList<>();
        private boolean authorDepicted;
        private boolean authorInUniform;
        private Occasion occasion;
        private String caption;

        private Builder(String id, MediaKind kind) {
            this.id = id;
            this.kind = kind;
        }

        /**
         * Adds depictions asserted with full confidence.
         *
         * @param names upper-case words such as {@code BADGE}
         * @return this builder
         * @throws IllegalArgumentException if a name is not an upper-case word
         */
        public Builder depicts(String... names) {
            for (String name : names) {
                depicts.add(Label.of(name));
            }
            return this;
        }

        /**
         * Adds one depiction, with its confidence and source.
         *
         * @param depiction what the asset shows
         * @return this builder
         */
        public Builder depicts(Label depiction) {
            depicts.add(depiction);
            return this;
        }

        /**
         * The author appears in the asset.
         *
         * @param inUniform whether in uniform
         * @return this builder
         */
        public Builder authorDepicted(boolean inUniform) {
            this.authorDepicted = true;
            this.authorInUniform = inUniform;
            return this;
        }

        /**
         * Sets the official ceremony the asset was taken at.
         *
         * @param occasion {@code null} for none
         * @return this builder
         */
        public Builder occasion(Occasion occasion) {
            this.occasion = occasion;
            return this;
        }

        /**
         * Sets the caption, which is analysed like the post's text.
         *
         * @param caption {@code null} for none
         * @return this builder
         */
        public Builder caption(String caption) {
            this.caption = caption;
            return this;
        }

        /**
         * Builds the asset.
         *
         * @return the asset
         * @throws IllegalArgumentException if {@code id} or {@code kind} is missing
         */
        public MediaAsset build() {
            return new MediaAsset(id, kind, depicts, authorDepicted, authorInUniform, occasion, caption);
        }
    }
}
