package io.github.smpolicy.examples.bench;

import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.MediaAsset;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.rules.ContentSignal;
import io.github.smpolicy.rules.PolicyEvaluator;
import io.github.smpolicy.rules.text.TextAnalyser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One {@code evaluate()} of a small, a typical and a large post (see {@link BenchmarkPosts}) by the
 * Drools evaluator and by the {@link HandWrittenFloor} in the same run, one thread; the ratio
 * evaluator / floor is what issue 5 targets (≤ 5). {@code textAnalysis} is the part of both that is
 * the built-in text analyser reading the post's texts. {@link EvaluationBenchmarkTwoThreads} and
 * {@link EvaluationBenchmarkTwoThreadsThroughput} run the same methods on two threads sharing one
 * evaluator. All three, with allocation per operation:
 *
 * <pre>java -cp "$(policy-examples/scripts/bench-classpath.sh)" org.openjdk.jmh.Main EvaluationBenchmark -prof gc</pre>
 *
 * Short settings for a quick look: {@code -wi 3 -i 5 -w 1 -r 1 -f 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class EvaluationBenchmark {
    @Param({"small", "typical", "large"})
    public String post;

    private Post subject;
    private PolicyEvaluator evaluator;
    private HandWrittenFloor floor;
    private TextAnalyser analyser;
    private PolicyEvaluator labelsOnly;
    private HandWrittenFloor labelsOnlyFloor;

    @Setup
    public void setUp() {
        subject = BenchmarkPosts.named(post);
        evaluator = PolicyEvaluator.standard();
        floor = HandWrittenFloor.standard();
        labelsOnly = PolicyEvaluator.builder().textAnalysis(false).build();
        labelsOnlyFloor = HandWrittenFloor.labelsOnly();
        if (labelsOnly.evaluate(subject).outcome() != labelsOnlyFloor.evaluate(subject).outcome()) {
            throw new IllegalStateException("the labels-only floor disagrees with the evaluator on " + subject.id());
        }
        analyser = TextAnalyser.standard();
        Decision expected = evaluator.evaluate(subject);
        Decision actual = floor.evaluate(subject);
        // a floor that decides otherwise measures something else (HandWrittenFloorTest checks it in full)
        if (expected.outcome() != actual.outcome() || !verdicts(expected).equals(verdicts(actual))
                || !expected.exceptions().equals(actual.exceptions())
                || !expected.approvals().equals(actual.approvals()) || !expected.errors().equals(actual.errors())) {
            throw new IllegalStateException("the floor disagrees with the evaluator on " + subject.id()
                    + ":\n" + expected.explain() + "\n---\n" + actual.explain());
        }
    }

    private static List<String> verdicts(Decision d) {
        return d.findings().stream().map(f -> f.clause() + "=" + f.verdict() + "/" + f.evidence().size()).toList();
    }

    @Benchmark
    public Decision evaluator() {
        return evaluator.evaluate(subject);
    }

    @Benchmark
    public Decision floor() {
        return floor.evaluate(subject);
    }

    /** Labels only (text analysis off): the engine's own cost, what Cedar's per-authorization figure compares with. */
    @Benchmark
    public Decision evaluatorLabelsOnly() {
        return labelsOnly.evaluate(subject);
    }

    /** The hand-written floor with labels only. */
    @Benchmark
    public Decision floorLabelsOnly() {
        return labelsOnlyFloor.evaluate(subject);
    }

    /** The text analyser over the post's text and captions: what both of the above spend on text. */
    @Benchmark
    public void textAnalysis(Blackhole bh) {
        bh.consume(analyse(subject.text(), "post"));
        for (MediaAsset asset : subject.allMedia()) {
            bh.consume(analyse(asset.caption(), "caption:" + asset.id()));
        }
        if (subject.shared() != null) {
            bh.consume(analyse(subject.shared().text(), "shared"));
        }
    }

    private List<ContentSignal> analyse(String text, String where) {
        return text.isEmpty() ? List.of() : analyser.analyse(text, where);
    }
}
