package io.github.smpolicy.examples;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Post;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * A Jackson module that reads and writes {@link Post} and {@link Decision} in the JSON contract's shape
 * ({@code json-contract.md}), as {@link PostJson} and {@link DecisionJson} do, and {@link Instant} as an
 * ISO-8601 string ({@code "2026-03-01T18:20:00Z"}):
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new PolicyJsonModule());
 * Post post = mapper.readValue(json, Post.class);
 * String decision = mapper.writeValueAsString(evaluator.evaluate(post));
 * Decision back = mapper.readValue(decision, Decision.class);   // equals the decision written
 * }</pre>
 *
 * <p>Kinds of {@link io.github.smpolicy.model.Evidence} are told apart as the contract does, by the key an
 * item carries ({@code media}, {@code text}, {@code label}, {@code account}). An invalid post or decision
 * is a {@link JsonMappingException} whose message starts with the path of the field at fault, such as
 * {@code media[1].kind: unknown word; expected PHOTO, VIDEO, IMAGE or OTHER}; with {@link #strict()},
 * an unknown field in a post (a misspelled {@code "lables"}) is one too.
 */
public final class PolicyJsonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** A module reading posts leniently, as the contract says: unknown fields are ignored. */
    public PolicyJsonModule() {
        this(false);
    }

    private PolicyJsonModule(boolean strict) {
        super("PolicyJsonModule", Version.unknownVersion());
        addSerializer(Post.class, new TreeSerializer<>(Post.class, post -> PostJson.toTree(post)));
        addDeserializer(Post.class, new TreeDeserializer<>(Post.class, json -> PostJson.read(json, strict)));
        addSerializer(Decision.class, new TreeSerializer<>(Decision.class, DecisionJson::toTree));
        addDeserializer(Decision.class, new TreeDeserializer<>(Decision.class, json -> DecisionJson.read(json)));
        addSerializer(Instant.class, new InstantSerializer());
        addDeserializer(Instant.class, new InstantDeserializer());
    }

    /**
     * A module whose posts are read strictly: an unknown field is an error naming it.
     *
     * @return a new module; register it on an {@code ObjectMapper}
     */
    public static PolicyJsonModule strict() {
        return new PolicyJsonModule(true);
    }

    private static final class TreeSerializer<T> extends JsonSerializer<T> {
        private final Class<T> type;
        private final Function<T, JsonNode> toTree;

        TreeSerializer(Class<T> type, Function<T, JsonNode> toTree) {
            this.type = type;
            this.toTree = toTree;
        }

        @Override
        public Class<T> handledType() {
            return type;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeTree(toTree.apply(value));
        }
    }

    private static final class TreeDeserializer<T> extends JsonDeserializer<T> {
        private final Class<T> type;
        private final Function<JsonNode, T> read;

        TreeDeserializer(Class<T> type, Function<JsonNode, T> read) {
            this.type = type;
            this.read = read;
        }

        @Override
        public Class<?> handledType() {
            return type;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode json = p.readValueAsTree();
            try {
                return read.apply(json);
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.from(p, e.getMessage(), e);
            }
        }
    }

    private static final class InstantSerializer extends JsonSerializer<Instant> {
        @Override
        public Class<Instant> handledType() {
            return Instant.class;
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class InstantDeserializer extends JsonDeserializer<Instant> {
        @Override
        public Class<?> handledType() {
            return Instant.class;
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                try {
                    return Instant.parse(p.getText());
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            throw JsonMappingException.from(p, "not an ISO-8601 instant");
        }
    }
}
