package io.github.smpolicy.rules;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Interrupts evaluations that run past their deadline: one daemon thread for the whole JVM, started
 * the first time an evaluation with agency rules is watched. An interrupt ends a rule that sleeps,
 * waits or blocks; a rule that loops through the engine is stopped by the evaluation's own deadline
 * check before each firing. A consequence that spins in plain Java, ignoring interrupts, cannot be
 * stopped inside the JVM (Java 17 has no safe way to stop a thread): {@code policy-check} abandons
 * such a post after its hard deadline and goes on with the batch.
 */
final class Watchdog {
    private static final long TICK_MILLIS = 20;
    private static final Set<Watch> WATCHES = ConcurrentHashMap.newKeySet();

    private Watchdog() {}

    private static final class Holder {
        static {
            Thread t = new Thread(Watchdog::run, "policy-evaluator-watchdog");
            t.setDaemon(true);
            t.start();
        }

        static void start() {}
    }

    /** Watches the calling thread until {@code deadlineNanos} ({@link System#nanoTime()}); close when done. */
    static Watch watch(long deadlineNanos) {
        Holder.start();
        Watch w = new Watch(Thread.currentThread(), deadlineNanos);
        WATCHES.add(w);
        return w;
    }

    private static void run() {
        while (true) {
            try {
                TimeUnit.MILLISECONDS.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                // nothing stops the watchdog but the JVM's end
            }
            long now = System.nanoTime();
            for (Watch w : WATCHES) {
                if (now - w.deadline > 0) {
                    w.interrupt();
                }
            }
        }
    }

    /** One watched evaluation. */
    static final class Watch implements AutoCloseable {
        private final Thread thread;
        private final long deadline;
        private boolean interrupted;
        private boolean closed;

        private Watch(Thread thread, long deadline) {
            this.thread = thread;
            this.deadline = deadline;
        }

        /** Interrupts the watched thread (again on every tick it is still overdue) unless it is done. */
        private synchronized void interrupt() {
            if (!closed) {
                interrupted = true;
                thread.interrupt();
            }
        }

        /** Whether the watchdog interrupted the evaluation. */
        synchronized boolean interrupted() {
            return interrupted;
        }

        /** Ends the watch on the watched thread; clears the interrupt the watchdog set, if it set one. */
        @Override
        public synchronized void close() {
            closed = true;
            WATCHES.remove(this);
            if (interrupted) {
                Thread.interrupted();
            }
        }
    }
}
