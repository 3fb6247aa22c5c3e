package io.github.smpolicy.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One act on social media by one member: publishing, sharing, commenting or endorsing.
 *
 * @param id        required, non-empty
 * @param postedAt  required
 * @param action    {@code PUBLISH} when absent
 * @param author    required
 * @param account   required
 * @param text      the member's own words; never {@code null} (empty when absent)
 * @param labels    labels upstream systems attached to the post
 * @param media     the post's own media, ids unique across the post and its shared content
 * @param shared    the posting it shares, comments on or endorses; {@code null} when none
 * @param approvals approvals the member holds for it, ids unique
 */
public record Post(String id, Instant postedAt, Action action, Member author, Account account, String text,
        List<Label> labels, List<MediaAsset> media, SharedContent shared, List<Approval> approvals) {
    /**
     * Copies the lists, defaults the action and text, and checks ids.
     *
     * @param id        required, non-empty
     * @param postedAt  required
     * @param action    {@code null} is read as {@code PUBLISH}
     * @param author    required
     * @param account   required
     * @param text      {@code null} is read as empty
     * @param labels    {@code null} is read as none
     * @param media     {@code null} is read as none
     * @param shared    may be {@code null}
     * @param approvals {@code null} is read as none
     * @throws IllegalArgumentException if a required part is missing, a list holds {@code null}, or media ids
     *                                  (the shared content's included) or approval ids repeat
     */
    public Post {
        Checks.nonBlank(id, "id");
        Checks.required(postedAt, "postedAt");
        action = action == null ? Action.PUBLISH : action;
        Checks.required(author, "author");
        Checks.required(account, "account");
        text = Checks.optionalText(text);
        labels = Checks.list(labels, "labels");
        media = Checks.list(media, "media");
        approvals = Checks.list(approvals, "approvals");
        List<String> mediaIds = new ArrayList<>(media.stream().map(MediaAsset::id).toList());
        if (shared != null) {
            shared.media().forEach(asset -> mediaIds.add(asset.id()));
        }
        Checks.unique(mediaIds, "media");
        Checks.unique(approvals.stream().map(Approval::id).toList(), "approvals");
    }

    /**
     * All media of the post, its own first, then the shared content's.
     *
     * @return an unmodifiable list; {@link #media()} itself when nothing is shared
     */
    public List<MediaAsset> allMedia() {
        if (shared == null || shared.media().isEmpty()) {
            return media;
        }
        List<MediaAsset> all = new ArrayList<>(media);
        all.addAll(shared.media());
        return List.copyOf(all);
    }

    /**
     * Starts a post from the parts every post needs first.
     *
     * @param id       the post's id
     * @param postedAt when it was posted; approvals are judged at this instant
     * @return a builder; author and account must be set before {@link Builder#build()}
     */
    public static Builder builder(String id, Instant postedAt) {
        return new Builder(id, postedAt);
    }

    /**
     * A builder that starts from this post, for variations of it.
     *
     * @return a builder holding every part of this post
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, postedAt).action(action).author(author).account(account).text(text).shared(shared);
        b.labels.addAll(labels);
        b.media.addAll(media);
        b.approvals.addAll(approvals);
        return b;
    }

    /** Builds a {@link Post}; id, postedAt, author and account are required. */
    public static final class Builder {
        private final String id;
        private final Instant postedAt;
        private Action action;
        private Member author;
        private Account account;
        private String text;
        private SharedContent shared;
        private final List<Label> labels = new ArrayList<>();
        private final List<MediaAsset> media = new ArrayList<>();
        private final List<Approval> approvals = new ArrayList<>();

        private Builder(String id, Instant postedAt) {
            this.id = id;
            this.postedAt = postedAt;
        }

        /**
         * Sets what the member did.
         *
         * @param action {@code null} for {@code PUBLISH}
         * @return this builder
         */
        public Builder action(Action action) {
            this.action = action;
            return this;
        }

        /**
         * Sets the member who posted; required.
         *
         * @param author the author
         * @return this builder
         */
        public Builder author(Member author) {
            this.author = author;
            return this;
        }

        /**
         * Sets the account the post was made from; required.
         *
         * @param account the account
         * @return this builder
         */
        public Builder account(Account account) {
            this.account = account;
            return this;
        }

        /**
         * Sets the member's own words.
         *
         * @param text {@code null} for none
         * @return this builder
         */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /**
         * Adds one label after those added so far.
         *
         * @param label the label
         * @return this builder
         */
        public Builder label(Label label) {
            labels.add(label);
            return this;
        }

        /**
         * Replaces the labels added so far with {@code all}.
         *
         * @param all the post's labels, in order
         * @return this builder
         * @deprecated named like {@link #label(Label)}, which adds, yet it replaces: use
         *             {@link #replaceLabels(List)}, which does the same under its name
         */
        @Deprecated(since = "0.1.0")
        public Builder labels(List<Label> all) {
            return replaceLabels(all);
        }

        /**
         * Replaces the labels added so far with {@code all}; {@link #label(Label)} adds one.
         *
         * @param all the post's labels, in order
         * @return this builder
         */
        public Builder replaceLabels(List<Label> all) {
            labels.clear();
            labels.addAll(all);
            return this;
        }

        /**
         * Adds one media asset after those added so far.
         *
         * @param asset the media asset
         * @return this builder
         */
        public Builder media(MediaAsset asset) {
            media.add(asset);
            return this;
        }

        /**
         * Replaces the media added so far with {@code all}.
         *
         * @param all the post's media, in order
         * @return this builder
         * @deprecated named like {@link #media(MediaAsset)}, which adds, yet it replaces: use
         *             {@link #replaceMedia(List)}, which does the same under its name
         */
        @Deprecated(since = "0.1.0")
        public Builder media(List<MediaAsset> all) {
            return replaceMedia(all);
        }

        /**
         * Replaces the media added so far with {@code all}; {@link #media(MediaAsset)} adds one.
         *
         * @param all the post's media, in order
         * @return this builder
         */
        public Builder replaceMedia(List<MediaAsset> all) {
            media.clear();
            media.addAll(all);
            return this;
        }

        /**
         * Sets the posting this post shares, comments on or endorses.
         *
         * @param shared {@code null} for none
         * @return this builder
         */
        public Builder shared(SharedContent shared) {
            this.shared = shared;
            return this;
        }

        /**
         * Adds one approval after those added so far.
         *
         * @param approval the approval
         * @return this builder
         */
        public Builder approval(Approval approval) {
            approvals.add(approval);
            return this;
        }

        /**
         * Replaces the approvals added so far with {@code all}.
         *
         * @param all the post's approvals, in order
         * @return this builder
         * @deprecated named like {@link #approval(Approval)}, which adds, yet it replaces: use
         *             {@link #replaceApprovals(List)}, which does the same under its name
         */
        @Deprecated(since = "0.1.0")
        public Builder approvals(List<Approval> all) {
            return replaceApprovals(all);
        }

        /**
         * Replaces the approvals added so far with {@code all}; {@link #approval(Approval)} adds one.
         *
         * @param all the post's approvals, in order
         * @return this builder
         */
        public Builder replaceApprovals(List<Approval> all) {
            approvals.clear();
            approvals.addAll(all);
            return this;
        }

        /**
         * Builds the post.
         *
         * @return the post
         * @throws IllegalArgumentException as {@link Post#Post the constructor} does
         */
        public Post build() {
            return new Post(id, postedAt, action, author, account, text, labels, media, shared, approvals);
        }
    }
}
