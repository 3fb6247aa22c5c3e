package io.github.smpolicy.examples;

import io.github.smpolicy.model.Printable;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * How far a long batch has got, on one line of standard error rewritten in place: the line reached,
 * the posts per second and, when the input's size is known (files, not standard input), the share read
 * and the time left. Shown when standard error is a terminal ({@link Terminal}), or always with
 * {@code --progress}; never with {@code --quiet}, so that logs and pipes hold only what the command means to say.
 */
final class Progress {
    /** When progress is shown. */
    enum Mode { AUTO, ALWAYS, NEVER }

    private static final long EVERY_NANOS = 1_000_000_000L;
    private static final Progress NONE = new Progress(null, 0, () -> 0);

    private final PrintWriter err;
    private final long totalBytes;
    private final LongSupplier bytesRead;
    private final long start = System.nanoTime();
    private long last = start;
    private long records;
    private boolean shown;

    private Progress(PrintWriter err, long totalBytes, LongSupplier bytesRead) {
        this.err = err;
        this.totalBytes = totalBytes;
        this.bytesRead = bytesRead;
    }

    /**
     * Progress on {@code err} as {@code mode} says ({@code AUTO}: when the process's standard error is a
     * terminal); {@code totalBytes} 0 when the input's size is unknown.
     */
    static Progress of(Mode mode, PrintWriter err, long totalBytes, LongSupplier bytesRead) {
        boolean on = mode == Mode.ALWAYS || mode == Mode.AUTO && Terminal.stderr();
        Progress progress = on ? new Progress(err, totalBytes, bytesRead) : NONE;
        progress.shown = mode == Mode.ALWAYS; // the summary line even when the batch took under a second
        return progress;
    }

    void record(String file, long line, long invalid) {
        if (err == null) {
            return;
        }
        records++;
        long now = System.nanoTime();
        if (now - last >= EVERY_NANOS) {
            last = now;
            shown = true;
            double seconds = (now - start) / 1e9;
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "\rpolicy-check: %s: line %,d, %,.0f posts/s",
                    Printable.of(file), line, records / seconds));
            long read = bytesRead.getAsLong();
            if (totalBytes > 0 && read > 0) {
                double done = Math.min(1.0, (double) read / totalBytes);
                long left = Math.round(seconds * (1 - done) / done);
                text.append(String.format(Locale.ROOT, ", %.0f%%, %d:%02d left", done * 100, left / 60, left % 60));
            }
            text.append(String.format(Locale.ROOT, ", %,d not valid so far ", invalid));
            err.print(text);
            err.flush();
        }
    }

    void done(long invalid) {
        if (err != null && shown) {
            err.printf(Locale.ROOT, "%npolicy-check: done, %,d records in %.1f s, %,d not valid%n", records,
                    (System.nanoTime() - start) / 1e9, invalid);
            err.flush();
        }
    }
}
