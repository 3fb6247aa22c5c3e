package io.github.smpolicy.examples.streams;

import io.github.smpolicy.examples.DecisionJson;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Suppressed;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.Stores;

/**
 * The decision stream as a Kafka Streams topology.
 *
 * <ul>
 *   <li>Each record of the posts topic is read as a post in the contract's JSON ({@code PostJson}) and
 *       decided by the instance's {@link CurrentEvaluator}; its decision goes to the decisions topic, keyed
 *       by the post's id, as {@code DecisionJson} writes it. The input's key is not used.
 *   <li>A record that is not a valid post (not UTF-8, not JSON, a field missing or of the wrong type) or
 *       whose evaluation fails goes to the errors topic as a {@link StreamError}, naming the field or the
 *       failure and the record's topic, partition and offset; the records after it are still decided.
 *   <li>Every decision also counts towards its author's {@link MemberCounts} in a tumbling window of the
 *       record's timestamp (when it was written to the posts topic, not the post's {@code postedAt}: a wrong
 *       clock on a post cannot close windows early), kept in the window store {@value #MEMBER_VIEW_STORE}
 *       (queryable with {@code KafkaStreams.store}) and written to the member-view topic as a
 *       {@link MemberView} keyed by the member's id.
 * </ul>
 *
 * <p>Per partition, decisions are written in the order the posts were read. The counts reach the view
 * through a repartition topic keyed by member id ({@code <application.id>-member-tallies-repartition}),
 * which carries counts only, never a post's text.
 */
public final class PolicyTopology {
    /** The name of the member view's window store (member id → {@link MemberCounts} per window). */
    public static final String MEMBER_VIEW_STORE = "member-view-store";

    private PolicyTopology() {}

    /**
     * Builds the topology. Every stream task shares {@code evaluator}: it is built once per instance.
     *
     * @param settings  the topics, the post timeout, strict reading and the member view
     * @param evaluator the instance's evaluator
     * @return the topology, to run with {@code new KafkaStreams(topology, settings.kafkaProperties())}
     */
    public static Topology build(StreamSettings settings, CurrentEvaluator evaluator) {
        StreamsBuilder builder = new StreamsBuilder();
        boolean strict = settings.setup().strict();
        KStream<String, Result> results = builder
                .stream(settings.postsTopic(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("posts"))
                .process(() -> new DecidePosts(evaluator, strict, settings.postTimeout()), Named.as("decide"));
        Map<String, KStream<String, Result>> branches = results.split(Named.as("result-"))
                .branch((key, result) -> result instanceof Result.Decided, Branched.as("decided"))
                .defaultBranch(Branched.as("rejected"));
        KStream<String, Result> decided = branches.get("result-decided");
        decided.mapValues(result -> DecisionJson.toJson(((Result.Decided) result).decision()), Named.as("decision-json"))
                .to(settings.decisionsTopic(), Produced.with(Serdes.String(), Serdes.String()).withName("decisions-out"));
        branches.get("result-rejected")
                .mapValues(result -> ((Result.Rejected) result).error().toJson(), Named.as("error-json"))
                .to(settings.errorsTopic(), Produced.with(Serdes.String(), Serdes.String()).withName("errors-out"));

        // 311.40 names no such view: it is for supervisors' dashboards, counts per member, clause and outcome
        KTable<Windowed<String>, MemberCounts> view = decided
                .map((postId, result) -> KeyValue.pair(((Result.Decided) result).member(),
                        MemberCounts.of(((Result.Decided) result).decision())), Named.as("member-tally"))
                .groupByKey(Grouped.with("member-tallies", Serdes.String(), MemberCounts.serde()))
                .windowedBy(TimeWindows.ofSizeAndGrace(settings.window(), settings.grace()))
                .reduce(MemberCounts::plus, Named.as("member-view"),
                        Materialized.<String, MemberCounts>as(Stores.inMemoryWindowStore(MEMBER_VIEW_STORE,
                                settings.window().plus(settings.grace()), settings.window(), false))
                                .withKeySerde(Serdes.String()).withValueSerde(MemberCounts.serde()));
        if (settings.emit() == StreamSettings.Emit.FINAL) {
            view = view.suppress(Suppressed.<Windowed<String>>untilWindowCloses(Suppressed.BufferConfig.unbounded())
                    .withName("member-view-final"));
        }
        view.toStream(Named.as("member-view-changes"))
                .filter((window, counts) -> counts != null, Named.as("member-view-present"))
                .map((window, counts) -> KeyValue.pair(window.key(), new MemberView(window.key(),
                        window.window().startTime(), window.window().endTime(), counts).toJson()),
                        Named.as("member-view-json"))
                .to(settings.memberViewTopic(), Produced.with(Serdes.String(), Serdes.String()).withName("member-view-out"));
        return builder.build();
    }
}
