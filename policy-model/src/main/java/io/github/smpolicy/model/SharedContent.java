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
    /**
     * Copies the lists and checks the media ids.
     *
     * @param text   its text; {@code null} is read as empty
     * @param labels its labels; {@code null} is read as none
     * @param media  its media assets; {@code null} is read as none
     * @throws IllegalArgumentException if a list holds {@code null} or two assets share an id
     */
    public SharedContent {
        text = Checks.optionalText(text);
        labels = Checks.list(labels, "shared.labels");
        media = Checks.list(media, "shared.media");
        Checks.unique(media.stream().map(MediaAsset::id).toList(), "shared.media");
    }

    /**
     * Shared content with text and labels but no media.
     *
     * @param text   its text; {@code null} is read as empty
     * @param labels its labels
     * @return the shared content
     */
    public static SharedContent of(String text, Label... labels) {
        return new SharedContent(text, List.of(labels), List.of());
    }
}
