package io.github.smpolicy.rules;

import io.github.smpolicy.model.Label;
import io.github.smpolicy.model.MediaAsset;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.SharedContent;
import java.util.Optional;

/**
 * What one post may hold for an evaluator to decide it within its time budget. A post beyond a limit
 * is not evaluated: {@link PolicyEvaluator#evaluate(Post)} rejects it with an
 * {@link IllegalArgumentException} that names the field and the limit (never the content). Below the
 * limits no cost grows faster than the post's size.
 *
 * <p>Labels below the profile's review threshold do not count: the rule book ignores them, so they
 * never reach the rules, and a post may carry any number of them.
 *
 * @param maxTextChars   characters in any one text: the post's, the shared posting's, a caption
 * @param maxMedia       media assets, the post's and the shared posting's together
 * @param maxLabels      labels at or above the review threshold, on the post, the shared posting and
 *                       every asset's depictions together
 * @param maxApprovals   approvals on the post
 */
public record InputLimits(int maxTextChars, int maxMedia, int maxLabels, int maxApprovals) {
    /** The defaults: far above any real post, low enough that one post stays well under a second. */
    public static final InputLimits DEFAULT = new InputLimits(16 * 1024 * 1024, 100, 1_000, 100);

    /**
     * Checks that no limit is negative.
     *
     * @param maxTextChars at least 1
     * @param maxMedia     at least 0
     * @param maxLabels    at least 0
     * @param maxApprovals at least 0
     * @throws IllegalArgumentException if a limit is out of range
     */
    public InputLimits {
        if (maxTextChars < 1 || maxMedia < 0 || maxLabels < 0 || maxApprovals < 0) {
            throw new IllegalArgumentException("input limits must not be negative (text at least 1), were " + maxTextChars
                    + ", " + maxMedia + ", " + maxLabels + ", " + maxApprovals);
        }
    }

    /**
     * The first limit {@code post} exceeds, checked in the order text, shared text, media, captions,
     * labels, approvals.
     *
     * @param post            the post; not {@code null}
     * @param reviewThreshold labels and depictions below it are not counted
     * @return a message naming the field, its size and the limit (never the content), or empty when the
     *         post is within every limit
     */
    public Optional<String> exceededBy(Post post, double reviewThreshold) {
        SharedContent shared = post.shared();
        Optional<String> text = text("text", post.text());
        if (text.isPresent()) {
            return text;
        }
        if (shared != null && (text = text("shared.text", shared.text())).isPresent()) {
            return text;
        }
        int media = post.allMedia().size();
        if (media > maxMedia) {
            return Optional.of("media: " + media + " assets (the post's and the shared posting's), more than the limit of "
                    + maxMedia);
        }
        int labels = counted(post.labels(), reviewThreshold);
        for (MediaAsset asset : post.allMedia()) {
            if ((text = text("media.caption", asset.caption())).isPresent()) {
                return text;
            }
            labels += counted(asset.depicts(), reviewThreshold);
        }
        if (shared != null) {
            labels += counted(shared.labels(), reviewThreshold);
        }
        if (labels > maxLabels) {
            return Optional.of("labels: " + labels + " labels and depictions at or above the review threshold, more than"
                    + " the limit of " + maxLabels);
        }
        if (post.approvals().size() > maxApprovals) {
            return Optional.of("approvals: " + post.approvals().size() + " approvals, more than the limit of "
                    + maxApprovals);
        }
        return Optional.empty();
    }

    private Optional<String> text(String field, String text) {
        return text != null && text.length() > maxTextChars
                ? Optional.of(field + ": " + text.length() + " characters, more than the limit of " + maxTextChars)
                : Optional.empty();
    }

    private static int counted(java.util.List<Label> labels, double reviewThreshold) {
        int n = 0;
        for (Label l : labels) {
            if (l.confidence() >= reviewThreshold) {
                n++;
            }
        }
        return n;
    }
}
