package io.github.smpolicy.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.smpolicy.examples.InputLines.Line;
import io.github.smpolicy.model.Post;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads the posts of one input, one at a time and in order, without holding the input in memory:
 * JSONL (one post a line), or one JSON document — an object or an array of objects — that spans
 * lines (declared {@link InputFormat#JSON}, also several such values one after the other).
 *
 * <p>JSONL gives exactly one entry per line, so that a batch loses nothing and its output lines up with
 * its input: a line that is not a post — not JSON, not a post, not UTF-8, longer than the limit, or empty
 * — is an entry with the line's number and what is wrong with it. See {@link InputLines} for what a line is.
 *
 * <p>Unless declared, an input is a document only when it is clearly one ({@link Sniff}): a JSONL batch
 * whose first line is corrupt, opens an array or is cut short stays JSONL, and that line costs only
 * itself. A document is read value by value; past a syntax error in it nothing more can be read.
 */
final class PostReader {
    /** The longest line read, in bytes: a post with megabytes of text fits, a runaway line does not. */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    /** One record of the input: a post, or why the record starting at {@code line} is not one. */
    record Entry(long line, Post post, String error) {}

    /** How an input is read: {@code AUTO} reads it as JSONL unless it is clearly one JSON document. */
    enum InputFormat { JSONL, JSON, AUTO }

    /** Read at most to tell whether an input is one JSON document: more than any JSONL line. */
    static final int SNIFF_BYTES = MAX_LINE_BYTES + 1024;

    private final int maxLineBytes;
    private final boolean strict;
    private final Consumer<Entry> sink;
    private InputLines lines;

    private PostReader(int maxLineBytes, boolean strict, Consumer<Entry> sink) {
        this.maxLineBytes = maxLineBytes;
        this.strict = strict;
        this.sink = sink;
    }

    /** Hands every record of {@code in} to {@code sink}; an input that fails to read ends with an error entry. */
    static void read(InputStream in, Consumer<Entry> sink) {
        read(in, MAX_LINE_BYTES, sink);
    }

    /** As {@link #read(InputStream, Consumer)}, with lines longer than {@code maxLineBytes} reported, not read. */
    static void read(InputStream in, int maxLineBytes, Consumer<Entry> sink) {
        read(in, maxLineBytes, InputFormat.AUTO, sink);
    }

    /** As {@link #read(InputStream, int, Consumer)}, the input read as {@code format} says. */
    static void read(InputStream in, int maxLineBytes, InputFormat format, Consumer<Entry> sink) {
        read(in, maxLineBytes, format, false, sink);
    }

    /** As {@link #read(InputStream, int, InputFormat, Consumer)}; {@code strict}: an unknown field is an error. */
    static void read(InputStream in, int maxLineBytes, InputFormat format, boolean strict, Consumer<Entry> sink) {
        new InputLines(in, maxLineBytes); // checks the limit before anything is read
        new PostReader(maxLineBytes, strict, sink).read(in, format);
    }

    /** What {@code AUTO} means for an input named {@code name}: JSONL for a .jsonl or .ndjson file. */
    static InputFormat byName(String name, InputFormat format) {
        String lower = name.toLowerCase(Locale.ROOT);
        return format == InputFormat.AUTO && (lower.endsWith(".jsonl") || lower.endsWith(".ndjson"))
                ? InputFormat.JSONL : format;
    }

    private void read(InputStream in, InputFormat format) {
        try {
            InputStream whole = in;
            boolean document = format == InputFormat.JSON;
            if (format == InputFormat.AUTO) {
                Sniff sniff = new Sniff(in, SNIFF_BYTES);
                document = sniff.isOneDocument();
                whole = sniff.replay();
            }
            if (document) {
                readDocument(whole, 0);
                return;
            }
            lines = new InputLines(whole, maxLineBytes);
            for (Line line = lines.next(); line != null; line = lines.next()) {
                sink.accept(entry(line));
            }
        } catch (IOException e) {
            sink.accept(new Entry((lines == null ? 0 : lines.number()) + 1, null,
                    "cannot read the input: " + e.getMessage()));
        }
    }

    /**
     * Whether an input is clearly one JSON document, read from its start through a recording stream
     * that replays what it read: yes when its first value is an array, or an object spanning several
     * lines, and nothing but white space follows it; or when the first {@link #SNIFF_BYTES} bytes do not
     * finish the first value and hold no error (no JSONL line is that long). A first value that is an
     * object on one line is JSONL at once, without waiting for more input (a member piping posts one at
     * a time waits for each decision).
     */
    private static final class Sniff {
        private static final JsonFactory PLAIN = JsonFactory.builder()
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

        /** Thrown when more than the bound would be read. */
        private static final class Bound extends IOException {
            private static final long serialVersionUID = 1L;
        }

        private final InputStream in;
        private final int bound;
        private final ByteArrayOutputStream seen = new ByteArrayOutputStream();
        private final InputStream recording = new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (seen.size() >= bound) {
                    throw new Bound();
                }
                int n = in.read(b, off, Math.min(len, bound - seen.size()));
                if (n > 0) {
                    seen.write(b, off, n);
                }
                return n;
            }
        };

        Sniff(InputStream in, int bound) {
            this.in = in;
            this.bound = bound;
        }

        boolean isOneDocument() {
            try (JsonParser parser = PLAIN.createParser(recording)) {
                try {
                    JsonToken first = parser.nextToken();
                    if (first != JsonToken.START_ARRAY && first != JsonToken.START_OBJECT) {
                        return false;
                    }
                    int startLine = parser.currentTokenLocation().getLineNr();
                    parser.skipChildren();
                    if (first == JsonToken.START_OBJECT && parser.currentTokenLocation().getLineNr() == startLine) {
                        return false; // a line of JSONL
                    }
                } catch (Bound e) {
                    return true; // that far into one value without an error: not a line of JSONL
                }
                return parser.nextToken() == null; // exactly one value
            } catch (IOException e) {
                return false; // not JSON, cut short, or a second value: JSONL, each line on its own
            }
        }

        /** The input from its start: what the sniffing read, then the rest. */
        InputStream replay() {
            return new SequenceInputStream(new ByteArrayInputStream(seen.toByteArray()), in);
        }
    }

    private Entry entry(Line line) {
        if (line.text() == null) {
            return new Entry(line.number(), null, line.problem());
        }
        if (line.text().isBlank()) {
            return new Entry(line.number(), null, "empty line");
        }
        return entry(line.number(), line.text());
    }

    private Entry entry(long line, String json) {
        try {
            return new Entry(line, PostJson.read(json, strict), null);
        } catch (IllegalArgumentException e) {
            return new Entry(line, null, e.getMessage());
        } catch (RuntimeException e) {
            // The codec's properties say this does not happen; if it does, the record still keeps its place.
            return new Entry(line, null, "the post could not be read: " + e);
        }
    }

    private Entry entry(long line, JsonNode json) {
        try {
            return new Entry(line, PostJson.read(json, strict), null);
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
    private Entry documentEntry(JsonParser parser, long lineOffset) throws IOException {
        long at = lineOffset + parser.currentTokenLocation().getLineNr();
        JsonNode json = Json.MAPPER.readTree(parser);
        return entry(at, json);
    }
}
