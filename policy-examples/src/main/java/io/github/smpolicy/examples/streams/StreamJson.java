package io.github.smpolicy.examples.streams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** The stream's own JSON records (errors, member counts and views) and their serdes. */
final class StreamJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private StreamJson() {}

    static JsonNode tree(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(field + ": missing or not a string");
        }
        return value.asText();
    }

    static Number number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber()) {
            throw new IllegalArgumentException(field + ": missing or not a whole number");
        }
        return value.numberValue();
    }

    /** A serde writing a value as its JSON text in UTF-8; {@code null} stays {@code null}. */
    static <T> Serde<T> serde(Function<T, String> write, Function<String, T> read) {
        return Serdes.serdeFrom(
                (topic, value) -> value == null ? null : write.apply(value).getBytes(StandardCharsets.UTF_8),
                (topic, bytes) -> bytes == null ? null : read.apply(new String(bytes, StandardCharsets.UTF_8)));
    }
}
