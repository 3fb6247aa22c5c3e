package io.github.smpolicy.examples.bench;

import io.github.smpolicy.model.Post;
import io.github.smpolicy.rules.PolicyEvaluator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time of one {@code evaluate()} goes: evaluates a benchmark post in a loop under Java
 * Flight Recorder's sampling profiler and attributes every sample to the stage of the evaluation it
 * was taken in, innermost stage first. Prints each stage's share of the samples and, from the
 * thread's CPU time per evaluation, its cost in microseconds. Deep Drools stacks need a deeper
 * stack than JFR's default 64 frames:
 *
 * <pre>java -XX:FlightRecorderOptions=stackdepth=2048 -cp "$(policy-examples/scripts/bench-classpath.sh)" \
 *     io.github.smpolicy.examples.bench.EvaluationProfile [small|typical|large] [seconds] [extra agency rules]</pre>
 *
 * The third argument adds that many agency rules the post never matches, as {@link AgencyRulesBenchmark} does.
 * The recording is kept as {@code evaluation-profile.jfr} for {@code jfr print} or JDK Mission Control.
 */
public final class EvaluationProfile {
    /** Stages by a frame's class and method, most specific first; the first that matches a frame names its stage. */
    private static final List<Map.Entry<String, String>> STAGES = List.of(
            Map.entry("io.github.smpolicy.rules.text.", "text analysis (built-in analyser)"),
            Map.entry("io.github.smpolicy.rules.CanonicalJson.", "post digest (canonical JSON + SHA-256)"),
            Map.entry("org.drools.kiesession.session.StatefulSessionPool.", "session reset and return to the pool"),
            Map.entry("org.drools.core.util.ScalablePool.", "session reset and return to the pool"),
            Map.entry("org.drools.kiesession.session.StatefulKnowledgeSessionImpl.fireAllRules", "Drools: firing rules"),
            Map.entry("org.drools.kiesession.entrypoints.NamedEntryPoint.insert", "Drools: inserting the post's facts"),
            Map.entry("io.github.smpolicy.rules.Evaluation$Concluded.", "reading the session's conclusions"),
            Map.entry("io.github.smpolicy.rules.Evaluation.decide", "decision assembly (sort, merge, records)"),
            Map.entry("io.github.smpolicy.rules.Evaluation.facts", "building the facts"),
            Map.entry("io.github.smpolicy.rules.Evaluation.run", "session hand-out and the rest of Evaluation"),
            Map.entry("io.github.smpolicy.rules.PolicyEvaluator.", "PolicyEvaluator"));

    private EvaluationProfile() {}

    public static void main(String[] args) throws IOException, ParseException {
        Post post = BenchmarkPosts.named(args.length > 0 ? args[0] : "typical");
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 20;
        int extraRules = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        boolean text = !(args.length > 3 && args[3].equals("notext"));
        PolicyEvaluator evaluator = PolicyEvaluator.builder().textAnalysis(text)
                .profile(AgencyRulesBenchmark.profile(extraRules)).build();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) { // warm-up: the JIT, Drools' constraint JIT, the session pool
            evaluator.evaluate(post);
        }
        Path file = Path.of("evaluation-profile.jfr");
        long evaluations = 0;
        long cpu;
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1));
            recording.start();
            long cpuStart = threads.getCurrentThreadCpuTime();
            deadline = System.nanoTime() + seconds * 1_000_000_000L;
            while (System.nanoTime() < deadline) {
                evaluator.evaluate(post);
                evaluations++;
            }
            cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            recording.stop();
            recording.dump(file);
        }
        double microsPerEvaluation = cpu / 1000.0 / evaluations;
        Map<String, Integer> byStage = new LinkedHashMap<>();
        int samples = 0;
        String main = Thread.currentThread().getName();
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                    || !main.equals(event.getThread("sampledThread").getJavaName())) {
                continue;
            }
            samples++;
            byStage.merge(stage(event.getStackTrace().getFrames(), event.getStackTrace().isTruncated()), 1, Integer::sum);
        }
        System.out.printf("post %s, %d extra agency rules, text analysis %s: %,d evaluations, %.1f µs CPU each; %,d samples (%s)%n",
                post.id(), extraRules, text ? "on" : "off", evaluations, microsPerEvaluation, samples, file.toAbsolutePath());
        int total = samples;
        byStage.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf("  %5.1f%%  %6.1f µs  %s%n", 100.0 * e.getValue() / total,
                        microsPerEvaluation * e.getValue() / total, e.getKey()));
    }

    private static String stage(List<RecordedFrame> frames, boolean truncated) {
        for (RecordedFrame frame : frames) { // innermost first
            String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
            for (Map.Entry<String, String> stage : STAGES) {
                if (name.startsWith(stage.getKey())) {
                    return stage.getValue();
                }
            }
        }
        return truncated ? "unattributed (stack deeper than JFR's stackdepth)" : "outside the evaluation (loop, GC)";
    }
}
