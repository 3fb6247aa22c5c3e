package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code policy-check evaluate} on several threads writes what one thread would, in the same order. */
class OrderedBatchTest {

    /** Collects outputs on the writer thread. */
    private static final class Collect implements OrderedBatch.Sink<Integer, String> {
        final List<String> outputs = new ArrayList<>();
        final AtomicInteger idles = new AtomicInteger();

        @Override
        public synchronized void accept(Integer record, String output) {
            outputs.add(output);
        }

        @Override
        public void idle() {
            idles.incrementAndGet();
        }
    }

    @Test
    void outputsComeInInputOrderWhateverOrderTheWorkersFinishIn() {
        Collect sink = new Collect();
        try (OrderedBatch<Integer, String> batch = new OrderedBatch<>(4, i -> {
            if (ThreadLocalRandom.current().nextInt(50) == 0) {
                sleep(1);
            }
            return "r" + i;
        }, sink)) {
            for (int i = 0; i < 20_000; i++) {
                batch.add(i);
            }
        }

        assertEquals(20_000, sink.outputs.size());
        for (int i = 0; i < 20_000; i++) {
            assertEquals("r" + i, sink.outputs.get(i));
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aRecordArrivingAloneIsWrittenWithoutWaitingForMore() throws InterruptedException {
        // a member's self-check pipes one post and waits for its decision before sending the next
        CountDownLatch written = new CountDownLatch(1);
        OrderedBatch.Sink<Integer, String> sink = new OrderedBatch.Sink<>() {
            @Override
            public void accept(Integer record, String output) {
                written.countDown();
            }

            @Override
            public void idle() {}
        };
        try (OrderedBatch<Integer, String> batch = new OrderedBatch<>(2, i -> "r" + i, sink)) {
            batch.add(1);
            assertTrue(written.await(5, TimeUnit.SECONDS), "the lone record was not written");
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void hugeRecordsAreHeldByCharactersNotByTheHundred() throws InterruptedException {
        // posts near the 16 MiB line limit: a chunk of 256 of them would be gigabytes of text; two a chunk here
        int threads = 2;
        int taken = takenInWhileTheWriterIsStuck(threads, 200, OrderedBatch.CHUNK_CHARS / 2);
        // the writer's chunk, 4 x threads queued, the one being filled
        assertTrue(taken <= (4 * threads + 2) * 2, taken + " huge records taken in while the writer was stuck");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void theReaderWaitsWhenTheWriterFallsBehindSoMemoryStaysBounded() throws InterruptedException {
        int threads = 2;
        int taken = takenInWhileTheWriterIsStuck(threads, 1_000_000, 0);
        // the writer holds one chunk, the queue 4 x threads, the reader one being filled
        assertTrue(taken <= (4 * threads + 2) * OrderedBatch.CHUNK, taken + " records taken in while the writer was stuck");
    }

    /**
     * Adds {@code records} records of {@code chars} characters each while the writer is stuck on the first
     * output; returns how many the batch had taken in after a second, then lets the writer go and checks
     * every record was worked on.
     */
    private static int takenInWhileTheWriterIsStuck(int threads, int records, long chars) throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger worked = new AtomicInteger();
        OrderedBatch.Sink<Integer, String> blocked = new OrderedBatch.Sink<>() {
            @Override
            public void accept(Integer record, String output) {
                await(release);
            }

            @Override
            public void idle() {}
        };
        AtomicInteger added = new AtomicInteger();
        Thread reader = new Thread(() -> {
            try (OrderedBatch<Integer, String> batch = new OrderedBatch<>(threads, i -> {
                worked.incrementAndGet();
                return "r" + i;
            }, blocked)) {
                for (int i = 0; i < records; i++) {
                    batch.add(i, chars);
                    added.incrementAndGet();
                }
            }
        });
        reader.start();
        Thread.sleep(1_000);
        int taken = added.get();
        release.countDown();
        reader.join();
        assertEquals(records, worked.get());
        return taken;
    }

    @Test
    void aFailingWorkFunctionEndsTheBatchWithItsError() {
        Collect sink = new Collect();
        OrderedBatch<Integer, String> batch = new OrderedBatch<>(2, i -> {
            if (i == 500) {
                throw new IllegalStateException("boom at 500");
            }
            return "r" + i;
        }, sink);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
            try (batch) {
                for (int i = 0; i < 1_000; i++) {
                    batch.add(i);
                }
            }
        });

        assertTrue(e.getMessage().contains("boom at 500"), e.getMessage());
        assertTrue(sink.outputs.size() <= 500);
    }

    @Test
    void threadsBelowOneAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new OrderedBatch<Integer, String>(0, i -> "", new Collect()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
