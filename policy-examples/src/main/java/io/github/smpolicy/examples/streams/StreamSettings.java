package io.github.smpolicy.examples.streams;

import io.github.smpolicy.examples.AgencySetup;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one instance of the decision stream runs with: its topics, the agency setup its evaluator is built
 * from, the member view's window, and the Kafka Streams configuration. Read from a properties file
 * ({@link #load(Path)}): keys starting with {@value #PREFIX} are this application's, every other key is
 * handed to Kafka Streams as it is ({@code application.id}, {@code bootstrap.servers},
 * {@code num.stream.threads}, …). {@code docs/streams.md} lists every key.
 *
 * <pre>{@code
 * StreamSettings settings = StreamSettings.load(Path.of("stream.properties"));
 * Topology topology = PolicyTopology.build(settings, ProfileReload.of(settings.setup(), System.err::println).evaluator());
 * }</pre>
 *
 * @param postsTopic       where posts arrive, one post in the contract's JSON per record
 * @param decisionsTopic   where decisions go, keyed by post id
 * @param errorsTopic      where a record that is not a valid post, or could not be evaluated, is reported
 * @param memberViewTopic  where the per-member counts go, keyed by member id
 * @param setup            the agency profile, extra rules and semantic option the evaluator is built from
 * @param postTimeout      the longest one evaluation may take before its post is reported as not evaluated
 *                         and the stream goes on; {@link Duration#ZERO}: no limit
 * @param window           the length of a member-view window (tumbling)
 * @param grace            how long after a window's end a late record still counts in it
 * @param emit             whether the member view is emitted on every update or once, when a window closes
 * @param reload           how often the profile and rule files are checked for a change; {@link Duration#ZERO}: never
 * @param kafka            the Kafka Streams configuration, without this application's own keys
 */
public record StreamSettings(String postsTopic, String decisionsTopic, String errorsTopic, String memberViewTopic,
        AgencySetup setup, Duration postTimeout, Duration window, Duration grace, Emit emit, Duration reload,
        Map<String, String> kafka) {
    /** The prefix of this application's own keys. */
    public static final String PREFIX = "smpolicy.";
    /** The processing guarantee unless the configuration names another: a decision once per input record. */
    public static final String DEFAULT_PROCESSING_GUARANTEE = "exactly_once_v2";

    private static final String PROCESSING_GUARANTEE = "processing.guarantee";
    private static final long MAX_CONFIG_BYTES = 1024 * 1024;
    private static final Set<String> KEYS = Set.of("smpolicy.topic.posts", "smpolicy.topic.decisions",
            "smpolicy.topic.errors", "smpolicy.topic.member-view", "smpolicy.agency", "smpolicy.rules",
            "smpolicy.semantic", "smpolicy.strict", "smpolicy.allow-outside-paths", "smpolicy.post-timeout",
            "smpolicy.member-view.window", "smpolicy.member-view.grace", "smpolicy.member-view.emit",
            "smpolicy.profile.reload");

    /** When the member view is written to its topic. */
    public enum Emit {
        /** On every change of a window's counts (coalesced by the record cache): a running view. */
        UPDATE,
        /** Once per member and window, when the window closes (its end plus the grace period has passed). */
        FINAL
    }

    /**
     * Checks the settings and copies the Kafka configuration.
     *
     * @param postsTopic      not blank
     * @param decisionsTopic  not blank
     * @param errorsTopic     not blank
     * @param memberViewTopic not blank
     * @param setup           not {@code null}
     * @param postTimeout     zero or positive
     * @param window          positive
     * @param grace           zero or positive
     * @param emit            not {@code null}
     * @param reload          zero or positive
     * @param kafka           not {@code null}; no key starting with {@value #PREFIX}
     * @throws IllegalArgumentException naming the setting at fault: a blank topic, two roles sharing a topic,
     *                                  a negative duration, an empty window, or a key of this application
     *                                  in {@code kafka}
     * @throws NullPointerException     if an argument is {@code null}
     */
    public StreamSettings {
        List<String> topics = new ArrayList<>();
        for (String topic : new String[] {postsTopic, decisionsTopic, errorsTopic, memberViewTopic}) {
            if (Objects.requireNonNull(topic, "topic").isBlank()) {
                throw new IllegalArgumentException("a topic name is blank");
            }
            if (topics.contains(topic)) {
                throw new IllegalArgumentException("topic " + topic + " is named for two roles: posts, decisions, "
                        + "errors and the member view each need their own");
            }
            topics.add(topic);
        }
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(emit, "emit");
        notNegative("smpolicy.post-timeout", postTimeout);
        notNegative("smpolicy.member-view.grace", grace);
        notNegative("smpolicy.profile.reload", reload);
        if (notNegative("smpolicy.member-view.window", window).isZero()) {
            throw new IllegalArgumentException("smpolicy.member-view.window: must be longer than zero");
        }
        kafka = Map.copyOf(kafka);
        for (String key : kafka.keySet()) {
            if (key.startsWith(PREFIX)) {
                throw new IllegalArgumentException(key + ": an application key among the Kafka configuration");
            }
        }
    }

    /**
     * Portland's profile, the topics {@code posts}, {@code decisions}, {@code post-errors} and
     * {@code member-view}, a 5 s post timeout, one-hour windows with five minutes' grace emitted on update,
     * the profile checked every 30 s, and the given Kafka configuration.
     *
     * @param kafka the Kafka Streams configuration, such as {@code application.id} and {@code bootstrap.servers}
     * @return the settings
     */
    public static StreamSettings defaults(Map<String, String> kafka) {
        return new StreamSettings("posts", "decisions", "post-errors", "member-view", AgencySetup.portland(),
                Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofMinutes(5), Emit.UPDATE, Duration.ofSeconds(30),
                kafka);
    }

    /**
     * Reads a properties file (ISO-8859-1 escapes as {@link Properties#load(Reader)} reads them, from UTF-8
     * text). Paths in it ({@code smpolicy.agency}, {@code smpolicy.rules}) are relative to its directory.
     *
     * @param file the file, at most 1 MiB
     * @return the settings
     * @throws IOException              if the file cannot be read; the message says why
     * @throws IllegalArgumentException naming the file and the key at fault
     */
    public static StreamSettings load(Path file) throws IOException {
        if (Files.size(file) > MAX_CONFIG_BYTES) {
            throw new IllegalArgumentException(file + ": larger than " + MAX_CONFIG_BYTES / 1024 + " KiB");
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        Path dir = file.toAbsolutePath().getParent();
        try {
            return of(properties, dir);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads settings from properties; what is absent keeps {@link #defaults(Map)}.
     *
     * @param properties this application's keys and the Kafka configuration
     * @param dir        the directory relative paths are resolved against
     * @return the settings
     * @throws IllegalArgumentException naming the key at fault: an unknown {@value #PREFIX} key, a missing
     *                                  {@code application.id} or {@code bootstrap.servers}, a value that
     *                                  does not read
     */
    public static StreamSettings of(Properties properties, Path dir) {
        Map<String, String> own = new TreeMap<>();
        Map<String, String> kafka = new LinkedHashMap<>();
        for (String key : new TreeMap<>(toMap(properties)).keySet()) {
            String value = properties.getProperty(key).strip();
            if (key.startsWith(PREFIX)) {
                if (!KEYS.contains(key)) {
                    throw new IllegalArgumentException(key + ": unknown key; the application's keys are "
                            + String.join(", ", new java.util.TreeSet<>(KEYS)));
                }
                own.put(key, value);
            } else {
                kafka.put(key, value);
            }
        }
        for (String required : List.of("application.id", "bootstrap.servers")) {
            if (kafka.getOrDefault(required, "").isEmpty()) {
                throw new IllegalArgumentException(required + ": missing; Kafka Streams needs it");
            }
        }
        StreamSettings defaults = defaults(kafka);
        Path agency = own.containsKey("smpolicy.agency") && !own.get("smpolicy.agency").isEmpty()
                ? dir.resolve(own.get("smpolicy.agency")) : null;
        List<Path> rules = new ArrayList<>();
        for (String rule : own.getOrDefault("smpolicy.rules", "").split(",")) {
            if (!rule.isBlank()) {
                rules.add(dir.resolve(rule.strip()));
            }
        }
        AgencySetup setup = new AgencySetup(agency, rules, bool(own, "smpolicy.semantic"),
                bool(own, "smpolicy.allow-outside-paths"), bool(own, "smpolicy.strict"));
        Emit emit;
        String emitWord = own.getOrDefault("smpolicy.member-view.emit", "update");
        try {
            emit = Emit.valueOf(emitWord.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("smpolicy.member-view.emit: expected update or final");
        }
        return new StreamSettings(
                own.getOrDefault("smpolicy.topic.posts", defaults.postsTopic()),
                own.getOrDefault("smpolicy.topic.decisions", defaults.decisionsTopic()),
                own.getOrDefault("smpolicy.topic.errors", defaults.errorsTopic()),
                own.getOrDefault("smpolicy.topic.member-view", defaults.memberViewTopic()),
                setup,
                duration(own, "smpolicy.post-timeout", defaults.postTimeout()),
                duration(own, "smpolicy.member-view.window", defaults.window()),
                duration(own, "smpolicy.member-view.grace", defaults.grace()),
                emit,
                duration(own, "smpolicy.profile.reload", defaults.reload()),
                kafka);
    }

    /**
     * The same settings, built from another agency setup (the command line's {@code --agency} and
     * {@code --semantic} override the file's).
     *
     * @param other the setup; not {@code null}
     * @return new settings
     */
    public StreamSettings withSetup(AgencySetup other) {
        return new StreamSettings(postsTopic, decisionsTopic, errorsTopic, memberViewTopic, other, postTimeout, window,
                grace, emit, reload, kafka);
    }

    /**
     * The same settings with another member view.
     *
     * @param window the window's length; positive
     * @param grace  the grace period; zero or positive
     * @param emit   when the view is written
     * @return new settings
     */
    public StreamSettings withMemberView(Duration window, Duration grace, Emit emit) {
        return new StreamSettings(postsTopic, decisionsTopic, errorsTopic, memberViewTopic, setup, postTimeout, window,
                grace, emit, reload, kafka);
    }

    /**
     * The same settings with another post timeout.
     *
     * @param timeout zero (no limit) or positive
     * @return new settings
     */
    public StreamSettings withPostTimeout(Duration timeout) {
        return new StreamSettings(postsTopic, decisionsTopic, errorsTopic, memberViewTopic, setup, timeout, window,
                grace, emit, reload, kafka);
    }

    /**
     * The Kafka Streams configuration: the Kafka keys as given, and {@code processing.guarantee}
     * {@value #DEFAULT_PROCESSING_GUARANTEE} unless they name another.
     *
     * @return a new properties object
     */
    public Properties kafkaProperties() {
        Properties properties = new Properties();
        properties.putAll(kafka);
        properties.putIfAbsent(PROCESSING_GUARANTEE, DEFAULT_PROCESSING_GUARANTEE);
        return properties;
    }

    private static Map<String, String> toMap(Properties properties) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            map.put(key, properties.getProperty(key));
        }
        return map;
    }

    private static boolean bool(Map<String, String> own, String key) {
        String value = own.getOrDefault(key, "false").toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(key + ": expected true or false");
        }
        return value.equals("true");
    }

    /** An ISO-8601 duration ({@code PT5S}) or a whole number of milliseconds. */
    private static Duration duration(Map<String, String> own, String key, Duration absent) {
        String value = own.get(key);
        if (value == null || value.isEmpty()) {
            return absent;
        }
        try {
            return value.chars().allMatch(Character::isDigit) ? Duration.ofMillis(Long.parseLong(value))
                    : Duration.parse(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(key + ": expected an ISO-8601 duration such as PT30S, or milliseconds");
        }
    }

    private static Duration notNegative(String key, Duration value) {
        if (Objects.requireNonNull(value, key).isNegative()) {
            throw new IllegalArgumentException(key + ": must not be negative");
        }
        return value;
    }
}
