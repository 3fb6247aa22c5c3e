package io.github.smpolicy.examples.streams;

import io.github.smpolicy.examples.AgencySetup;
import io.github.smpolicy.model.Printable;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;

/**
 * One instance of the decision stream: builds its evaluator once, runs {@link PolicyTopology} with Kafka
 * Streams, and swaps the evaluator when the profile changes ({@link ProfileReload}). Run more instances
 * with the same {@code application.id} to share the posts topic's partitions among them.
 *
 * <pre>{@code
 * try (PolicyStreamsApp app = PolicyStreamsApp.create(StreamSettings.load(config), System.err::println)) {
 *     Runtime.getRuntime().addShutdownHook(new Thread(app::close));
 *     boolean stoppedCleanly = app.run();
 * }
 * }</pre>
 *
 * <p>A record that is not a post, or whose evaluation fails, is reported on the errors topic and does not
 * stop a stream thread. Anything else that escapes a stream thread (a broker that stays unreachable past the
 * clients' timeouts, a missing topic, a state store failure) stops the whole instance rather than leave it
 * running short of a thread: {@link #run()} then returns {@code false}, and its supervisor restarts it.
 */
public final class PolicyStreamsApp implements AutoCloseable {
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final StreamSettings settings;
    private final ProfileReload reload;
    private final Topology topology;
    private final Consumer<String> messages;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean failed = new AtomicBoolean();
    private KafkaStreams streams;

    private PolicyStreamsApp(StreamSettings settings, ProfileReload reload, Consumer<String> messages) {
        this.settings = settings;
        this.reload = reload;
        this.messages = messages;
        this.topology = PolicyTopology.build(settings, reload.evaluator());
    }

    /**
     * Builds the instance's evaluator and topology; connects to nothing yet.
     *
     * @param settings the settings
     * @param messages receives one line per state change, evaluator swap or failure; never a post's content
     * @return the application, not started
     * @throws AgencySetup.Failure if the evaluator cannot be built from the settings' agency setup
     */
    public static PolicyStreamsApp create(StreamSettings settings, Consumer<String> messages) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(messages, "messages");
        return new PolicyStreamsApp(settings, ProfileReload.of(settings.setup(), messages), messages);
    }

    /**
     * The topology this instance runs.
     *
     * @return the topology
     */
    public Topology topology() {
        return topology;
    }

    /**
     * What the instance runs: its topics and their roles, then Kafka's description of the topology.
     *
     * @return several lines of text, ending with a line end
     */
    public String describe() {
        AgencySetup setup = settings.setup();
        return "posts " + settings.postsTopic() + " -> decisions " + settings.decisionsTopic() + ", errors "
                + settings.errorsTopic() + ", member view " + settings.memberViewTopic() + " (window "
                + settings.window() + ", grace " + settings.grace() + ", emit " + settings.emit() + ")\n"
                + "profile " + (setup.profile() == null ? "Portland's default" : setup.profile()) + ", "
                + setup.rules().size() + " extra rule files, semantic analyser " + (setup.semantic() ? "on" : "off")
                + ", profile reload " + (settings.reload().isZero() || setup.isDefault() ? "off" : "every "
                + settings.reload()) + ", post timeout " + (settings.postTimeout().isZero() ? "none"
                : settings.postTimeout()) + ", processing.guarantee "
                + settings.kafkaProperties().getProperty("processing.guarantee") + "\n"
                + topology.describe();
    }

    /**
     * The instance's evaluator, shared by its stream threads.
     *
     * @return the evaluator holder
     */
    public CurrentEvaluator evaluator() {
        return reload.evaluator();
    }

    /**
     * Starts the stream threads and the profile check, and waits until the instance stops.
     *
     * @return {@code true} when it stopped because {@link #close()} was called, {@code false} when a stream
     *         thread failed and the instance shut down
     * @throws IllegalArgumentException if Kafka Streams rejects the configuration; the message says which key
     * @throws IllegalStateException    if this instance was started before
     * @throws InterruptedException     if the waiting thread is interrupted; the instance keeps running
     */
    public boolean run() throws InterruptedException {
        synchronized (this) {
            if (streams != null) {
                throw new IllegalStateException("this instance was started before");
            }
            try {
                streams = new KafkaStreams(topology, settings.kafkaProperties());
            } catch (KafkaException e) { // a ConfigException: the message names the key and the value at fault
                throw new IllegalArgumentException(Printable.of(String.valueOf(e.getMessage())), e);
            }
            streams.setUncaughtExceptionHandler(e -> {
                failed.set(true);
                messages.accept("a stream thread failed, stopping the instance: " + describe(e));
                return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            });
            streams.setStateListener((now, before) -> {
                messages.accept("state " + before + " -> " + now);
                if (now == KafkaStreams.State.ERROR) {
                    failed.set(true);
                }
                if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                    stopped.countDown();
                }
            });
            reload.every(settings.reload());
            streams.start();
        }
        stopped.await();
        close();
        return !failed.get();
    }

    /** Stops the stream threads (committing what they processed) and the profile check; waits up to 30 s. */
    @Override
    public void close() {
        reload.close();
        KafkaStreams running;
        synchronized (this) {
            running = streams;
        }
        if (running != null) {
            running.close(CLOSE_TIMEOUT);
        }
        stopped.countDown();
    }

    /** An exception's class and message, and its causes': Kafka's messages name tasks, topics and offsets, not values. */
    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 2000; t = t.getCause()) {
            text.append(text.length() == 0 ? "" : "; caused by ").append(t.getClass().getName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().lines().findFirst().orElse(""));
            }
        }
        return Printable.of(text.toString());
    }
}
