package io.github.smpolicy.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Turns records into output on worker threads and hands the output on in input order, holding a
 * bounded number of records in memory however long the input is.
 *
 * <p>The reading thread {@link #add adds} records; they go to the workers in chunks. A chunk is
 * handed over as soon as a worker is idle, so a record arriving alone (a member's check piped in
 * one post at a time) is answered at once; under load chunks fill up to {@link #CHUNK} records
 * and the per-record hand-over cost disappears. At most {@code 4 × threads} chunks wait to be
 * written; the reading thread blocks beyond that. A single writer thread consumes the results in
 * the order the chunks were made.
 *
 * @param <I> a record
 * @param <O> its output
 */
final class OrderedBatch<I, O> implements AutoCloseable {
    /** Records per chunk when the workers are busy. */
    static final int CHUNK = 256;

    /** Receives every output, in input order, on the writer thread. */
    interface Sink<I, O> {
        void accept(I record, O output);

        /** No more output is on its way for now: a good moment to flush. */
        void idle();
    }

    private static final Object END = new Object();

    private final Function<I, O> work;
    private final ExecutorService workers;
    private final int threads;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final BlockingQueue<Object> pending;
    private final Thread writer;
    private volatile Throwable writerFailure;
    private List<I> chunk = new ArrayList<>();

    OrderedBatch(int threads, Function<I, O> work, Sink<I, O> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.work = work;
        this.threads = threads;
        this.workers = Executors.newFixedThreadPool(threads, r -> daemon(r, "policy-check-worker"));
        this.pending = new ArrayBlockingQueue<>(4 * threads);
        this.writer = daemon(() -> write(sink), "policy-check-writer");
        writer.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Queues a record; blocks while the writer is {@code 4 × threads} chunks behind. */
    void add(I record) {
        chunk.add(record);
        if (chunk.size() >= CHUNK || inFlight.get() < threads) {
            submit();
        }
    }

    private void submit() {
        if (chunk.isEmpty()) {
            return;
        }
        List<I> records = chunk;
        chunk = new ArrayList<>(CHUNK);
        inFlight.incrementAndGet();
        CompletableFuture<List<O>> done = CompletableFuture.supplyAsync(() -> {
            try {
                List<O> out = new ArrayList<>(records.size());
                records.forEach(r -> out.add(work.apply(r)));
                return out;
            } finally {
                inFlight.decrementAndGet();
            }
        }, workers);
        put(new Chunk<>(records, done));
    }

    private record Chunk<I, O>(List<I> records, CompletableFuture<List<O>> outputs) {}

    private void put(Object item) {
        try {
            while (!pending.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                failIfWriterFailed();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing records", e);
        }
    }

    @SuppressWarnings("unchecked")
    private void write(Sink<I, O> sink) {
        try {
            while (true) {
                Object item = pending.take();
                if (item == END) {
                    sink.idle();
                    return;
                }
                Chunk<I, O> c = (Chunk<I, O>) item;
                List<O> outputs = c.outputs().join();
                for (int i = 0; i < outputs.size(); i++) {
                    sink.accept(c.records().get(i), outputs.get(i));
                }
                if (pending.isEmpty()) {
                    sink.idle();
                }
            }
        } catch (Throwable t) { // a work function or sink that throws ends the batch; close() reports it
            writerFailure = t;
        }
    }

    private void failIfWriterFailed() {
        if (writerFailure != null) {
            throw new IllegalStateException("writing the output failed: " + writerFailure, writerFailure);
        }
    }

    /** Sends the last records, waits until every output is written, and stops the threads. */
    @Override
    public void close() {
        try {
            submit();
            put(END);
            writer.join();
            failIfWriterFailed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the output", e);
        } finally {
            workers.shutdownNow();
        }
    }
}
