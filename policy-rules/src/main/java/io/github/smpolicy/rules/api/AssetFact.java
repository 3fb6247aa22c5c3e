package io.github.smpolicy.rules.api;

import io.github.smpolicy.model.MediaAsset;
import io.github.smpolicy.model.MediaKind;
import io.github.smpolicy.model.Occasion;

/** A media asset of the post or of its shared content. */
public final class AssetFact {
    private final MediaAsset asset;
    private final Origin origin;

    public AssetFact(MediaAsset asset, Origin origin) {
        this.asset = asset;
        this.origin = origin;
    }

    public MediaAsset getAsset() {
        return asset;
    }

    public String getId() {
        return asset.id();
    }

    public Origin getOrigin() {
        return origin;
    }

    public MediaKind getKind() {
        return asset.kind();
    }

    public boolean isAuthorDepicted() {
        return asset.authorDepicted();
    }

    public boolean isAuthorInUniform() {
        return asset.authorInUniform();
    }

    /** {@code null} when the asset was not taken at an official occasion. */
    public Occasion getOccasion() {
        return asset.occasion();
    }
}
