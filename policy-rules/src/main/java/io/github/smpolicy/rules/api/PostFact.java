package io.github.smpolicy.rules.api;

import io.github.smpolicy.model.AccountUse;
import io.github.smpolicy.model.Action;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Role;
import java.time.Instant;

/** The post under evaluation, one per evaluation. */
public final class PostFact {
    private final Post post;

    public PostFact(Post post) {
        this.post = post;
    }

    public Post getPost() {
        return post;
    }

    public String getId() {
        return post.id();
    }

    public Action getAction() {
        return post.action();
    }

    public Role getAuthorRole() {
        return post.author().role();
    }

    public AccountUse getAccountUse() {
        return post.account().use();
    }

    public String getRegistrationEmail() {
        return post.account().registrationEmail();
    }

    public Instant getPostedAt() {
        return post.postedAt();
    }

    /** The member added words of their own (post text, not counting shared content). */
    public boolean isOwnText() {
        return !post.text().isBlank();
    }

    /** The post shares, answers or endorses another posting. */
    public boolean isSharing() {
        return post.shared() != null;
    }
}
