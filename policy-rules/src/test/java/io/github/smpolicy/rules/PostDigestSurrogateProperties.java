package io.github.smpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.smpolicy.model.Account;
import io.github.smpolicy.model.Member;
import io.github.smpolicy.model.Post;
import java.time.Instant;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The {@code postDigest} tells any two texts apart (issue 11, finding 6): a lone surrogate is written as
 * an escape in the canonical JSON, never replaced by {@code ?} as encoding to UTF-8 would.
 */
class PostDigestSurrogateProperties {
    private static Post post(String text) {
        return Post.builder("p-1", Instant.parse("2026-03-01T18:00:00Z")).author(new Member("m-1", null, null))
                .account(Account.personal(null)).text(text).build();
    }

    private static String digest(String text) {
        return CanonicalJson.sha256(CanonicalJson.of(post(text)));
    }

    @Example
    void aLoneSurrogateAndAQuestionMarkGiveDifferentDigests() {
        assertNotEquals(digest("a?b"), digest("a\uD800b"));
        assertNotEquals(digest("a?b"), digest("a\uDC00b"));
        assertNotEquals(digest("a\uD800b"), digest("a\uDC00b"));
        assertNotEquals(digest("a\\ud800b"), digest("a\uD800b"));
        assertNotEquals(PolicyEvaluator.standard().evaluate(post("a?b")).audit().postDigest(),
                PolicyEvaluator.standard().evaluate(post("a\uD800b")).audit().postDigest());
    }

    @Example
    void wellFormedTextIsWrittenAsBefore() {
        StringBuilder out = new StringBuilder();
        CanonicalJson.write(out, Map.of("t", "a\uD83D\uDE80b\u00e9?"));
        assertEquals("{\"t\":\"a\uD83D\uDE80b\u00e9?\"}", out.toString());
        out.setLength(0);
        CanonicalJson.write(out, Map.of("t", "a\uD800b\uDE80"));
        assertEquals("{\"t\":\"a\\ud800b\\ude80\"}", out.toString());
    }

    /** Characters that collide when encoding replaces lone surrogates, and those an escape is made of. */
    @Provide
    Arbitrary<String> trickyTexts() {
        return Arbitraries.strings().withChars('a', '?', '\\', 'u', 'd', '8', '0', '"', '\uFFFD', '\uD800', '\uDBFF',
                '\uDC00', '\uDFFF', '\uD83D', '\uDE80').ofMaxLength(8);
    }

    @Property(tries = 2000)
    void distinctTextsGiveDistinctDigests(@ForAll("trickyTexts") String a, @ForAll("trickyTexts") String b) {
        if (a.equals(b)) {
            assertEquals(digest(a), digest(b));
        } else {
            assertNotEquals(digest(a), digest(b), () -> a.chars().mapToObj(c -> String.format("%04x", c)).toList()
                    + " and " + b.chars().mapToObj(c -> String.format("%04x", c)).toList());
        }
    }

    /**
     * The digest the evaluator writes (a thread's reused buffers, encoded by hand) is the SHA-256 of the
     * canonical JSON's UTF-8 bytes, whatever the text and whatever the post before it on the same thread.
     */
    @Property(tries = 1000)
    void theEvaluatorsDigestIsTheCanonicalJsonsSha256(@ForAll("anyTexts") String text) {
        assertEquals(CanonicalJson.sha256(CanonicalJson.of(post(text))), CanonicalJson.digest(post(text)));
    }

    /** The hand-written UTF-8 encoder writes what {@link String#getBytes} does, a lone surrogate as {@code ?} included. */
    @Property(tries = 1000)
    void theDigestsUtf8IsStringGetBytes(@ForAll("anyTexts") String text) {
        byte[] out = new byte[3 * text.length()];
        int n = CanonicalJson.utf8(text.toCharArray(), text.length(), out);
        org.junit.jupiter.api.Assertions.assertArrayEquals(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.util.Arrays.copyOf(out, n));
    }

    /** Any characters (lone surrogates, pairs, every UTF-8 length), short, long, and past the buffers kept between posts. */
    @Provide
    Arbitrary<String> anyTexts() {
        Arbitrary<String> chars = Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(300);
        Arbitrary<String> mixed = Arbitraries.strings().withChars('a', '\u00e9', '\u20ac', '\uD83D', '\uDE80', '"', '\n')
                .ofMinLength(0).ofMaxLength(70_000);
        return Arbitraries.oneOf(chars, mixed);
    }
}
