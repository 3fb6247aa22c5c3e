package io.github.smpolicy.examples.bench;

import io.github.smpolicy.model.Decision;
import io.github.smpolicy.rules.PolicyEvaluator;
import java.lang.management.ManagementFactory;

/**
 * JVM start to first decision with the built-in rules: builds {@link PolicyEvaluator#standard()},
 * decides the typical benchmark post once and prints the time since the JVM started. Run it in a
 * fresh JVM each time; {@code -DlaunchedAt=<epoch ms>} adds the time since the shell launched it
 * (exec and JVM boot included):
 *
 * <pre>for i in 1 2 3 4 5; do java -DlaunchedAt=$(date +%s%3N) -cp policy-examples/target/policy-check.jar \
 *     io.github.smpolicy.examples.bench.FirstDecision; done</pre>
 */
public final class FirstDecision {
    private FirstDecision() {}

    public static void main(String[] args) {
        long mainAt = System.currentTimeMillis();
        PolicyEvaluator evaluator = PolicyEvaluator.standard();
        long builtAt = System.currentTimeMillis();
        Decision decision = evaluator.evaluate(BenchmarkPosts.typical());
        long decidedAt = System.currentTimeMillis();
        // read only after the decision: the management classes load outside the measured span
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        String launchedAt = System.getProperty("launchedAt");
        System.out.printf("first decision %s: %d ms after JVM start%s (JVM start to main %d ms,"
                + " PolicyEvaluator.standard() %d ms, first evaluate() %d ms)%n",
                decision.outcome(), decidedAt - jvmStart,
                launchedAt == null ? "" : ", " + (decidedAt - Long.parseLong(launchedAt)) + " ms after launch",
                mainAt - jvmStart, builtAt - mainAt, decidedAt - builtAt);
    }
}
