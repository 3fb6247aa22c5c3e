package io.github.smpolicy.examples;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.smpolicy.model.Post;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.function.Consumer;

/**
 * Reads the posts of one input, one at a time and in order, without holding the input in memory:
 * JSONL (one post a line, blank lines skipped), or one JSON document — an object, an array of
 * objects, or several of them — that spans lines.
 */
final class PostReader {
    /** One record of the input: a post, or why the record starting at {@code line} is not one. */
    record Entry(int line, Post post, String error) {}

    private final BufferedReader in;
    private final Consumer<Entry> sink;
    private int line;

    private PostReader(BufferedReader in, Consumer<Entry> sink) {
        this.in = in;
        this.sink = sink;
    }

    /** Hands every record of {@code in} to {@code sink}; an input that fails to read ends with an error entry. */
    static void read(BufferedReader in, Consumer<Entry> sink) {
        new PostReader(in, sink).read();
    }

    private void read() {
        try {
            String first = nextLine();
            if (first != null && first.startsWith("\uFEFF")) {
                first = first.substring(1);
            }
            while (first != null && first.isBlank()) {
                first = nextLine();
            }
            if (first == null) {
                return;
            }
            if (first.stripLeading().startsWith("[") || leavesObjectOpen(first)) {
                readDocument(putBack(first, in), line - 1);
                return;
            }
            for (String text = first; text != null; text = nextLine()) {
                if (!text.isBlank()) {
                    sink.accept(entry(line, text));
                }
            }
        } catch (IOException e) {
            sink.accept(new Entry(line + 1, null, "cannot read the input: " + e.getMessage()));
        }
    }

    private String nextLine() throws IOException {
        String text = in.readLine();
        if (text != null) {
            line++;
        }
        return text;
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

    private static Entry entry(int line, String json) {
        try {
            return new Entry(line, PostJson.read(json), null);
        } catch (IllegalArgumentException e) {
            return new Entry(line, null, e.getMessage());
        }
    }

    private static Entry entry(int line, JsonNode json) {
        try {
            return new Entry(line, PostJson.read(json), null);
        } catch (IllegalArgumentException e) {
            return new Entry(line, null, e.getMessage());
        }
    }

    /** Root values one after the other; an array's elements are posts, as is a root object. */
    private void readDocument(Reader document, int lineOffset) throws IOException {
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
                int at = lineOffset + where.getLineNr();
                sink.accept(new Entry(at, null, Json.describe(e) + "; the rest of this input is not read"));
            } catch (IOException e) {
                int at = lineOffset + parser.currentLocation().getLineNr();
                sink.accept(new Entry(at, null, "cannot read the input: " + e.getMessage()));
            }
        }
    }

    /** The value at the parser's current token, which starts at the line the entry reports. */
    private static Entry documentEntry(JsonParser parser, int lineOffset) throws IOException {
        int at = lineOffset + parser.currentTokenLocation().getLineNr();
        JsonNode json = Json.MAPPER.readTree(parser);
        return entry(at, json);
    }

    /** The first line, read to tell the formats apart, put back in front of the rest of {@code in}. */
    private static Reader putBack(String head, Reader in) {
        Reader first = new StringReader(head + "\n");
        return new Reader() {
            private boolean inHead = true;

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                if (inHead) {
                    int n = first.read(buffer, offset, length);
                    if (n != -1) {
                        return n;
                    }
                    inHead = false;
                }
                return in.read(buffer, offset, length);
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }
}
