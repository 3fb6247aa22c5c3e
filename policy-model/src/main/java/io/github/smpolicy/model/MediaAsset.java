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
    public MediaAsset {
        Checks.nonBlank(id, "id");
        Checks.required(kind, "kind");
        depicts = Checks.list(depicts, "depicts");
        caption = Checks.optionalText(caption);
    }

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

        public Builder depicts(String... names) {
            for (String name : names) {
                depicts.add(Label.of(name));
            }
            return this;
        }

        public Builder depicts(Label depiction) {
            depicts.add(depiction);
            return this;
        }

        /** The author appears in the asset; {@code inUniform} says whether in uniform. */
        public Builder authorDepicted(boolean inUniform) {
            this.authorDepicted = true;
            this.authorInUniform = inUniform;
            return this;
        }

        public Builder occasion(Occasion occasion) {
            this.occasion = occasion;
            return this;
        }

        public Builder caption(String caption) {
            this.caption = caption;
            return this;
        }

        public MediaAsset build() {
            return new MediaAsset(id, kind, depicts, authorDepicted, authorInUniform, occasion, caption);
        }
    }
}
