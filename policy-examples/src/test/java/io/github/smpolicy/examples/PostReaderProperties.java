package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * JSONL in, one entry per line out: whatever bytes a line holds — and however the input arrives, a byte
 * at a time or all at once — the reader gives exactly one entry for it, numbered as the line, in order;
 * a valid post is read as the post it is.
 */
class PostReaderProperties {
    /** A line of the batch: its bytes, without line end, and whether it is a valid post. */
    record Line(byte[] bytes, boolean post) {}

    @Provide
    Arbitrary<List<Line>> lines() {
        Arbitrary<Line> posts = Arbitraries.longs().map(seed -> new Line(
                CorruptBatch.post(1, new Random(seed)).toString().getBytes(StandardCharsets.UTF_8), true));
        Arbitrary<Line> anyBytes = Arbitraries.bytes().filter(b -> b != '\n').array(byte[].class).ofMaxSize(40)
                .map(b -> new Line(b, false));
        Arbitrary<Line> anyText = Arbitraries.strings().ofMaxLength(40).filter(s -> s.indexOf('\n') < 0)
                .map(s -> new Line(s.getBytes(StandardCharsets.UTF_8), false));
        Arbitrary<Line> cutPosts = Arbitraries.longs().map(seed -> {
            byte[] post = CorruptBatch.post(1, new Random(seed)).toString().getBytes(StandardCharsets.UTF_8);
            return new Line(java.util.Arrays.copyOf(post, new Random(seed).nextInt(post.length)), false);
        });
        Arbitrary<Line> odd = Arbitraries.of("", " ", "\r", "\uFEFF", "{", "[", "}", "]", "{\"id\":", "null", "\"p\"")
                .map(s -> new Line(s.getBytes(StandardCharsets.UTF_8), false));
        return Arbitraries.frequencyOf(Tuple.of(4, posts), Tuple.of(2, anyBytes), Tuple.of(2, anyText),
                Tuple.of(2, cutPosts), Tuple.of(2, odd)).list().ofMaxSize(30);
    }

    @Property(tries = 300)
    void everyLineGivesExactlyOneEntryInOrder(@ForAll("lines") List<Line> rest, @ForAll long firstSeed,
            @ForAll boolean crlf, @ForAll boolean lastNewline, @ForAll boolean bom,
            @ForAll @IntRange(min = 1, max = 4000) int maxLineBytes, @ForAll boolean byteByByte) {
        // The first line is a post: the input is JSONL, not one document spanning lines.
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(CorruptBatch.post(1, new Random(firstSeed)).toString().getBytes(StandardCharsets.UTF_8), true));
        lines.addAll(rest);
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        if (bom) {
            input.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        for (int i = 0; i < lines.size(); i++) {
            input.writeBytes(lines.get(i).bytes());
            boolean last = i == lines.size() - 1;
            if (!last || lastNewline || lines.get(i).bytes().length == 0) { // an empty last line needs its \n to exist
                input.writeBytes(crlf ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
            }
        }
        InputStream in = new ByteArrayInputStream(input.toByteArray());
        if (byteByByte) {
            in = oneByteAtATime(in);
        }

        List<PostReader.Entry> entries = new ArrayList<>();
        PostReader.read(in, maxLineBytes, entries::add);

        assertEquals(lines.size(), entries.size(), "one entry per line");
        for (int i = 0; i < lines.size(); i++) {
            PostReader.Entry entry = entries.get(i);
            assertEquals(i + 1, entry.line(), "entries in line order");
            assertTrue((entry.post() == null) != (entry.error() == null), "a post or an error, not both: " + entry);
            if (lines.get(i).post() && lines.get(i).bytes().length <= maxLineBytes) {
                assertNotNull(entry.post(), () -> "a valid post is read: " + entry.error());
            }
            // the last line may end without a line end: then no \r was written after it (its own \r, if any, is the line end's)
            boolean ended = i < lines.size() - 1 || lastNewline || lines.get(i).bytes().length == 0;
            boolean tooLong = contentLength(lines.get(i).bytes(), i == 0 && bom, crlf && ended) > maxLineBytes;
            assertEquals(tooLong, ("line longer than " + maxLineBytes + " bytes").equals(entry.error()),
                    () -> "line " + entry.line() + ": " + entry.error());
        }
    }

    /** The bytes that count against the limit: without a byte-order mark at the start, or a \r at the end. */
    private static int contentLength(byte[] line, boolean bom, boolean crlf) {
        byte[] raw = new byte[line.length + (bom ? 3 : 0) + (crlf ? 1 : 0)];
        if (bom) {
            raw[0] = (byte) 0xEF;
            raw[1] = (byte) 0xBB;
            raw[2] = (byte) 0xBF;
        }
        System.arraycopy(line, 0, raw, bom ? 3 : 0, line.length);
        if (crlf) {
            raw[raw.length - 1] = '\r';
        }
        int start = raw.length >= 3 && raw[0] == (byte) 0xEF && raw[1] == (byte) 0xBB && raw[2] == (byte) 0xBF ? 3 : 0;
        int end = raw.length > start && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
        return end - start;
    }

    /** A stream that hands out one byte per read, as a slow pipe might. */
    private static InputStream oneByteAtATime(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }
}
