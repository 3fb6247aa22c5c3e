package io.github.smpolicy.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.smpolicy.examples.Json.Field;
import io.github.smpolicy.model.Account;
import io.github.smpolicy.model.AccountUse;
import io.github.smpolicy.model.Action;
import io.github.smpolicy.model.Approval;
import io.github.smpolicy.model.ApprovalKind;
import io.github.smpolicy.model.Label;
import io.github.smpolicy.model.MediaAsset;
import io.github.smpolicy.model.MediaKind;
import io.github.smpolicy.model.Member;
import io.github.smpolicy.model.Occasion;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Role;
import io.github.smpolicy.model.SharedContent;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a post in the JSON contract's shape ({@code json-contract.md}, "A post") into a {@link Post}.
 *
 * <p>Absent optional fields take the contract's defaults; unknown fields are ignored. An invalid post
 * is an {@link IllegalArgumentException} whose message starts with the path of the field at fault,
 * such as {@code media[1].kind: unknown word; expected PHOTO, VIDEO, IMAGE or OTHER}. The message never
 * repeats the value at fault: in a free-text field it may be personal data.
 */
public final class PostJson {
    private PostJson() {}

    /** Reads one post from its JSON text. */
    public static Post read(String json) {
        return read(Json.parse(json));
    }

    /** Reads one post from a JSON tree. */
    public static Post read(JsonNode json) {
        return read(Field.root(json));
    }

    static Post read(Field post) {
        post.object();
        String id = post.get("id").requiredText();
        Instant postedAt = post.get("postedAt").required().instant();
        Action action = post.get("action").word(Action.class);
        Member author = member(post.get("author"));
        Account account = account(post.get("account"));
        String text = post.get("text").text();
        List<Label> labels = labels(post.get("labels"));
        List<MediaAsset> media = media(post.get("media"));
        SharedContent shared = shared(post.get("shared"));
        List<Approval> approvals = post.get("approvals").elements().stream().map(PostJson::approval).toList();
        uniqueIds(post.get("media"), post.get("shared").get("media"));
        uniqueIds(post.get("approvals"));
        return post.build(() -> new Post(id, postedAt, action, author, account, text, labels, media, shared,
                approvals));
    }

    private static Member member(Field member) {
        member.object();
        String id = member.get("id").requiredText();
        String name = member.get("name").text();
        Role role = member.get("role").word(Role.class);
        return member.build(() -> new Member(id, name, role));
    }

    private static Account account(Field account) {
        account.object();
        String platform = account.get("platform").text();
        String handle = account.get("handle").text();
        AccountUse use = account.get("use").word(AccountUse.class);
        String email = account.get("registrationEmail").text();
        return account.build(() -> new Account(platform, handle, use, email));
    }

    /** Labels and depictions alike: a bare word (confidence 1.0) or {name, confidence?, source?}. */
    private static List<Label> labels(Field list) {
        return list.elements().stream().map(PostJson::label).toList();
    }

    private static Label label(Field label) {
        if (label.required().node().isTextual()) {
            String word = label.text();
            try {
                return Label.of(word);
            } catch (IllegalArgumentException e) {
                throw label.problem("not an upper-case word like BADGE or UNION_ACTIVITY");
            }
        }
        if (!label.node().isObject()) {
            throw label.problem("neither a word nor an object with a name");
        }
        String name = label.get("name").requiredText();
        double confidence = label.get("confidence").number(1.0);
        String source = label.get("source").text();
        return label.build(() -> new Label(name, confidence, source));
    }

    private static List<MediaAsset> media(Field list) {
        return list.elements().stream().map(PostJson::asset).toList();
    }

    private static MediaAsset asset(Field asset) {
        asset.object();
        String id = asset.get("id").requiredText();
        MediaKind kind = asset.get("kind").required().word(MediaKind.class);
        List<Label> depicts = labels(asset.get("depicts"));
        boolean authorDepicted = asset.get("authorDepicted").bool(false);
        boolean authorInUniform = asset.get("authorInUniform").bool(false);
        Occasion occasion = asset.get("occasion").word(Occasion.class);
        String caption = asset.get("caption").text();
        return asset.build(() -> new MediaAsset(id, kind, depicts, authorDepicted, authorInUniform, occasion, caption));
    }

    private static SharedContent shared(Field shared) {
        if (!shared.present()) {
            return null;
        }
        shared.object();
        String text = shared.get("text").text();
        List<Label> labels = labels(shared.get("labels"));
        List<MediaAsset> media = media(shared.get("media"));
        return shared.build(() -> new SharedContent(text, labels, media));
    }

    private static Approval approval(Field approval) {
        approval.object();
        String id = approval.get("id").requiredText();
        ApprovalKind kind = approval.get("kind").required().word(ApprovalKind.class);
        Member grantedBy = member(approval.get("grantedBy"));
        List<String> clauses = approval.get("clauses").texts();
        List<String> media = approval.get("media").texts();
        Instant grantedAt = approval.get("grantedAt").required().instant();
        Instant expiresAt = approval.get("expiresAt").instant();
        boolean revoked = approval.get("revoked").bool(false);
        return approval.build(() -> new Approval(id, kind, grantedBy, clauses, media, grantedAt, expiresAt, revoked));
    }

    // Ids are unique across the lists together: a shared asset may not reuse an id of the post's own.
    private static void uniqueIds(Field... lists) {
        Set<String> seen = new HashSet<>();
        for (Field list : lists) {
            for (Field element : list.elements()) {
                Field id = element.get("id");
                if (!seen.add(id.text())) {
                    throw id.problem("not unique");
                }
            }
        }
    }
}
