package io.github.smpolicy.examples.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stream's configuration file: defaults, the exactly-once default, paths, and errors naming the key. */
class StreamSettingsTest {
    @TempDir
    Path dir;

    @Test
    void exactlyOnceIsTheDefaultAndAnotherGuaranteeIsKeptWhenNamed() {
        Properties properties = kafka();
        assertEquals("exactly_once_v2",
                StreamSettings.of(properties, dir).kafkaProperties().getProperty("processing.guarantee"));
        properties.setProperty("processing.guarantee", "at_least_once");
        assertEquals("at_least_once", StreamSettings.of(properties, dir).kafkaProperties().getProperty("processing.guarantee"));
    }

    @Test
    void theApplicationsKeysAreReadAndTheRestGoesToKafkaStreams() throws IOException {
        Files.createDirectories(dir.resolve("cc/rules"));
        Path config = Files.writeString(dir.resolve("cc/stream.properties"), """
                application.id=ccso
                bootstrap.servers=broker:9092
                num.stream.threads=3
                smpolicy.topic.posts=ccso-posts
                smpolicy.agency=profile.json
                smpolicy.rules=rules/a.drl, rules/b.drl
                smpolicy.semantic=true
                smpolicy.post-timeout=250
                smpolicy.member-view.window=PT15M
                smpolicy.member-view.grace=PT1M
                smpolicy.member-view.emit=final
                smpolicy.profile.reload=PT0S
                """);
        StreamSettings settings = StreamSettings.load(config);
        assertEquals("ccso-posts", settings.postsTopic());
        assertEquals("decisions", settings.decisionsTopic());
        assertEquals(dir.resolve("cc/profile.json").toAbsolutePath(), settings.setup().profile());
        assertEquals(List.of(dir.resolve("cc/rules/a.drl").toAbsolutePath(), dir.resolve("cc/rules/b.drl").toAbsolutePath()),
                settings.setup().rules());
        assertTrue(settings.setup().semantic());
        assertEquals(Duration.ofMillis(250), settings.postTimeout());
        assertEquals(Duration.ofMinutes(15), settings.window());
        assertEquals(StreamSettings.Emit.FINAL, settings.emit());
        assertEquals(Duration.ZERO, settings.reload());
        Properties kafka = settings.kafkaProperties();
        assertEquals("3", kafka.getProperty("num.stream.threads"));
        assertTrue(kafka.stringPropertyNames().stream().noneMatch(k -> k.startsWith("smpolicy.")), kafka::toString);
    }

    @Test
    void theShippedExampleConfigurationReads() throws IOException {
        StreamSettings settings = StreamSettings.load(Path.of("streams/stream.properties"));
        assertEquals("smpolicy-decisions", settings.kafka().get("application.id"));
        assertNull(settings.setup().profile());
        assertFalse(settings.setup().semantic());
    }

    @Test
    void aMistakeIsNamedByItsKey() {
        assertEquals("smpolicy.topic.post: unknown key", message("smpolicy.topic.post", "x").split(";")[0]);
        assertTrue(message("smpolicy.semantic", "yes").startsWith("smpolicy.semantic: expected true or false"));
        assertTrue(message("smpolicy.member-view.window", "an hour").startsWith("smpolicy.member-view.window: expected"));
        assertTrue(message("smpolicy.member-view.window", "PT0S").startsWith("smpolicy.member-view.window: must be"));
        assertTrue(message("smpolicy.member-view.emit", "sometimes").startsWith("smpolicy.member-view.emit:"));
        assertTrue(message("smpolicy.topic.errors", "posts").contains("two roles"));
        Properties noId = kafka();
        noId.remove("application.id");
        assertEquals("application.id: missing; Kafka Streams needs it",
                assertThrows(IllegalArgumentException.class, () -> StreamSettings.of(noId, dir)).getMessage());
    }

    @Test
    void aFileThatIsNotThereSaysSo() {
        IOException e = assertThrows(IOException.class, () -> StreamSettings.load(dir.resolve("absent.properties")));
        assertTrue(e.getMessage().contains("absent.properties"), e.getMessage());
    }

    private String message(String key, String value) {
        Properties properties = kafka();
        properties.setProperty(key, value);
        return assertThrows(IllegalArgumentException.class, () -> StreamSettings.of(properties, dir)).getMessage();
    }

    private static Properties kafka() {
        Properties properties = new Properties();
        properties.setProperty("application.id", "test");
        properties.setProperty("bootstrap.servers", "unused:9092");
        return properties;
    }
}
