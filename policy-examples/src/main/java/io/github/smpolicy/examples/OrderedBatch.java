package io.github.smpolicy.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Turns records into output on worker threads and hands the output on in input order, holding a
 * bounded number of records in memory however long the input is.
 *
 * <p>The reading thread {@link #add adds} records; they go to the workers in chunks. A chunk is
 * handed over as soon as a worker is idle, so a record arriving alone (a member's check piped in
 * one post at a time) is answered at once; under load chunks fill up to {@link #CHUNK} records, or
 * to {@link #CHUNK_CHARS} characters of text when records are {@linkplain #add(Object, long) added with
 * their size}, and the per-record hand-over cost disappears. At most {@code 4 × threads} chunks wait to
 * be written; the reading thread blocks beyond that. So the records held at once are bounded by count
 * and by characters: a batch of posts near the 16 MiB line limit holds a few of them, not hundreds. A
 * single writer thread consumes the results in the order the chunks were made.
 *
 * <p><b>A record that runs too long does not stall the batch.</b> With a deadline, a watchdog looks at
 * what every worker is doing; a worker that has spent longer than the deadline on one record is
 * abandoned (it is a daemon thread, interrupted, and whatever it returns later is discarded), the
 * record's place gets the {@code overrun} output, and a fresh worker carries on with the rest of
 * the chunk. Java cannot stop a thread spinning in plain code, so each runaway keeps a processor busy
 * until the process ends: more than {@link #MAX_RUNAWAYS} of them still running end the batch.
 *
 * <p><b>A failure ends the batch, never hangs it.</b> A work function that throws, a sink that throws
 * (a write error), a {@link #fail failure} reported from outside (the reading thread) or an
 * {@link Error} anywhere ends the batch: no more records are started, and {@link #await} throws
 * {@link Failure} with the cause. Every wait polls for a failure, so nothing waits for ever on a
 * thread that died.
 *
 * @param <I> a record
 * @param <O> its output
 */
final class OrderedBatch<I, O> implements AutoCloseable {
    /** Records per chunk when the workers are busy. */
    static final int CHUNK = 256;

    /**
     * Characters of text per chunk, beyond which it is handed over however few its records: with
     * {@code 4 × threads} chunks queued, one at the writer and one per worker, a batch of huge posts
     * holds ~{@code (5 × threads + 1) × } this many characters (and one post each beyond it), not
     * {@link #CHUNK} posts of up to 16 MiB per chunk.
     */
    static final long CHUNK_CHARS = 1L << 22;

    /** Runaway evaluations still running, beyond which the batch ends: each holds a processor. */
    static final int MAX_RUNAWAYS = 8;

    private static final long POLL_MILLIS = 100;

    /** Receives every output, in input order, on the writer thread. */
    interface Sink<I, O> {
        void accept(I record, O output);

        /** No more output is on its way for now: a good moment to flush. */
        void idle();
    }

    /** Why a batch ended before its last output was written; {@link #getCause()} is what failed. */
    static final class Failure extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Failure(Throwable cause) {
            super(String.valueOf(cause), cause);
        }
    }

    private static final Object END = new Object();

    // Memory given back when the heap runs out, so that the batch can still say so and end.
    private static volatile byte[] reserve = new byte[1 << 20];

    private final Function<I, O> work;
    private final Function<I, O> overrun;
    private final long deadlineNanos;
    private final int threads;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final BlockingQueue<Object> pending;
    private final BlockingQueue<Chunk<I, O>> toWork = new LinkedBlockingQueue<>();
    private final List<Worker> workers = new ArrayList<>(); // guarded by itself
    private final List<Thread> runaways = new ArrayList<>(); // guarded by workers
    private final Thread writer;
    private final Thread watchdog;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean stopping;
    private List<I> chunk = new ArrayList<>();
    private long chunkChars;
    private boolean finished;

    OrderedBatch(int threads, Function<I, O> work, Sink<I, O> sink) {
        this(threads, work, sink, 0, null);
    }

    /**
     * @param deadlineMillis the longest a worker may spend on one record; 0: no limit
     * @param overrun        the output of a record that overran the deadline
     */
    OrderedBatch(int threads, Function<I, O> work, Sink<I, O> sink, long deadlineMillis, Function<I, O> overrun) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (deadlineMillis < 0 || (deadlineMillis > 0 && overrun == null)) {
            throw new IllegalArgumentException("a deadline needs to be positive and to have an overrun output");
        }
        this.work = Objects.requireNonNull(work, "work");
        this.overrun = overrun;
        this.deadlineNanos = TimeUnit.MILLISECONDS.toNanos(deadlineMillis);
        this.threads = threads;
        this.pending = new ArrayBlockingQueue<>(4 * threads);
        synchronized (workers) {
            for (int i = 0; i < threads; i++) {
                startWorker(null, 0);
            }
        }
        this.writer = daemon(() -> write(sink), "policy-check-writer");
        writer.start();
        if (deadlineNanos > 0) {
            watchdog = daemon(this::watch, "policy-check-watchdog");
            watchdog.start();
        } else {
            watchdog = null;
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Queues a record; blocks while the writer is {@code 4 × threads} chunks behind. */
    void add(I record) {
        add(record, 0);
    }

    /**
     * Queues a record of {@code chars} characters of text; blocks while the writer is {@code 4 × threads}
     * chunks behind. A chunk is handed over once it holds {@link #CHUNK_CHARS} characters.
     */
    void add(I record, long chars) {
        throwIfFailed();
        chunk.add(record);
        chunkChars += Math.max(0, chars);
        if (chunk.size() >= CHUNK || chunkChars >= CHUNK_CHARS || inFlight.get() < threads) {
            submit();
        }
    }

    private void submit() {
        if (chunk.isEmpty()) {
            return;
        }
        Chunk<I, O> c = new Chunk<>(chunk);
        chunk = new ArrayList<>(CHUNK);
        chunkChars = 0;
        inFlight.incrementAndGet();
        put(c); // first in the writer's order, so that the writer never waits for a chunk not yet queued
        toWork.add(c);
    }

    /** A run of records and their outputs; {@link #done} opens when every output is there. */
    private static final class Chunk<I, O> {
        final List<I> records;
        final Object[] outputs;
        final AtomicInteger remaining;
        final CountDownLatch done = new CountDownLatch(1);

        Chunk(List<I> records) {
            this.records = records;
            this.outputs = new Object[records.size()];
            this.remaining = new AtomicInteger(records.size());
        }

        /** Sets output {@code i}; each is set exactly once, by its worker or by the watchdog. */
        boolean set(int i, Object output) {
            outputs[i] = output;
            return remaining.decrementAndGet() == 0;
        }
    }

    private void put(Object item) {
        try {
            while (!pending.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                throwIfFailed();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(e);
        }
    }

    /** A worker thread: takes chunks and works through them, record by record, until abandoned or stopped. */
    private final class Worker implements Runnable {
        final Thread thread = daemon(this, "policy-check-worker");
        // guarded by this: what the worker is on, for the watchdog
        Chunk<I, O> current;
        int index;
        long started;
        boolean abandoned;
        private Chunk<I, O> resume;
        private int resumeAt;

        Worker(Chunk<I, O> resume, int resumeAt) {
            this.resume = resume;
            this.resumeAt = resumeAt;
        }

        @Override
        public void run() {
            try {
                if (resume != null) {
                    Chunk<I, O> c = resume;
                    resume = null;
                    process(c, resumeAt);
                }
                while (!stopping && !isAbandoned()) {
                    Chunk<I, O> c = toWork.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (c != null) {
                        process(c, 0);
                    }
                }
            } catch (InterruptedException e) {
                // stopped, or abandoned
            } catch (Throwable t) {
                if (!isAbandoned()) {
                    fail(t);
                }
            }
        }

        private synchronized boolean isAbandoned() {
            return abandoned;
        }

        private void process(Chunk<I, O> c, int from) {
            for (int i = from; i < c.records.size(); i++) {
                synchronized (this) {
                    if (abandoned || stopping) {
                        return;
                    }
                    current = c;
                    index = i;
                    started = System.nanoTime();
                }
                O output = work.apply(c.records.get(i));
                boolean last;
                synchronized (this) {
                    if (abandoned) {
                        return; // the watchdog gave the record its place; this late output is discarded
                    }
                    current = null;
                    last = c.set(i, output);
                }
                if (last) {
                    inFlight.decrementAndGet();
                    c.done.countDown();
                }
            }
        }
    }

    // guarded by workers
    private void startWorker(Chunk<I, O> resume, int resumeAt) {
        Worker w = new Worker(resume, resumeAt);
        workers.add(w);
        w.thread.start();
    }

    /** The watchdog: abandons a worker past the deadline and puts a fresh one in its place. */
    private void watch() {
        long tick = Math.max(1, Math.min(POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(deadlineNanos) / 10));
        try {
            while (!stopping) {
                Thread.sleep(tick);
                synchronized (workers) {
                    for (Worker w : List.copyOf(workers)) {
                        abandonIfOverrun(w);
                    }
                }
            }
        } catch (InterruptedException e) {
            // stopped
        } catch (Throwable t) {
            fail(t);
        }
    }

    // guarded by workers
    private void abandonIfOverrun(Worker w) {
        Chunk<I, O> c;
        int i;
        boolean last;
        synchronized (w) {
            if (w.current == null || System.nanoTime() - w.started < deadlineNanos) {
                return;
            }
            w.abandoned = true;
            c = w.current;
            i = w.index;
            last = c.set(i, overrun.apply(c.records.get(i)));
        }
        workers.remove(w);
        w.thread.interrupt(); // a rule that sleeps or waits may still stop
        runaways.add(w.thread);
        runaways.removeIf(t -> !t.isAlive());
        if (runaways.size() > MAX_RUNAWAYS) {
            fail(new IllegalStateException(runaways.size()
                    + " evaluations overran their deadline and are still running, each holding a processor"));
            return;
        }
        if (last) {
            inFlight.decrementAndGet();
            c.done.countDown();
        }
        // a fresh worker in its place, on the rest of the chunk or, when the record was its last, on the
        // next chunk: without one, as many overruns as threads at the ends of chunks left none, and the batch hung
        startWorker(last ? null : c, last ? 0 : i + 1);
    }

    @SuppressWarnings("unchecked")
    private void write(Sink<I, O> sink) {
        try {
            while (true) {
                Object item = pending.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (item == null) {
                    if (failure.get() != null) {
                        return;
                    }
                    continue;
                }
                if (item == END) {
                    sink.idle();
                    ended.countDown();
                    return;
                }
                Chunk<I, O> c = (Chunk<I, O>) item;
                while (!c.done.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    if (failure.get() != null) {
                        return;
                    }
                }
                for (int i = 0; i < c.outputs.length; i++) {
                    if (failure.get() != null) {
                        return;
                    }
                    sink.accept(c.records.get(i), (O) c.outputs[i]);
                }
                if (pending.isEmpty()) {
                    sink.idle();
                }
            }
        } catch (Throwable t) { // a sink that throws ends the batch
            fail(t);
        }
    }

    /** Ends the batch with {@code cause}: no more records are started, and {@link #await} throws. */
    void fail(Throwable cause) {
        if (cause instanceof VirtualMachineError) {
            reserve = null; // room to report it
        }
        failure.compareAndSet(null, cause);
        stopping = true;
        ended.countDown();
    }

    /** The failure that ended the batch, or {@code null}. */
    Throwable failure() {
        return failure.get();
    }

    private void throwIfFailed() {
        Throwable t = failure.get();
        if (t != null) {
            throw new Failure(t);
        }
    }

    /** No more records: sends the last ones to the workers (the reading thread calls this). */
    void finish() {
        if (!finished) {
            finished = true;
            submit();
            put(END);
        }
    }

    /**
     * Waits until every output is written, or the batch failed, and stops the threads.
     *
     * @throws Failure when the batch ended before its last output was written
     */
    void await() {
        try {
            ended.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(e);
        } finally {
            stop();
        }
        throwIfFailed();
    }

    private void stop() {
        stopping = true;
        synchronized (workers) {
            workers.forEach(w -> w.thread.interrupt());
        }
        if (watchdog != null) {
            watchdog.interrupt();
        }
    }

    /** Sends the last records, waits until every output is written, and stops the threads. */
    @Override
    public void close() {
        try {
            if (failure.get() == null) {
                finish();
            }
        } finally {
            await();
        }
    }
}
