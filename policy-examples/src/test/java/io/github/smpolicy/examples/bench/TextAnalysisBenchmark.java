package io.github.smpolicy.examples.bench;

import io.github.smpolicy.rules.ContentSignal;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of the built-in text analyser by text length: divide the score by the size in KB for the
 * cost per KB, which stays flat when the cost is linear.
 *
 * <pre>java -cp "$(policy-examples/scripts/bench-classpath.sh)" org.openjdk.jmh.Main TextAnalysisBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TextAnalysisBenchmark {
    /** Ordinary posting with the odd finding and obfuscation in it, as a long account history reads. */
    private static final String PARAGRAPH = "Great turnout at the Peninsula Park cleanup this morning, thanks "
            + "everyone! The council votes on the parks budget on the 12th, write to them. We killed it at the 5k "
            + "and I shot the sunset from Rocky Butte with the new lens. Internal Affairs case IA-2026-0147 was "
            + "closed today. Somebody said they will k1ll that reporter, I reported the page. Views are my own. "
            + "Official position of the Portland Police Bureau: none, this is my kitchen. 🎉 s h o o t i n g "
            + "hoops later, kiiiiilling it, sh\u200Boot me a text. ";

    @Param({"1024", "65536", "1048576"})
    public int size;

    private TextAnalyser analyser;
    private String text;

    @Setup
    public void setUp() {
        analyser = TextAnalyser.standard();
        StringBuilder b = new StringBuilder(size + PARAGRAPH.length());
        while (b.length() < size) {
            b.append(PARAGRAPH);
        }
        b.setLength(size);
        if (Character.isHighSurrogate(b.charAt(size - 1))) {
            b.setCharAt(size - 1, ' ');
        }
        text = b.toString();
    }

    @Benchmark
    public List<ContentSignal> analyse() {
        return analyser.analyse(text, "post");
    }
}
