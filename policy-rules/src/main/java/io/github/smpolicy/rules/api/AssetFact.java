package io.github.smpolicy.rules.api;

import io.github.smpolicy.model.MediaAsset;
import io.github.smpolicy.model.MediaKind;
import io.github.smpolicy.model.Occasion;

/** A media asset of the post or of its shared content. */
public final class AssetFact {
    private final MediaAsset asset;
    private final Origin origin;

    /**
     * Wraps one media asset.
     *
     * @param asset  the asset; not {@code null}
     * @param origin whether it belongs to the post or to the content it shares
     */
    public AssetFact(MediaAsset asset, Origin origin) {
        this.asset = asset;
        this.origin = origin;
    }

    /**
     * The asset itself.
     *
     * @return the asset
     */
    public MediaAsset getAsset() {
        return asset;
    }

    /**
     * The asset's id.
     *
     * @return the id, unique across the post and its shared content
     */
    public String getId() {
        return asset.id();
    }

    /**
     * Whose content the asset is.
     *
     * @return {@code POST} or {@code SHARED}
     */
    public Origin getOrigin() {
        return origin;
    }

    /**
     * The kind of asset; the ceremony exception needs a {@code PHOTO}.
     *
     * @return the kind
     */
    public MediaKind getKind() {
        return asset.kind();
    }

    /**
     * Whether the post's author appears in the asset.
     *
     * @return {@code true} if depicted
     */
    public boolean isAuthorDepicted() {
        return asset.authorDepicted();
    }

    /**
     * Whether the post's author appears in it in uniform.
     *
     * @return {@code true} if depicted in uniform
     */
    public boolean isAuthorInUniform() {
        return asset.authorInUniform();
    }

    /**
     * The official ceremony or recognition the asset was taken at.
     *
     * @return the occasion, or {@code null} when it was not taken at one
     */
    public Occasion getOccasion() {
        return asset.occasion();
    }
}
