package io.github.smpolicy.rules;

import io.github.smpolicy.model.Approval;
import io.github.smpolicy.model.Label;
import io.github.smpolicy.model.MediaAsset;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.SharedContent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The canonical JSON of a post, whose SHA-256 is the decision's {@code postDigest}: the contract's
 * field names, every field present with its default applied ({@code null} where an optional value
 * is absent), object keys sorted by UTF-16 code units, no whitespace, strings escaped as RFC 8785
 * does ({@code \"}, {@code \\}, {@code \b \f \n \r \t}, other controls as a six-character hex escape), a lone
 * UTF-16 surrogate (which RFC 8785 rejects and UTF-8 cannot encode) as a six-character hex escape too, numbers
 * as the shortest plain decimal of the value ({@code 1}, {@code 0.7}), instants as ISO-8601 UTC.
 * The same post gives the same bytes whatever order or defaults its JSON was written with.
 */
final class CanonicalJson {
    private CanonicalJson() {}

    /**
     * Written field by field in sorted-key order, with no intermediate maps: this runs once per
     * evaluation. {@code CanonicalJsonTest} pins the bytes.
     */
    static String of(Post post) {
        StringBuilder out = new StringBuilder(512 + post.text().length());
        writePost(out, post);
        return out.toString();
    }

    /**
     * {@code sha256:} and the hex SHA-256 of {@link #of(Post)}'s UTF-8 bytes, the decision's {@code
     * postDigest}: the same bytes, written into buffers of the calling thread's that the next post
     * reuses, encoded and hashed there, with no string of the whole JSON made (this runs once per
     * evaluation: 10 → 4 µs, 18 → 2 KB allocated for the typical post).
     */
    static String digest(Post post) {
        Scratch scratch = SCRATCH.get();
        StringBuilder out = scratch.json;
        out.setLength(0);
        writePost(out, post);
        String digest = scratch.sha256(out);
        if (out.capacity() > Scratch.KEPT) {
            SCRATCH.remove(); // a very long post: its buffers are not kept for the next
        }
        return digest;
    }

    /** A thread's buffers for {@link #digest}. */
    private static final class Scratch {
        /** Buffers larger than this many characters are dropped after use. */
        static final int KEPT = 64 * 1024;
        final StringBuilder json = new StringBuilder(4096);
        char[] chars = new char[4096];
        byte[] bytes = new byte[3 * 4096];
        final MessageDigest sha = sha256Digest();

        /**
         * {@code sha256:} and the hex SHA-256 of the text's UTF-8 bytes, a lone surrogate as {@code ?} as
         * {@link String#getBytes} writes it (the JSON writer escapes every one). Encoded here, char by char
         * from an array: a {@code CharsetEncoder} over a wrapped {@code StringBuilder} reads it through
         * {@code CharBuffer.get()}, one call per char, and cost more than writing and hashing together.
         */
        String sha256(StringBuilder text) {
            int n = text.length();
            if (chars.length < n) {
                chars = new char[n];
                bytes = new byte[3 * n]; // UTF-8 needs at most 3 bytes a char (4 for a pair of 2)
            }
            text.getChars(0, n, chars, 0);
            int b = utf8(chars, n, bytes);
            sha.reset();
            sha.update(bytes, 0, b);
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        }
    }

    /** Writes the UTF-8 bytes of {@code chars[0..n)} into {@code out}, a lone surrogate as {@code ?}; returns their count. */
    static int utf8(char[] chars, int n, byte[] out) {
        int b = 0;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[b++] = (byte) c;
            } else if (c < 0x800) {
                out[b++] = (byte) (0xC0 | c >> 6);
                out[b++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[++i]);
                out[b++] = (byte) (0xF0 | cp >> 18);
                out[b++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[b++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[b++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                out[b++] = '?';
            } else {
                out[b++] = (byte) (0xE0 | c >> 12);
                out[b++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[b++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return b;
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void writePost(StringBuilder out, Post post) {
        out.append("{\"account\":{\"handle\":");
        string(out, post.account().handle());
        out.append(",\"platform\":");
        string(out, post.account().platform());
        out.append(",\"registrationEmail\":");
        string(out, post.account().registrationEmail());
        out.append(",\"use\":");
        string(out, post.account().use().name());
        out.append("},\"action\":");
        string(out, post.action().name());
        out.append(",\"approvals\":");
        array(out, post.approvals(), CanonicalJson::approval);
        out.append(",\"author\":");
        member(out, post.author());
        out.append(",\"id\":");
        string(out, post.id());
        out.append(",\"labels\":");
        array(out, post.labels(), CanonicalJson::label);
        out.append(",\"media\":");
        array(out, post.media(), CanonicalJson::asset);
        out.append(",\"postedAt\":");
        instant(out, post.postedAt());
        out.append(",\"shared\":");
        SharedContent shared = post.shared();
        if (shared == null) {
            out.append("null");
        } else {
            out.append("{\"labels\":");
            array(out, shared.labels(), CanonicalJson::label);
            out.append(",\"media\":");
            array(out, shared.media(), CanonicalJson::asset);
            out.append(",\"text\":");
            string(out, shared.text());
            out.append('}');
        }
        out.append(",\"text\":");
        string(out, post.text());
        out.append('}');
    }

    /**
     * {@code sha256:} and the lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. Only for
     * well-formed text, such as {@link #of(Post)}'s: encoding replaces a lone surrogate with {@code ?}.
     */
    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        return "sha256:" + HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    private static void member(StringBuilder out, io.github.smpolicy.model.Member m) {
        out.append("{\"id\":");
        string(out, m.id());
        out.append(",\"name\":");
        string(out, m.name());
        out.append(",\"role\":");
        string(out, m.role().name());
        out.append('}');
    }

    private static void label(StringBuilder out, Label l) {
        out.append("{\"confidence\":");
        number(out, l.confidence());
        out.append(",\"name\":");
        string(out, l.name());
        out.append(",\"source\":");
        string(out, l.source());
        out.append('}');
    }

    private static void asset(StringBuilder out, MediaAsset a) {
        out.append("{\"authorDepicted\":").append(a.authorDepicted());
        out.append(",\"authorInUniform\":").append(a.authorInUniform());
        out.append(",\"caption\":");
        string(out, a.caption());
        out.append(",\"depicts\":");
        array(out, a.depicts(), CanonicalJson::label);
        out.append(",\"id\":");
        string(out, a.id());
        out.append(",\"kind\":");
        string(out, a.kind().name());
        out.append(",\"occasion\":");
        string(out, a.occasion() == null ? null : a.occasion().name());
        out.append('}');
    }

    private static void approval(StringBuilder out, Approval a) {
        out.append("{\"clauses\":");
        array(out, a.clauses(), CanonicalJson::string);
        out.append(",\"expiresAt\":");
        instant(out, a.expiresAt());
        out.append(",\"grantedAt\":");
        instant(out, a.grantedAt());
        out.append(",\"grantedBy\":");
        member(out, a.grantedBy());
        out.append(",\"id\":");
        string(out, a.id());
        out.append(",\"kind\":");
        string(out, a.kind().name());
        out.append(",\"media\":");
        array(out, a.media(), CanonicalJson::string);
        out.append(",\"revoked\":").append(a.revoked());
        out.append('}');
    }

    private static <T> void array(StringBuilder out, List<T> items, BiConsumer<StringBuilder, T> each) {
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            each.accept(out, items.get(i));
        }
        out.append(']');
    }

    /** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z, in epoch seconds: the years {@link Instant#toString} writes with four digits. */
    private static final long YEAR_0 = -62_167_219_200L;
    private static final long YEAR_10000 = 253_402_300_800L;

    /**
     * An instant as a JSON string, exactly as {@link Instant#toString} writes it ({@code null} for none):
     * whole seconds of the years 0 to 9999 written here, digit by digit, anything else by {@code toString}
     * (its formatter cost ~0.13 µs and ~500 B an instant, and a typical post has three).
     */
    static void instant(StringBuilder out, Instant t) {
        if (t == null) {
            out.append("null");
            return;
        }
        long s = t.getEpochSecond();
        if (t.getNano() != 0 || s < YEAR_0 || s >= YEAR_10000) {
            string(out, t.toString());
            return;
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(s, 86_400));
        int time = (int) Math.floorMod(s, 86_400);
        int year = date.getYear();
        out.append('"').append((char) ('0' + year / 1000)).append((char) ('0' + year / 100 % 10));
        digits(out.append((char) ('0' + year / 10 % 10)).append((char) ('0' + year % 10)).append('-'), date.getMonthValue());
        digits(out.append('-'), date.getDayOfMonth());
        digits(out.append('T'), time / 3600);
        digits(out.append(':'), time / 60 % 60);
        digits(out.append(':'), time % 60);
        out.append("Z\"");
    }

    private static void digits(StringBuilder out, int twoDigits) {
        out.append((char) ('0' + twoDigits / 10)).append((char) ('0' + twoDigits % 10));
    }

    /** The shortest plain decimal of the value: {@code 1}, {@code 0.7}. */
    private static void number(StringBuilder out, double d) {
        if (d == 1.0) {
            out.append('1');
        } else if (d == 0.0) {
            out.append('0');
        } else {
            out.append(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
        }
    }

    /**
     * Writes a value built of maps, lists, strings, numbers, booleans and {@code null}, keys sorted,
     * by the same rules as {@link #of(Post)}: {@link PolicyDigest}'s canonical form of the profile.
     */
    static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof Double d) {
            number(out, d);
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

    /** A JSON string, or {@code null} for a value that is absent. */
    private static void string(StringBuilder out, String s) {
        if (s == null) {
            out.append("null");
            return;
        }
        out.append('"');
        int run = 0; // start of the characters not yet written that need no escape
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++; // a pair: one character, written as it is
                continue;
            }
            out.append(s, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                // other controls, and a lone surrogate, which UTF-8 cannot hold: written as an escape, so
                // "a\\ud800b" stays distinct from "a?b" (what encoding it would have made of it)
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        out.append(s, run, s.length());
        out.append('"');
    }
}
