package io.github.smpolicy.rules;

import static io.github.smpolicy.rules.Posts.label;
import static io.github.smpolicy.rules.Posts.personalPost;
import static io.github.smpolicy.rules.Posts.personalPostRegisteredWith;
import static io.github.smpolicy.rules.Posts.photo;
import static io.github.smpolicy.rules.Posts.photoDepicting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Post;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Decisions feed discipline proceedings: no lost post, no crash, no stall, no silent ALLOW. */
class ReliabilityTest {
    private static final List<Post> MIXED = List.of(
            personalPost().text("Sunset over the Columbia.").build(),
            personalPost().media(photoDepicting("img-1", Labels.BADGE, 0.7)).build(),
            personalPostRegisteredWith(Posts.BUREAU_EMAIL).text("Pancakes Saturday!").build(),
            personalPost().label(label(Labels.THREAT_OF_VIOLENCE, 0.95)).build(),
            personalPost().text("Next person who slashes my tires, I will shoot them on sight.").build(),
            personalPost().text("Internal Affairs case IA-2026-0147 against me was closed today.").build(),
            personalPost().label(label(Labels.UNION_ACTIVITY, 0.8)).media(photo("img-1", Labels.PATCH)).build(),
            personalPost().text("I work for PPB, but views here are my own: bike lanes are good.").build());

    @Test
    void twoThreadsOfOneHundredThousandEvaluationsEachDecideAsOneThreadDoesOneByOne() throws Exception {
        int perThread = 100_000;
        List<Decision> expected = Posts.STANDARD.evaluateAll(MIXED);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> wrong = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int offset = t;
                wrong.add(pool.submit(() -> {
                    int mismatches = 0;
                    for (int i = 0; i < perThread; i++) {
                        int k = (i + offset) % MIXED.size();
                        if (!Posts.STANDARD.evaluate(MIXED.get(k)).equals(expected.get(k))) {
                            mismatches++;
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<Integer> w : wrong) {
                assertEquals(0, w.get(), "decisions that differ from the single-threaded ones");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAgencyRuleThatThrowsForOnePostInABatchOfTenThousandTouchesThatPostAlone() {
        String throwing = """
                package io.github.smpolicy.rules.api;
                rule "CCSO-9.1 a rule with a bug for one post"
                when
                    PostFact( id == "p-4242" )
                then
                    throw new IllegalStateException("agency rule bug");
                end
                """;
        PolicyEvaluator agency = PolicyEvaluator.builder().clock(Posts.CLOCK)
                .profile(AgencyProfile.builder().rules("rules/bug.drl", throwing).build()).build();
        List<Post> batch = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Post p = MIXED.get(i % MIXED.size());
            batch.add(new Post("p-" + i, p.postedAt(), p.action(), p.author(), p.account(), p.text(), p.labels(),
                    p.media(), p.shared(), p.approvals()));
        }

        List<Decision> decisions = agency.evaluateAll(batch);

        assertEquals(10_000, decisions.size());
        for (int i = 0; i < batch.size(); i++) {
            Decision d = decisions.get(i);
            if (i == 4242) {
                assertTrue(d.outcome() != Outcome.ALLOW && !d.errors().isEmpty(), d::explain);
                assertEquals("CCSO-9.1 a rule with a bug for one post", d.errors().get(0).rule());
            } else {
                Decision standard = Posts.STANDARD.evaluate(batch.get(i));
                assertEquals(standard.outcome(), d.outcome(), batch.get(i).id());
                assertEquals(standard.findings(), d.findings(), batch.get(i).id());
                assertTrue(d.errors().isEmpty(), batch.get(i).id());
            }
        }
    }

    @Test
    void aRuleThatNeverSettlesStopsWithAnErrorAndTheNextPostsAreDecidedAsBefore() {
        // sessions are pooled and reset between posts: one left mid-loop must not leak into the next
        String looping = """
                package io.github.smpolicy.rules.api;
                rule "CCSO-9.2 a rule that puts back what the other takes away"
                when
                    PostFact( id == "p-loop" )
                    not String()
                then
                    insert("again");
                end
                rule "CCSO-9.3 a rule that takes away what the other puts back"
                when
                    $s : String()
                then
                    delete($s);
                end
                """;
        PolicyEvaluator agency = PolicyEvaluator.builder().clock(Posts.CLOCK)
                .profile(AgencyProfile.builder().rules("rules/loop.drl", looping).build()).build();
        Post runaway = Post.builder("p-loop", Posts.POSTED_AT).author(Posts.MEMBER)
                .account(personalPost().build().account()).build();

        for (int round = 0; round < 3; round++) {
            Decision d = agency.evaluate(runaway);
            assertTrue(d.outcome() != Outcome.ALLOW, d::explain);
            // stopped by the firing cap or by the time budget, whichever it reaches first
            assertTrue(d.errors().get(0).message().contains("without settling")
                    || d.errors().get(0).message().contains("time budget"), d::explain);
            for (Post p : MIXED) {
                Decision standard = Posts.STANDARD.evaluate(p);
                Decision after = agency.evaluate(p);
                assertEquals(List.of(standard.outcome(), standard.findings(), standard.exceptions(),
                        standard.approvals(), standard.errors()), List.of(after.outcome(), after.findings(),
                        after.exceptions(), after.approvals(), after.errors()), p::toString);
            }
        }
    }

    static List<String> hostileTexts() {
        return List.of(
                "\u0000\u0001\u0007\u001b[31m control characters \u007f",
                "unpaired \uD800 high and \uDC00 low surrogates \uD83D",
                "a" + "\u0301".repeat(200_000),
                "k".repeat(2_000_000),
                "\u202E I will kill him \u202C and \u2066 isolates \u2069",
                "I will kill him ".repeat(100_000),
                "s h o o t ".repeat(200_000),
                "\u200B".repeat(1_000_000),
                "@".repeat(500_000) + "1".repeat(500_000),
                // a slash far from most words: each run is checked for a link within itself only
                "word ".repeat(400_000) + "and/or",
                "a ".repeat(1_000_000) + "see https://example.com/x");
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void aHostileTextIsEvaluatedWithoutErrorAndWithinBoundedTime(String text) {
        // a guard against hangs, not a benchmark: the cost per KB is measured by TextAnalysisBenchmark
        Decision d = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> Posts.STANDARD.evaluate(personalPost().text(text).build()));

        assertTrue(d.errors().isEmpty(), d::explain);
        d.findings().forEach(f -> f.evidence().forEach(e -> {
            if (e instanceof io.github.smpolicy.model.Evidence.TextEvidence t) {
                assertEquals(t.text().match(), text.substring(t.text().start(), t.text().end()));
            }
        }));
    }

    @Test
    void aPostRepeatingTheSameWordsGetsTheSameDecisionEveryTime() {
        // the same threat at several places: evidence must come in one order, or two decisions differ
        Post post = personalPost().text("I will kill him. Really. I will kill him. I will kill him, I said.").build();
        Decision first = Posts.STANDARD.evaluate(post);
        for (int i = 0; i < 200; i++) {
            assertEquals(first, Posts.STANDARD.evaluate(post));
        }
    }
}
