package io.github.smpolicy.model;

import java.util.List;

/**
 * The posting a post shares, comments on or endorses.
 *
 * @param text   its text; never {@code null}
 * @param labels labels upstream systems attached to it
 * @param media  its media assets
 */
public record SharedContent(String text, List<Label> labels, List<MediaAsset> media) {
    public SharedContent {
        text = Checks.optionalText(text);
        labels = Checks.list(labels, "shared.labels");
        media = Checks.list(media, "shared.media");
        Checks.unique(media.stream().map(MediaAsset::id).toList(), "shared.media");
    }

    public static SharedContent of(String text, Label... labels) {
        return new SharedContent(text, List.of(labels), List.of());
    }
}
