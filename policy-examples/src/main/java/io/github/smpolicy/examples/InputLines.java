package io.github.smpolicy.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a byte stream, one at a time, each decoded on its own so that one bad line spoils no
 * other: a line that is not UTF-8 or is longer than the limit comes back as a problem, and the next
 * line is read as if it had not been there.
 *
 * <p>A line ends at {@code \n}; a {@code \r} before it is dropped (CRLF files), as is a byte-order mark
 * at the start of a line (a file's first, or any after files were concatenated). The last line needs no
 * {@code \n}. Memory is bounded by the limit: the bytes of a longer line are skipped, never kept.
 */
final class InputLines {
    /** One line: its number, counted from 1, and its text, or why it has none. */
    record Line(long number, String text, String problem) {}

    private static final int BUFFER = 64 * 1024;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int SLACK = BOM.length + 1;

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private boolean ended;
    private byte[] line = new byte[1024];
    private long number;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    /** @param maxBytes the longest line accepted, in bytes, without its line end or byte-order mark */
    InputLines(InputStream in, int maxBytes) {
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes must be within [1, " + (Integer.MAX_VALUE - 16) + "], was " + maxBytes);
        }
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The number of the last line read, 0 before the first. */
    long number() {
        return number;
    }

    /** The next line, or {@code null} at the end of the input. */
    Line next() throws IOException {
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return null;
                }
                break; // the last line, without \n
            }
            any = true;
            int end = indexOfNewline();
            int n = (end < 0 ? limit : end) - position;
            // A byte-order mark and a \r do not count: room for them is kept until the line is whole.
            if (!tooLong && (long) length + n > (long) maxBytes + SLACK) {
                tooLong = true; // the rest of the line is skipped, not kept
                length = 0;
                line = new byte[1024];
            }
            if (!tooLong) {
                ensureCapacity(length + n);
                System.arraycopy(buffer, position, line, length, n);
                length += n;
            }
            position += n;
            if (end >= 0) {
                position++; // the \n
                break;
            }
        }
        number++;
        Line read = tooLong ? new Line(number, null, "line longer than " + maxBytes + " bytes") : line(length);
        if (line.length > BUFFER) {
            line = new byte[1024]; // give back what a long line took, before its post is evaluated
        }
        return read;
    }

    /** The line in the first {@code length} bytes of {@link #line}, its line end and byte-order mark dropped. */
    private Line line(int length) {
        int start = startsWith(line, length, BOM) ? BOM.length : 0;
        int end = length > start && line[length - 1] == '\r' ? length - 1 : length;
        if (end - start > maxBytes) {
            return new Line(number, null, "line longer than " + maxBytes + " bytes");
        }
        return decode(start, end);
    }

    private boolean fill() throws IOException {
        int n = ended ? -1 : in.read(buffer, 0, buffer.length); // what is there, without waiting for a full buffer
        while (n == 0) {
            n = in.read(buffer, 0, buffer.length);
        }
        if (n < 0) {
            ended = true;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void ensureCapacity(int needed) {
        if (needed > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(Math.max((long) line.length * 2, needed), (long) maxBytes + SLACK));
        }
    }

    private static boolean startsWith(byte[] bytes, int length, byte[] prefix) {
        return length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private Line decode(int start, int end) {
        boolean ascii = true;
        for (int i = start; i < end && ascii; i++) {
            ascii = line[i] >= 0;
        }
        if (ascii) { // most lines: no decoder needed
            return new Line(number, new String(line, start, end - start, StandardCharsets.ISO_8859_1), null);
        }
        ByteBuffer bytes = ByteBuffer.wrap(line, start, end - start);
        CharBuffer chars = CharBuffer.allocate(end - start); // UTF-8 never takes fewer bytes than chars
        utf8.reset();
        CoderResult result = utf8.decode(bytes, chars, true);
        if (!result.isError()) {
            result = utf8.flush(chars);
        }
        if (result.isError()) {
            int at = bytes.position() - start;
            String lossy = new String(line, start, end - start, StandardCharsets.UTF_8);
            String field = Json.pathAt(lossy, chars.position());
            return new Line(number, null, String.format("line is not valid UTF-8: byte 0x%02X at byte %d of the line%s",
                    line[bytes.position()] & 0xFF, at + 1, field.isEmpty() ? "" : ", in field " + field));
        }
        return new Line(number, chars.flip().toString(), null);
    }
}
