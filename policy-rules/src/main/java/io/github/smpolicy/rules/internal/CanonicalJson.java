package io.github.smpolicy.rules.internal;

import io.github.smpolicy.model.Approval;
import io.github.smpolicy.model.Label;
import io.github.smpolicy.model.MediaAsset;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.SharedContent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The canonical JSON of a post, whose SHA-256 is the decision's {@code postDigest}: the contract's
 * field names, every field present with its default applied ({@code null} where an optional value
 * is absent), object keys sorted by UTF-16 code units, no whitespace, strings escaped as RFC 8785
 * does ({@code \"}, {@code \\}, {@code \b \f \n \r \t}, other controls as a six-character hex escape), numbers
 * as the shortest plain decimal of the value ({@code 1}, {@code 0.7}), instants as ISO-8601 UTC.
 * The same post gives the same bytes whatever order or defaults its JSON was written with.
 */
public final class CanonicalJson {
    private CanonicalJson() {}

    public static String of(Post post) {
        Map<String, Object> json = new TreeMap<>();
        json.put("id", post.id());
        json.put("postedAt", post.postedAt().toString());
        json.put("action", post.action().name());
        json.put("author", member(post.author()));
        Map<String, Object> account = new TreeMap<>();
        account.put("platform", post.account().platform());
        account.put("handle", post.account().handle());
        account.put("use", post.account().use().name());
        account.put("registrationEmail", post.account().registrationEmail());
        json.put("account", account);
        json.put("text", post.text());
        json.put("labels", list(post.labels(), CanonicalJson::label));
        json.put("media", list(post.media(), CanonicalJson::asset));
        json.put("shared", post.shared() == null ? null : shared(post.shared()));
        json.put("approvals", list(post.approvals(), CanonicalJson::approval));
        StringBuilder out = new StringBuilder(256 + post.text().length());
        write(out, json);
        return out.toString();
    }

    /** {@code sha256:} and the lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static Map<String, Object> member(io.github.smpolicy.model.Member m) {
        Map<String, Object> json = new TreeMap<>();
        json.put("id", m.id());
        json.put("name", m.name());
        json.put("role", m.role().name());
        return json;
    }

    private static Map<String, Object> label(Label l) {
        Map<String, Object> json = new TreeMap<>();
        json.put("name", l.name());
        json.put("confidence", l.confidence());
        json.put("source", l.source());
        return json;
    }

    private static Map<String, Object> asset(MediaAsset a) {
        Map<String, Object> json = new TreeMap<>();
        json.put("id", a.id());
        json.put("kind", a.kind().name());
        json.put("depicts", list(a.depicts(), CanonicalJson::label));
        json.put("authorDepicted", a.authorDepicted());
        json.put("authorInUniform", a.authorInUniform());
        json.put("occasion", a.occasion() == null ? null : a.occasion().name());
        json.put("caption", a.caption());
        return json;
    }

    private static Map<String, Object> shared(SharedContent s) {
        Map<String, Object> json = new TreeMap<>();
        json.put("text", s.text());
        json.put("labels", list(s.labels(), CanonicalJson::label));
        json.put("media", list(s.media(), CanonicalJson::asset));
        return json;
    }

    private static Map<String, Object> approval(Approval a) {
        Map<String, Object> json = new TreeMap<>();
        json.put("id", a.id());
        json.put("kind", a.kind().name());
        json.put("grantedBy", member(a.grantedBy()));
        json.put("clauses", a.clauses());
        json.put("media", a.media());
        json.put("grantedAt", a.grantedAt().toString());
        json.put("expiresAt", a.expiresAt() == null ? null : a.expiresAt().toString());
        json.put("revoked", a.revoked());
        return json;
    }

    private static <T> List<Object> list(List<T> items, Function<T, Object> each) {
        return items.stream().map(each).toList();
    }

    /** Writes a value of the shapes above; public for the profile's canonical form. */
    static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof Double d) {
            out.append(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
        } else if (value instanceof Number n) {
            out.append(n);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, (String) e.getKey());
                out.append(':');
                write(out, e.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("no canonical JSON for " + value.getClass());
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
