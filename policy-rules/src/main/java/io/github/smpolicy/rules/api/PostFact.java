package io.github.smpolicy.rules.api;

import io.github.smpolicy.model.AccountUse;
import io.github.smpolicy.model.Action;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Role;
import java.time.Instant;

/** The post under evaluation, one per evaluation. */
public final class PostFact {
    private final Post post;
    private final boolean disagrees;

    /**
     * Wraps the post.
     *
     * @param post the post; not {@code null}
     */
    public PostFact(Post post) {
        this(post, false);
    }

    /**
     * Wraps the post, with what the text analysers read of a comment's stance.
     *
     * @param post      the post; not {@code null}
     * @param disagrees {@code true} if the post is a comment whose words disagree with the posting it answers
     *                  ({@link io.github.smpolicy.rules.ContentAnalyser#disagrees})
     */
    public PostFact(Post post, boolean disagrees) {
        this.post = post;
        this.disagrees = disagrees;
    }

    /**
     * The post itself.
     *
     * @return the post
     */
    public Post getPost() {
        return post;
    }

    /**
     * The post's id.
     *
     * @return the id
     */
    public String getId() {
        return post.id();
    }

    /**
     * What the member did.
     *
     * @return the action; never {@code null}
     */
    public Action getAction() {
        return post.action();
    }

    /**
     * The author's role, which the Chief of Police and PIO exceptions depend on.
     *
     * @return the role; never {@code null}
     */
    public Role getAuthorRole() {
        return post.author().role();
    }

    /**
     * Whether the account is personal (Procedure 1.x) or a workplace outlet (Policy 2).
     *
     * @return the account's use; never {@code null}
     */
    public AccountUse getAccountUse() {
        return post.account().use();
    }

    /**
     * The address the account is registered with (311.40-1.9).
     *
     * @return the address as given; may be {@code null}
     */
    public String getRegistrationEmail() {
        return post.account().registrationEmail();
    }

    /**
     * When the post was made; approvals are judged at this instant.
     *
     * @return the post's instant
     */
    public Instant getPostedAt() {
        return post.postedAt();
    }

    /**
     * Whether the member added words of their own (post text, not counting shared content).
     *
     * @return {@code true} if the post's own text is not blank
     */
    public boolean isOwnText() {
        return !post.text().isBlank();
    }

    /**
     * Whether the post shares, answers or endorses another posting.
     *
     * @return {@code true} if it has shared content
     */
    public boolean isSharing() {
        return post.shared() != null;
    }

    /**
     * Whether the post is a comment whose words disagree in so many words with the posting it answers ("delete
     * this", "hard disagree"), so that the posting's 1.6 and 1.7 content is not counted as the member's.
     *
     * @return {@code true} if an analyser read the comment as disagreeing
     */
    public boolean isDisagrees() {
        return disagrees;
    }
}
