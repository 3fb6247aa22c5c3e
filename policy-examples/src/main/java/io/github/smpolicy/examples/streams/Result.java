package io.github.smpolicy.examples.streams;

import io.github.smpolicy.model.Decision;

/** What became of one input record, between the deciding processor and the output topics (never serialized). */
sealed interface Result {
    /** The post was decided; {@code member} is its author's id, for the member view. */
    record Decided(String member, Decision decision) implements Result {}

    /** The record was not decided, and why. */
    record Rejected(StreamError error) implements Result {}
}
