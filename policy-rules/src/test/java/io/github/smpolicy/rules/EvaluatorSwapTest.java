package io.github.smpolicy.rules;

import static io.github.smpolicy.rules.Posts.label;
import static io.github.smpolicy.rules.Posts.personalPost;
import static io.github.smpolicy.rules.Posts.personalPostRegisteredWith;
import static io.github.smpolicy.rules.Posts.photo;
import static io.github.smpolicy.rules.Posts.photoDepicting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.model.Post;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/** An embedder builds a new evaluator while the old one serves, then swaps; nothing is shared between them. */
class EvaluatorSwapTest {
    private static final List<Post> POSTS = List.of(
            personalPost().media(photoDepicting("img-1", Labels.BADGE, 0.7)).build(),
            personalPostRegisteredWith(Posts.BUREAU_EMAIL).build(),
            personalPost().label(label(Labels.THREAT_OF_VIOLENCE, 0.4)).build(),
            personalPost().media(photo("img-1", Labels.CRIME_SCENE)).build(),
            personalPost().build());

    @Test
    void twoThreadsEvaluatingWhileAThirdSwapsEvaluatorsGetTheDecisionOfTheEvaluatorThatMadeEach() throws Exception {
        PolicyEvaluator portland = Posts.STANDARD;
        PolicyEvaluator stricter = PolicyEvaluator.builder().clock(Posts.CLOCK).profile(AgencyProfile.builder()
                .thresholds(0.3, 0.6).disableClause("311.40-1.9").build()).build();
        Map<PolicyEvaluator, List<Decision>> expected = new IdentityHashMap<>();
        expected.put(portland, portland.evaluateAll(POSTS));
        expected.put(stricter, stricter.evaluateAll(POSTS));
        assertNotEquals(expected.get(portland), expected.get(stricter), "the two evaluators must decide differently");

        AtomicReference<PolicyEvaluator> current = new AtomicReference<>(portland);
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger wrong = new AtomicInteger();
        Map<PolicyEvaluator, LongAdder> used = new ConcurrentHashMap<>();
        Runnable worker = () -> {
            for (int i = 0; i < 4_000; i++) {
                PolicyEvaluator evaluator = current.get();
                int index = i % POSTS.size();
                if (!evaluator.evaluate(POSTS.get(index)).equals(expected.get(evaluator).get(index))) {
                    wrong.incrementAndGet();
                }
                used.computeIfAbsent(evaluator, e -> new LongAdder()).increment();
            }
        };
        Thread swapper = new Thread(() -> {
            while (!done.get()) {
                current.set(current.get() == portland ? stricter : portland);
                Thread.onSpinWait();
                Thread.yield();
            }
        });
        Thread a = new Thread(worker);
        Thread b = new Thread(worker);
        swapper.start();
        a.start();
        b.start();
        a.join();
        b.join();
        done.set(true);
        swapper.join();

        assertEquals(0, wrong.get(), "decisions that differ from their own evaluator's");
        assertTrue(used.get(portland).sum() > 0 && used.get(stricter).sum() > 0, "both evaluators served");
    }
}
