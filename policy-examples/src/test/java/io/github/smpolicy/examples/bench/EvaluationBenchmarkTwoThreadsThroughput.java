package io.github.smpolicy.examples.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;

/**
 * {@link EvaluationBenchmark} as decisions per second, two threads sharing one evaluator: issue 5's
 * target is ≥ 300,000 decisions/s for the typical post.
 *
 * <pre>java -cp "$(policy-examples/scripts/bench-classpath.sh)" org.openjdk.jmh.Main EvaluationBenchmarkTwoThreadsThroughput -prof gc</pre>
 */
@Threads(2)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EvaluationBenchmarkTwoThreadsThroughput extends EvaluationBenchmark {
}
