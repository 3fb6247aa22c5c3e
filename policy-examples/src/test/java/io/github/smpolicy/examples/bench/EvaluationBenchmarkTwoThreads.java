package io.github.smpolicy.examples.bench;

import org.openjdk.jmh.annotations.Threads;

/**
 * {@link EvaluationBenchmark} on two threads sharing one evaluator (and one floor): the time of one
 * {@code evaluate()} while the other core evaluates too.
 *
 * <pre>java -cp "$(policy-examples/scripts/bench-classpath.sh)" org.openjdk.jmh.Main EvaluationBenchmarkTwoThreads -prof gc</pre>
 */
@Threads(2)
public class EvaluationBenchmarkTwoThreads extends EvaluationBenchmark {
}
