package io.github.smpolicy.examples.streams;

import io.github.smpolicy.rules.PolicyEvaluator;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one evaluator of an application instance, shared by all its stream threads and tasks, and
 * swapped as a whole when the profile changes ({@link ProfileReload}). A record is decided by the
 * evaluator current when its evaluation starts; its decision's {@code audit.policyDigest} says which.
 */
public final class CurrentEvaluator {
    private final AtomicReference<PolicyEvaluator> current;

    /**
     * Starts with an evaluator.
     *
     * @param initial the evaluator; not {@code null}, built once for the whole instance
     */
    public CurrentEvaluator(PolicyEvaluator initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    /**
     * The evaluator that decides the next record.
     *
     * @return the current evaluator; never {@code null}
     */
    public PolicyEvaluator get() {
        return current.get();
    }

    /**
     * Makes {@code next} the evaluator of every record whose evaluation starts from now on; evaluations
     * under way finish with the one they started with.
     *
     * @param next the new evaluator; not {@code null}
     * @return the evaluator it replaces
     */
    public PolicyEvaluator swap(PolicyEvaluator next) {
        return current.getAndSet(Objects.requireNonNull(next, "next"));
    }
}
