package io.github.smpolicy.examples.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.smpolicy.model.Printable;
import java.util.Objects;

/**
 * What the errors topic says about a record that was not decided: where it was read, the post's id when
 * the post was read but not evaluated, and what is wrong, naming the field at fault, never its value. As
 * JSON: {@code {"topic": "posts", "partition": 0, "offset": 42, "error": "media[1].kind: unknown word; …"}},
 * with {@code "postId"} before {@code "error"} when the post was read (the shape of {@code policy-check
 * evaluate}'s error lines, with the record's place in the topic for its line and file).
 *
 * @param topic     the input topic
 * @param partition its partition
 * @param offset    the record's offset in that partition
 * @param postId    the post's id when the post was read but not evaluated; {@code null} when it was not read
 * @param error     what is wrong or why it was not evaluated; never the post's text
 */
public record StreamError(String topic, int partition, long offset, String postId, String error) {
    /**
     * Checks the fields.
     *
     * @param topic     not {@code null}
     * @param partition the partition
     * @param offset    the offset
     * @param postId    may be {@code null}
     * @param error     not {@code null}
     * @throws NullPointerException if {@code topic} or {@code error} is {@code null}
     */
    public StreamError {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(error, "error");
    }

    /**
     * The error as one line of JSON; control and bidi characters in the id and message are escaped as
     * {@code \\uXXXX} text, as {@code policy-check} prints them.
     *
     * @return the JSON text
     */
    public String toJson() {
        ObjectNode json = StreamJson.MAPPER.createObjectNode().put("topic", topic).put("partition", partition)
                .put("offset", offset);
        if (postId != null) {
            json.put("postId", Printable.of(postId));
        }
        return json.put("error", Printable.of(error)).toString();
    }

    /**
     * Reads an error written by {@link #toJson()}.
     *
     * @param json one JSON object
     * @return the error
     * @throws IllegalArgumentException if the text is not such an object
     */
    public static StreamError read(String json) {
        JsonNode node = StreamJson.tree(json);
        JsonNode postId = node.get("postId");
        return new StreamError(StreamJson.text(node, "topic"), StreamJson.number(node, "partition").intValue(),
                StreamJson.number(node, "offset").longValue(), postId == null ? null : postId.asText(),
                StreamJson.text(node, "error"));
    }
}
