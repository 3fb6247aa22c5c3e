package io.github.smpolicy.examples;

import io.github.smpolicy.model.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How far a long batch has got, on one line of standard error rewritten in place, when standard error
 * is a terminal; otherwise nothing, so that logs and pipes hold only what the command means to say.
 */
final class Progress {
    private static final long EVERY_NANOS = 1_000_000_000L;
    private static final Progress NONE = new Progress(null);

    private final PrintWriter err;
    private long last = System.nanoTime();
    private boolean shown;

    private Progress(PrintWriter err) {
        this.err = err;
    }

    /** Progress on {@code err} when the process's standard error is a terminal; otherwise none. */
    static Progress toTerminal(PrintWriter err) {
        return stderrIsTerminal() ? new Progress(err) : NONE;
    }

    // Java tells only whether stdin and stdout are a terminal; on Linux the descriptor names stderr's.
    private static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    void record(String file, long line, long invalid) {
        if (err == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - last >= EVERY_NANOS) {
            last = now;
            shown = true;
            err.printf("\rpolicy-check: %s: line %,d, %,d not valid so far ", Printable.of(file), line, invalid);
            err.flush();
        }
    }

    void done(long invalid) {
        if (err != null && shown) {
            err.printf("%npolicy-check: done, %,d not valid%n", invalid);
            err.flush();
        }
    }
}
