package io.github.smpolicy.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a post in the JSON contract's shape ({@code json-contract.md}, "A post") into a {@link Post},
 * and writes a {@link Post} in that shape ({@link #toJson(Post)}): what is written reads back equal.
 *
 * <p>Absent optional fields take the contract's defaults; unknown fields are ignored. An invalid post
 * is an {@link IllegalArgumentException} whose message starts with the path of the field at fault,
 * such as {@code media[1].kind: unknown word; expected PHOTO, VIDEO, IMAGE or OTHER}. The message never
 * repeats the value at fault: in a free-text field it may be personal data.
 */
public final class PostJson {
    private PostJson() {}

    /**
     * Reads one post from its JSON text, leniently: unknown fields are ignored.
     *
     * @param json one JSON object in the contract's shape
     * @return the post
     * @throws IllegalArgumentException if the text is not valid JSON or not a valid post; the message names
     *                                  the field at fault, never its value
     */
    public static Post read(String json) {
        return read(Json.parse(json));
    }

    /**
     * Reads one post from a JSON tree, leniently: unknown fields are ignored.
     *
     * @param json a JSON object in the contract's shape
     * @return the post
     * @throws IllegalArgumentException if the tree is not a valid post; the message names the field at fault
     */
    public static Post read(JsonNode json) {
        return read(Field.root(json));
    }

    /**
     * Reads one post from its JSON text; {@code strict}: an unknown field, such as a misspelled
     * {@code "lables"}, is an {@link IllegalArgumentException} naming it ({@code lables: unknown field;
     * did you mean labels?}) where the lenient default ignores it.
     *
     * @param json   one JSON object in the contract's shape
     * @param strict {@code true} to refuse unknown fields, {@code false} to ignore them
     * @return the post
     * @throws IllegalArgumentException if the text is not valid JSON or not a valid post, or, when strict,
     *                                  has an unknown field; the message names the field at fault
     */
    public static Post read(String json, boolean strict) {
        return read(Json.parse(json), strict);
    }

    /**
     * As {@link #read(String, boolean)}, from a JSON tree.
     *
     * @param json   a JSON object in the contract's shape
     * @param strict {@code true} to refuse unknown fields, {@code false} to ignore them
     * @return the post
     * @throws IllegalArgumentException if the tree is not a valid post, or, when strict, has an unknown field
     */
    public static Post read(JsonNode json, boolean strict) {
        Field root = Field.root(json, strict);
        Post post = read(root);
        root.noUnknownFields();
        return post;
    }

    /**
     * The post as one line of JSON in the contract's shape; absent optional fields are left out.
     *
     * @param post the post; not {@code null}
     * @return the JSON text, which {@link #read(String)} reads back equal
     */
    public static String toJson(Post post) {
        try {
            return Json.MAPPER.writeValueAsString(toTree(post));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The post as a JSON tree in the contract's shape; absent optional fields are left out.
     *
     * @param post the post; not {@code null}
     * @return a new JSON object
     */
    public static ObjectNode toTree(Post post) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("id", post.id());
        json.put("postedAt", post.postedAt().toString());
        json.put("action", post.action().name());
        json.set("author", member(post.author()));
        ObjectNode account = json.putObject("account");
        putIfPresent(account, "platform", post.account().platform());
        putIfPresent(account, "handle", post.account().handle());
        account.put("use", post.account().use().name());
        putIfPresent(account, "registrationEmail", post.account().registrationEmail());
        putIfPresent(json, "text", post.text());
        json.set("labels", labels(post.labels()));
        json.set("media", media(post.media()));
        if (post.shared() != null) {
            ObjectNode shared = json.putObject("shared");
            putIfPresent(shared, "text", post.shared().text());
            shared.set("labels", labels(post.shared().labels()));
            shared.set("media", media(post.shared().media()));
        }
        ArrayNode approvals = json.putArray("approvals");
        for (Approval a : post.approvals()) {
            ObjectNode approval = approvals.addObject().put("id", a.id()).put("kind", a.kind().name());
            approval.set("grantedBy", member(a.grantedBy()));
            a.clauses().forEach(approval.putArray("clauses")::add);
            a.media().forEach(approval.putArray("media")::add);
            approval.put("grantedAt", a.grantedAt().toString());
            if (a.expiresAt() != null) {
                approval.put("expiresAt", a.expiresAt().toString());
            }
            approval.put("revoked", a.revoked());
        }
        return json;
    }

    private static ObjectNode member(Member member) {
        ObjectNode json = Json.MAPPER.createObjectNode().put("id", member.id());
        putIfPresent(json, "name", member.name());
        return json.put("role", member.role().name());
    }

    private static ArrayNode labels(List<Label> labels) {
        ArrayNode json = Json.MAPPER.createArrayNode();
        for (Label label : labels) {
            ObjectNode l = json.addObject().put("name", label.name()).put("confidence", label.confidence());
            putIfPresent(l, "source", label.source());
        }
        return json;
    }

    private static ArrayNode media(List<MediaAsset> media) {
        ArrayNode json = Json.MAPPER.createArrayNode();
        for (MediaAsset m : media) {
            ObjectNode asset = json.addObject().put("id", m.id()).put("kind", m.kind().name());
            asset.set("depicts", labels(m.depicts()));
            asset.put("authorDepicted", m.authorDepicted()).put("authorInUniform", m.authorInUniform());
            putIfPresent(asset, "occasion", m.occasion() == null ? null : m.occasion().name());
            putIfPresent(asset, "caption", m.caption());
        }
        return json;
    }

    private static void putIfPresent(ObjectNode json, String key, String value) {
        if (value != null) {
            json.put(key, value);
        }
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
