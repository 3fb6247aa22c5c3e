package io.github.smpolicy.examples;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.smpolicy.examples.InputLines.Line;
import io.github.smpolicy.model.Post;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Reads the posts of one input, one at a time and in order, without holding the input in memory:
 * JSONL (one post a line), or one JSON document — an object, an array of objects, or several of
 * them — that spans lines.
 *
 * <p>JSONL gives exactly one entry per line, so that a batch loses nothing and its output lines up with
 * its input: a line that is not a post — not JSON, not a post, not UTF-8, longer than the limit, or empty
 * — is an entry with the line's number and what is wrong with it. See {@link InputLines} for what a line is.
 *
 * <p>The input is a document when its first non-empty line opens an array, or opens an object that the
 * next line continues (a JSONL file whose first line is cut short is still JSONL when its second line is
 * a whole object). A document is read value by value; past a syntax error in it nothing more can be read.
 */
final class PostReader {
    /** The longest line read, in bytes: a post with megabytes of text fits, a runaway line does not. */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    /** One record of the input: a post, or why the record starting at {@code line} is not one. */
    record Entry(long line, Post post, String error) {}

    private final InputLines lines;
    private final Consumer<Entry> sink;

    private PostReader(InputLines lines, Consumer<Entry> sink) {
        this.lines = lines;
        this.sink = sink;
    }

    /** Hands every record of {@code in} to {@code sink}; an input that fails to read ends with an error entry. */
    static void read(InputStream in, Consumer<Entry> sink) {
        read(in, MAX_LINE_BYTES, sink);
    }

    /** As {@link #read(InputStream, Consumer)}, with lines longer than {@code maxLineBytes} reported, not read. */
    static void read(InputStream in, int maxLineBytes, Consumer<Entry> sink) {
        new PostReader(new InputLines(in, maxLineBytes), sink).read();
    }

    private void read() {
        try {
            long blank = 0; // held back until the format is known: in a document they are only white space
            Line first = lines.next();
            while (first != null && isBlank(first)) {
                blank++;
                first = lines.next();
            }
            Line second = null;
            boolean document = false;
            if (first != null && first.text() != null) {
                if (opensArray(first.text())) {
                    document = true;
                } else if (leavesObjectOpen(first.text())) {
                    second = lines.next();
                    document = second != null && second.text() != null && !isWholeObject(second.text());
                }
            }
            if (document) {
                String head = first.text() + "\n" + (second == null ? "" : second.text() + "\n");
                readDocument(lines.rest(head.getBytes(StandardCharsets.UTF_8)), blank);
                return;
            }
            for (long n = 1; n <= blank; n++) {
                sink.accept(new Entry(n, null, "empty line"));
            }
            for (Line line : Arrays.asList(first, second)) {
                if (line != null) {
                    sink.accept(entry(line));
                }
            }
            for (Line line = lines.next(); line != null; line = lines.next()) {
                sink.accept(entry(line));
            }
        } catch (IOException e) {
            sink.accept(new Entry(lines.number() + 1, null, "cannot read the input: " + e.getMessage()));
        }
    }

    private static boolean isBlank(Line line) {
        return line.text() != null && line.text().isBlank();
    }

    private static boolean opensArray(String text) {
        return text.stripLeading().startsWith("[");
    }

    // A first line such as "{" or "{"id": "p-1"," ends inside an object the next lines close: one document.
    private static boolean leavesObjectOpen(String text) {
        if (!text.stripLeading().startsWith("{")) {
            return false;
        }
        try {
            Json.MAPPER.readTree(text);
            return false;
        } catch (JsonProcessingException e) {
            boolean ranOut = e.getLocation() != null && e.getLocation().getCharOffset() >= text.length();
            boolean inString = e instanceof JsonEOFException eof
                    && eof.getTokenBeingDecoded() == JsonToken.VALUE_STRING;
            return ranOut && !inString; // a JSON string never spans lines: that line is a truncated record
        }
    }

    // In a document the second line continues the first ("id": ...), it is never a whole object itself.
    private static boolean isWholeObject(String text) {
        try {
            return Json.parse(text).isObject();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Entry entry(Line line) {
        if (line.text() == null) {
            return new Entry(line.number(), null, line.problem());
        }
        if (line.text().isBlank()) {
            return new Entry(line.number(), null, "empty line");
        }
        return entry(line.number(), line.text());
    }

    private static Entry entry(long line, String json) {
        try {
            return new Entry(line, PostJson.read(json), null);
        } catch (IllegalArgumentException e) {
            return new Entry(line, null, e.getMessage());
        } catch (RuntimeException e) {
            // The codec's properties say this does not happen; if it does, the record still keeps its place.
            return new Entry(line, null, "the post could not be read: " + e);
        }
    }

    private static Entry entry(long line, JsonNode json) {
        try {
            return new Entry(line, PostJson.read(json), null);
        } catch (IllegalArgumentException e) {
            return new Entry(line, null, e.getMessage());
        } catch (RuntimeException e) {
            return new Entry(line, null, "the post could not be read: " + e);
        }
    }

    /** Root values one after the other; an array's elements are posts, as is a root object. */
    private void readDocument(InputStream document, long lineOffset) throws IOException {
        try (JsonParser parser = Json.MAPPER.createParser(document)) {
            try {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token != JsonToken.START_ARRAY) {
                        sink.accept(documentEntry(parser, lineOffset));
                        continue;
                    }
                    while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                        sink.accept(documentEntry(parser, lineOffset));
                    }
                }
            } catch (JsonProcessingException e) {
                // Past a syntax error the parser cannot find the next post: the rest of this input is lost.
                JsonLocation where = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
                long at = lineOffset + where.getLineNr();
                sink.accept(new Entry(at, null, Json.describe(e) + "; the rest of this input is not read"));
            } catch (IOException e) {
                long at = lineOffset + parser.currentLocation().getLineNr();
                sink.accept(new Entry(at, null, "cannot read the input: " + e.getMessage()));
            }
        }
    }

    /** The value at the parser's current token, which starts at the line the entry reports. */
    private static Entry documentEntry(JsonParser parser, long lineOffset) throws IOException {
        long at = lineOffset + parser.currentTokenLocation().getLineNr();
        JsonNode json = Json.MAPPER.readTree(parser);
        return entry(at, json);
    }
}
