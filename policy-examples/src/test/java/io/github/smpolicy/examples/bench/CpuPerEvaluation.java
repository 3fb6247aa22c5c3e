package io.github.smpolicy.examples.bench;

import io.github.smpolicy.model.Post;
import io.github.smpolicy.rules.PolicyEvaluator;
import java.lang.management.ManagementFactory;

/**
 * The thread's own CPU time and allocation per {@code evaluate()}, best of 8 rounds of 20,000 after
 * a warm-up: steadier than wall-clock JMH figures on a shared or virtual machine, where other
 * tenants' work lands in the wall time. Arguments: the benchmark post, the number of non-matching
 * agency rules to add (as {@link AgencyRulesBenchmark}), and {@code notext} to leave the text
 * analyser out.
 *
 * <pre>java -cp "$(policy-examples/scripts/bench-classpath.sh)" io.github.smpolicy.examples.bench.CpuPerEvaluation typical 50</pre>
 */
public final class CpuPerEvaluation {
    private static final int ROUNDS = 8;
    private static final int PER_ROUND = 20_000;

    private CpuPerEvaluation() {}

    public static void main(String[] args) {
        Post post = BenchmarkPosts.named(args.length > 0 ? args[0] : "typical");
        int extraRules = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        boolean text = !(args.length > 2 && args[2].equals("notext"));
        PolicyEvaluator evaluator = PolicyEvaluator.builder().textAnalysis(text)
                .profile(AgencyRulesBenchmark.profile(extraRules)).build();
        // the floor beside the evaluator in every run: with the text analyser, or labels only
        HandWrittenFloor floor = extraRules > 0 ? null : text ? HandWrittenFloor.standard() : HandWrittenFloor.labelsOnly();
        com.sun.management.ThreadMXBean thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < 3 * PER_ROUND; i++) {
            sink += evaluator.evaluate(post).findings().size() + (floor == null ? 0 : floor.evaluate(post).findings().size());
        }
        long bestEvaluator = Long.MAX_VALUE;
        long bestFloor = Long.MAX_VALUE;
        long bytes = 0;
        for (int r = 0; r < ROUNDS; r++) {
            long cpu = thread.getCurrentThreadCpuTime();
            long allocated = thread.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < PER_ROUND; i++) {
                sink += evaluator.evaluate(post).findings().size();
            }
            bestEvaluator = Math.min(bestEvaluator, thread.getCurrentThreadCpuTime() - cpu);
            bytes = (thread.getCurrentThreadAllocatedBytes() - allocated) / PER_ROUND;
            if (floor != null) {
                cpu = thread.getCurrentThreadCpuTime();
                for (int i = 0; i < PER_ROUND; i++) {
                    sink += floor.evaluate(post).findings().size();
                }
                bestFloor = Math.min(bestFloor, thread.getCurrentThreadCpuTime() - cpu);
            }
        }
        System.out.printf("post %s, %d extra agency rules, text analysis %s: evaluator %.1f µs CPU, %,d B allocated"
                + " per evaluation%s (checksum %d)%n", post.id(), extraRules, text ? "on" : "off",
                bestEvaluator / 1000.0 / PER_ROUND, bytes, floor == null ? ""
                        : String.format("; floor %.1f µs, ratio %.1f", bestFloor / 1000.0 / PER_ROUND,
                                (double) bestEvaluator / bestFloor), sink);
    }
}
