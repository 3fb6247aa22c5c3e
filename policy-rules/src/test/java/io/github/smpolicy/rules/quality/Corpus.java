package io.github.smpolicy.rules.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.smpolicy.model.Account;
import io.github.smpolicy.model.Action;
import io.github.smpolicy.model.Member;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Role;
import io.github.smpolicy.model.SharedContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The register corpus: posts in the register real officers write in, by writers who never saw the
 * lexicon, the model or their outputs, split by them into train, dev and test before any tuning. The
 * test split is frozen ({@code test.sha256}); nothing is tuned on it.
 */
public final class Corpus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant POSTED_AT = Instant.parse("2026-03-01T18:00:00Z");

    private Corpus() {}

    /** The raw bytes of a split's file. */
    public static byte[] bytes(String split) {
        try (InputStream in = Corpus.class.getResourceAsStream("/corpus/register/" + split + ".jsonl")) {
            if (in == null) {
                throw new IOException("corpus/register/" + split + ".jsonl is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sha-256 of a split's file, in hex. */
    public static String digest(String split) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(split)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The records of a split, in file order. */
    public static List<CorpusRecord> load(String split) {
        List<CorpusRecord> records = new ArrayList<>();
        String[] lines = new String(bytes(split), StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                JsonNode n = JSON.readTree(lines[i]);
                List<String> clauses = new ArrayList<>();
                n.path("clauses").forEach(c -> clauses.add(c.asText()));
                records.add(new CorpusRecord(n.get("id").asText(), n.get("split").asText(),
                        n.path("action").asText("PUBLISH"), n.path("text").asText(""),
                        n.hasNonNull("shared") ? n.get("shared").asText() : null, clauses, n.get("band").asText(),
                        n.get("form").asText(), n.path("kind").asText("")));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(split + ".jsonl line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return records;
    }

    /** The record as a post: a member's personal account registered with a personal address, no media. */
    public static Post post(CorpusRecord r) {
        Post.Builder post = Post.builder(r.id(), POSTED_AT).author(new Member("m-1", null, Role.MEMBER))
                .account(Account.personal("member@example.com")).action(Action.valueOf(r.action())).text(r.text());
        if (r.shared() != null) {
            post.shared(SharedContent.of(r.shared()));
        }
        return post.build();
    }
}
