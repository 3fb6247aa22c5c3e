package io.github.smpolicy.examples.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A record of the member-view topic: one member's {@link MemberCounts} in one window, keyed by the
 * member's id. As JSON: {@code {"member": "m-1042", "windowStart": "2026-03-01T18:00:00Z",
 * "windowEnd": "2026-03-01T19:00:00Z", "posts": 3, "outcomes": {…}, "clauses": {…}}}.
 *
 * @param member      the author's member id (never a name)
 * @param windowStart the window's start, inclusive
 * @param windowEnd   the window's end, exclusive
 * @param counts      the member's counts in the window
 */
public record MemberView(String member, Instant windowStart, Instant windowEnd, MemberCounts counts) {
    /**
     * Checks the fields.
     *
     * @param member      not {@code null}
     * @param windowStart not {@code null}
     * @param windowEnd   not {@code null}, after the start
     * @param counts      not {@code null}
     * @throws IllegalArgumentException if the window ends before it starts
     */
    public MemberView {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(counts, "counts");
        if (!windowEnd.isAfter(windowStart)) {
            throw new IllegalArgumentException("windowEnd: not after windowStart");
        }
    }

    /**
     * The view as one line of JSON.
     *
     * @return the JSON text
     */
    public String toJson() {
        ObjectNode json = StreamJson.MAPPER.createObjectNode().put("member", member)
                .put("windowStart", windowStart.toString()).put("windowEnd", windowEnd.toString());
        return json.setAll(counts.tree()).toString();
    }

    /**
     * Reads a view written by {@link #toJson()}.
     *
     * @param json one JSON object
     * @return the view
     * @throws IllegalArgumentException if the text is not such an object
     */
    public static MemberView read(String json) {
        JsonNode node = StreamJson.tree(json);
        try {
            return new MemberView(StreamJson.text(node, "member"), Instant.parse(StreamJson.text(node, "windowStart")),
                    Instant.parse(StreamJson.text(node, "windowEnd")), MemberCounts.read(node));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("windowStart or windowEnd: not an ISO-8601 instant");
        }
    }
}
