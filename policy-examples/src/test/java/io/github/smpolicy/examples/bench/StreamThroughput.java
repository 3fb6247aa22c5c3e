package io.github.smpolicy.examples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.smpolicy.examples.AgencySetup;
import io.github.smpolicy.examples.streams.CurrentEvaluator;
import io.github.smpolicy.examples.streams.PolicyTopology;
import io.github.smpolicy.examples.streams.StreamSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Posts per second through one instance of the decision stream, measured by hand (not a test, not JMH):
 * N posts made from the bundled samples (ids of their own, 50 authors) are piped through
 * {@link PolicyTopology} by Kafka's {@link TopologyTestDriver}, with the deployed defaults (exactly_once_v2,
 * a 5 s post timeout, one-hour member-view windows). There is no broker: it measures the topology's own
 * work on one stream thread (parsing, evaluating, writing JSON, the member view and its store), not
 * Kafka's network, replication or transaction commits. Run by {@code scripts/stream-throughput.sh}.
 *
 * <p>Arguments: {@code N [--semantic]}; prints one line per round and the median.
 */
public final class StreamThroughput {
    private StreamThroughput() {}

    /**
     * Runs the measurement.
     *
     * @param args {@code N [--semantic] [--new-texts]}
     * @throws IOException if the samples cannot be read
     */
    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        boolean semantic = List.of(args).contains("--semantic");
        // --new-texts: every post's text is its own (a number appended), so the semantic analyser's cache of
        // identical texts never answers: the cost of a stream of new posts, not of a shared meme
        newTexts = List.of(args).contains("--new-texts");
        List<byte[]> posts = posts(n, 0);
        AgencySetup setup = AgencySetup.portland().withSemantic(semantic);
        CurrentEvaluator evaluator = new CurrentEvaluator(setup.build());
        Properties kafka = new Properties();
        kafka.setProperty("application.id", "stream-throughput");
        kafka.setProperty("bootstrap.servers", "unused:9092");
        StreamSettings settings = StreamSettings.defaults(Map.copyOf(toMap(kafka)));
        Path state = Files.createTempDirectory("stream-throughput");
        Properties properties = settings.kafkaProperties();
        properties.setProperty("state.dir", state.toString());
        System.out.printf("%d posts per round, %s, processing.guarantee %s, no broker (TopologyTestDriver)%n", n,
                semantic ? "lexicon + semantic analyser" : "lexicon", properties.getProperty("processing.guarantee"));
        List<Double> rates = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            if (newTexts && round > 0) {
                posts = posts(n, round); // new texts every round too: the last round's are in the cache
            }
            try (TopologyTestDriver driver = new TopologyTestDriver(PolicyTopology.build(settings, evaluator), properties)) {
                TestInputTopic<String, byte[]> in = driver.createInputTopic(settings.postsTopic(), new StringSerializer(),
                        new ByteArraySerializer(), Instant.parse("2026-03-01T00:00:00Z"), Duration.ofMillis(100));
                TestOutputTopic<String, String> decisions = driver.createOutputTopic(settings.decisionsTopic(),
                        new StringDeserializer(), new StringDeserializer());
                TestOutputTopic<String, String> view = driver.createOutputTopic(settings.memberViewTopic(),
                        new StringDeserializer(), new StringDeserializer());
                long decided = 0;
                long start = System.nanoTime();
                for (int i = 0; i < posts.size(); i++) {
                    in.pipeInput(null, posts.get(i));
                    if (i % 1_000 == 999) { // drain, so that the driver's output queues do not grow
                        decided += decisions.readValuesToList().size();
                        view.readValuesToList();
                    }
                }
                decided += decisions.readValuesToList().size();
                double seconds = (System.nanoTime() - start) / 1e9;
                if (decided != posts.size()) {
                    throw new IllegalStateException(decided + " decisions for " + posts.size() + " posts");
                }
                double rate = posts.size() / seconds;
                System.out.printf("round %d%s: %.1f s, %.0f posts/s%n", round + 1, round == 0 ? " (warm-up)" : "",
                        seconds, rate);
                if (round > 0) {
                    rates.add(rate);
                }
            }
        }
        rates.sort(Double::compare);
        System.out.printf("median of rounds 2-5: %.0f posts/s on %d available processors%n",
                (rates.get(1) + rates.get(2)) / 2, Runtime.getRuntime().availableProcessors());
    }

    private static boolean newTexts;

    private static List<byte[]> posts(int n, int round) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> samples = Files.readAllLines(Path.of("policy-examples/samples/posts.jsonl"), StandardCharsets.UTF_8);
        List<byte[]> posts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ObjectNode post = (ObjectNode) mapper.readTree(samples.get(i % samples.size()));
            post.put("id", "t-" + i);
            if (newTexts) {
                post.put("text", (post.hasNonNull("text") ? post.get("text").asText() : "") + " #" + round + "-" + i);
            }
            ((ObjectNode) post.get("author")).put("id", "m-" + (i % 50));
            posts.add(mapper.writeValueAsBytes(post));
        }
        return posts;
    }

    private static Map<String, String> toMap(Properties properties) {
        Map<String, String> map = new java.util.HashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return map;
    }
}
