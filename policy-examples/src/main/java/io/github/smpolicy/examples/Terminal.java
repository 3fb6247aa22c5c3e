package io.github.smpolicy.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the process's standard output or error is a terminal. On Linux the descriptor names it
 * ({@code /proc/self/fd/N}); elsewhere (macOS, Windows) {@link System#console()}, which Java gives only
 * when the process is attached to an interactive terminal, answers for both.
 */
final class Terminal {
    private Terminal() {}

    static boolean stdout() {
        return isTerminal(1);
    }

    static boolean stderr() {
        return isTerminal(2);
    }

    private static boolean isTerminal(int fd) {
        Path descriptor = Path.of("/proc/self/fd/" + fd);
        try {
            if (Files.exists(Path.of("/proc/self/fd"))) {
                String target = Files.readSymbolicLink(descriptor).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // no /proc: ask Java
        }
        return System.console() != null;
    }
}
