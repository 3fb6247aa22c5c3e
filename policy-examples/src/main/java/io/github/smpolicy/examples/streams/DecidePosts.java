package io.github.smpolicy.examples.streams;

import io.github.smpolicy.examples.PostJson;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Post;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Reads each record as a post and decides it with the instance's current evaluator: a {@link Result.Decided}
 * keyed by the post's id, or a {@link Result.Rejected} saying why not (keyed by the post's id when it was
 * read, else without a key). No record is dropped, and none stops the task: only an {@link OutOfMemoryError}
 * or an interrupt escapes. The input's headers are not passed on: a producer's headers are not the decision's.
 *
 * <p>One instance per stream task; they share the {@link CurrentEvaluator}. With a post timeout, the
 * evaluation runs on a worker thread of this task; a post that overruns is reported and its worker
 * abandoned (a rule spinning in plain Java cannot be stopped inside the JVM), so the partition moves on.
 */
final class DecidePosts extends ContextualProcessor<byte[], byte[], String, Result> {
    static final String OVERRAN = "the evaluation did not finish within %d ms";

    private final CurrentEvaluator evaluator;
    private final boolean strict;
    private final long timeoutMillis;
    private ExecutorService worker;

    DecidePosts(CurrentEvaluator evaluator, boolean strict, Duration timeout) {
        this.evaluator = evaluator;
        this.strict = strict;
        this.timeoutMillis = timeout.toMillis();
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        Result result = decide(record.value());
        String key = result instanceof Result.Decided decided ? decided.decision().postId()
                : ((Result.Rejected) result).error().postId();
        context().forward(new Record<>(key, result, record.timestamp()));
    }

    private Result decide(byte[] value) {
        if (value == null) {
            return rejected(null, "the record has no value");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            return rejected(null, "the value is not UTF-8 text");
        }
        Post post;
        try {
            post = PostJson.read(text, strict); // the message names the field at fault, never its value
        } catch (IllegalArgumentException e) {
            return rejected(null, e.getMessage());
        }
        try {
            return new Result.Decided(post.author().id(), evaluate(post));
        } catch (OutOfMemoryError e) {
            throw e; // the next post would fail the same way: the thread ends, the record is processed again
        } catch (StreamsException e) {
            throw e; // interrupted: not the post's failure
        } catch (TimeoutException e) {
            return rejected(post.id(), OVERRAN.formatted(timeoutMillis));
        } catch (IllegalArgumentException e) {
            // PolicyEvaluator.evaluate: a post over an input limit; that message names the field and the limit
            String message = String.valueOf(e.getMessage());
            return rejected(post.id(), message.startsWith("post exceeds an input limit") ? message
                    : "the post could not be evaluated: " + e.getClass().getSimpleName());
        } catch (Throwable e) {
            // only the kind of failure: a rule's message may quote the post
            return rejected(post.id(), "the post could not be evaluated: " + e.getClass().getSimpleName());
        }
    }

    private Decision evaluate(Post post) throws Throwable {
        if (timeoutMillis == 0) {
            return evaluator.get().evaluate(post);
        }
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "policy-evaluation-" + context().taskId());
                thread.setDaemon(true);
                return thread;
            });
        }
        Future<Decision> decision = worker.submit(() -> evaluator.get().evaluate(post));
        try {
            return decision.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause();
        } catch (TimeoutException e) {
            decision.cancel(true);
            worker.shutdownNow(); // abandoned: a fresh worker takes the next post
            worker = null;
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            decision.cancel(true);
            // not the post's fault: the task stops, and the record is decided again where it restarts
            throw new StreamsException("interrupted while a post was evaluated", e);
        }
    }

    private Result rejected(String postId, String error) {
        RecordMetadata where = context().recordMetadata().orElse(null);
        return new Result.Rejected(new StreamError(where == null ? "" : where.topic(),
                where == null ? -1 : where.partition(), where == null ? -1 : where.offset(), postId, error));
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }
}
