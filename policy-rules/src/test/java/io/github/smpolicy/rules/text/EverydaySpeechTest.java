package io.github.smpolicy.rules.text;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Account;
import io.github.smpolicy.model.Action;
import io.github.smpolicy.model.Member;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Role;
import io.github.smpolicy.rules.PolicyEvaluator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hyperbole, sport, the range, food, a video call, a TV plot, a news report and the slurs' false friends
 * ({@code text/everyday-speech.txt}): a member's post of any of them is never denied, by the lexicon alone or by
 * the default evaluator. False DENY on protected speech is the worst error the product can make.
 */
class EverydaySpeechTest {
    private static final PolicyEvaluator LEXICON = PolicyEvaluator.builder().wordModel(false).build();
    private static final PolicyEvaluator DEFAULT = PolicyEvaluator.standard();

    static Stream<String> posts() throws IOException {
        try (InputStream in = EverydaySpeechTest.class.getResourceAsStream("/text/everyday-speech.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            assertTrue(lines.size() >= 50, "the file holds " + lines.size() + " posts");
            return lines.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("posts")
    void isNeverDenied(String text) {
        Post post = Post.builder("everyday", Instant.parse("2026-03-01T18:00:00Z"))
                .author(new Member("m-1", null, Role.MEMBER)).account(Account.personal("member@example.com"))
                .action(Action.PUBLISH).text(text).build();
        assertNotEquals(Outcome.DENY, LEXICON.evaluate(post).outcome(), "lexicon alone");
        assertNotEquals(Outcome.DENY, DEFAULT.evaluate(post).outcome(), "default evaluator");
    }
}
