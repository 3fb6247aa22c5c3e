package io.github.smpolicy.examples.bench;

import io.github.smpolicy.examples.AgencySetup;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.rules.PolicyEvaluator;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JVM start to first decision: builds {@link PolicyEvaluator#standard()} (or, with {@code --agency
 * <profile.json>} and/or {@code --rules <file.drl>}, the evaluator {@link AgencySetup} builds from
 * them, as {@code policy-check --agency/--rules} does), decides the typical benchmark post once and
 * prints the time since the JVM started. Run it in a fresh JVM each time; {@code -DlaunchedAt=<epoch
 * ms>} adds the time since the shell launched it (exec and JVM boot included):
 *
 * <pre>for i in 1 2 3 4 5; do java -DlaunchedAt=$(date +%s%3N) -cp "$(policy-examples/scripts/bench-classpath.sh)" \
 *     io.github.smpolicy.examples.bench.FirstDecision [--agency policy-examples/agencies/cascade-county/profile.json]; done</pre>
 */
public final class FirstDecision {
    private FirstDecision() {}

    public static void main(String[] args) {
        long mainAt = System.currentTimeMillis();
        Path profile = null;
        List<Path> rules = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--agency" -> profile = Path.of(value(args, ++i));
                case "--rules" -> rules.add(Path.of(value(args, ++i)));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (usage: FirstDecision [--agency <profile.json>] [--rules <file.drl>]...)");
            }
        }
        AgencySetup setup = new AgencySetup(profile, rules);
        PolicyEvaluator evaluator = setup.isDefault() ? PolicyEvaluator.standard() : setup.build();
        long builtAt = System.currentTimeMillis();
        Decision decision = evaluator.evaluate(BenchmarkPosts.typical());
        long decidedAt = System.currentTimeMillis();
        // read only after the decision: the management classes load outside the measured span
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        String launchedAt = System.getProperty("launchedAt");
        System.out.printf("first decision %s%s: %d ms after JVM start%s (JVM start to main %d ms,"
                + " evaluator built %d ms, first evaluate() %d ms)%n",
                decision.outcome(), setup.isDefault() ? "" : " (" + evaluator.policy().id() + ")",
                decidedAt - jvmStart,
                launchedAt == null ? "" : ", " + (decidedAt - Long.parseLong(launchedAt)) + " ms after launch",
                mainAt - jvmStart, builtAt - mainAt, decidedAt - builtAt);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
