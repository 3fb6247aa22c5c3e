package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.smpolicy.model.Post;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The post codec's contract with hostile input: whatever JSON it is given, {@link PostJson#read} returns
 * a post or throws {@link IllegalArgumentException} whose message names the field at fault — never
 * another exception, never a message that leaves the reader guessing where.
 */
class PostJsonProperties {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Every key of the contract's post; arbitrary objects use them often, so they get past the first checks. */
    private static final Set<String> CONTRACT_KEYS = Set.of("id", "postedAt", "action", "author", "name", "role",
            "account", "platform", "handle", "use", "registrationEmail", "text", "labels", "confidence", "source",
            "media", "kind", "depicts", "authorDepicted", "authorInUniform", "occasion", "caption", "shared",
            "approvals", "grantedBy", "clauses", "grantedAt", "expiresAt", "revoked");
    private static final List<String> WORDS = List.of("PUBLISH", "SHARE", "MEMBER", "CHIEF_OF_POLICE", "PERSONAL",
            "WORKPLACE", "PHOTO", "VIDEO", "PROMOTION", "PERMISSION", "PIO_CONSULTATION", "BADGE", "UNION_ACTIVITY",
            "img-1", "img-2", "m-1", "311.40-1.1", "photo", "", " ");

    // "media[1].kind: required", "media[1].id 'img-1' is not unique": the path, then what is wrong.
    private static final Pattern FIELD_ERROR = Pattern.compile(
            "([A-Za-z]\\w*(?:\\.[A-Za-z]\\w*|\\[\\d+])*)(?:: .+| '.*' is not unique)", Pattern.DOTALL);

    @Provide
    Arbitrary<JsonNode> jsonValues() {
        return Arbitraries.recursive(this::leaves, this::containers, 0, 3);
    }

    @Provide
    Arbitrary<JsonNode> jsonObjects() {
        return objects(jsonValues()).withoutEdgeCases(); // the edge cases of nested maps take longer than the tries
    }

    private Arbitrary<JsonNode> containers(Arbitrary<JsonNode> inner) {
        return Arbitraries.frequencyOf(Tuple.of(2, leaves()), Tuple.of(1, arrays(inner)), Tuple.of(2, objects(inner)));
    }

    private Arbitrary<JsonNode> leaves() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(NODES.nullNode())),
                Tuple.of(1, Arbitraries.of(true, false).map(NODES::booleanNode)),
                Tuple.of(1, Arbitraries.integers().map(NODES::numberNode)),
                Tuple.of(1, Arbitraries.doubles().map(NODES::numberNode)),
                Tuple.of(1, Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0,
                        Double.MAX_VALUE, Double.MIN_VALUE, 0.5, 1.0000001).map(NODES::numberNode)),
                Tuple.of(1, Arbitraries.longs().map(l -> NODES.numberNode(BigInteger.valueOf(l).shiftLeft(400)))),
                Tuple.of(1, Arbitraries.longs().map(l -> NODES.numberNode(new BigDecimal(BigInteger.valueOf(l), -400)))),
                Tuple.of(3, Arbitraries.of(WORDS).map(NODES::textNode)),
                Tuple.of(1, Arbitraries.of("2026-03-01T18:20:00Z", "+1000000000-12-31T23:59:59Z", "2026-02-30T00:00:00Z",
                        "2026-03-01", "-999999999-01-01T00:00:00Z").map(NODES::textNode)),
                Tuple.of(2, Arbitraries.strings().ofMaxLength(12).map(NODES::textNode)));
    }

    private Arbitrary<JsonNode> arrays(Arbitrary<JsonNode> elements) {
        return elements.list().ofMaxSize(3).map(list -> {
            ArrayNode array = NODES.arrayNode();
            list.forEach(array::add);
            return array;
        });
    }

    private Arbitrary<JsonNode> objects(Arbitrary<JsonNode> values) {
        Arbitrary<String> keys = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(CONTRACT_KEYS)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(8)));
        return Arbitraries.maps(keys, values).ofMaxSize(6).map(map -> {
            ObjectNode object = NODES.objectNode();
            map.forEach(object::set);
            return object;
        });
    }

    /** A valid post of one of the generator's many shapes. */
    private static ObjectNode validPost(long seed) {
        return CorruptBatch.post(1, new Random(seed));
    }

    /** Reads {@code json}: a post, or an error whose path lies in {@code json}; returns the path, or null for a post. */
    private static String readOrFieldError(JsonNode json) {
        try {
            Post post = PostJson.read(json);
            assertNotNull(post);
            return null;
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            assertNotNull(message, "an error without a message");
            if (!json.isObject()) {
                assertEquals(json.isNull() ? "required" : "not a JSON object", message, "a record that is no object");
                return "";
            }
            Matcher field = FIELD_ERROR.matcher(message);
            assertTrue(field.matches(), () -> "the error names no field: " + message + "\nfor " + json);
            String path = field.group(1);
            String first = path.split("[.\\[]", 2)[0];
            assertTrue(CONTRACT_KEYS.contains(first), () -> "the error names " + first + ", no field of a post: " + message);
            assertTrue(parentExists(json, path), () -> "the error names " + path + ", which is not in " + json);
            return path;
        }
    }

    /** Whether everything above the path's last step is in {@code json}: a missing field's object is there. */
    private static boolean parentExists(JsonNode json, String path) {
        List<String> steps = steps(path);
        JsonNode node = json;
        for (String step : steps.subList(0, steps.size() - 1)) {
            node = step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1))) : node.get(step);
            if (node == null) {
                return false;
            }
        }
        return true;
    }

    private static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        Matcher step = Pattern.compile("\\[\\d+]|[^.\\[]+").matcher(path);
        while (step.find()) {
            steps.add(step.group());
        }
        return steps;
    }

    @Property(tries = 2000)
    void anyJsonValueIsAPostOrAnErrorNamingAField(@ForAll("jsonValues") JsonNode json) {
        readOrFieldError(json);
    }

    @Property(tries = 2000)
    void anyJsonObjectIsAPostOrAnErrorNamingAField(@ForAll("jsonObjects") JsonNode json) {
        readOrFieldError(json);
    }

    @Property(tries = 1000)
    void anyTextIsAPostOrAnErrorSayingItIsNotJsonOrNamingAField(@ForAll String text) {
        try {
            PostJson.read(text);
        } catch (IllegalArgumentException e) {
            if (!String.valueOf(e.getMessage()).startsWith("not valid JSON")) {
                readOrFieldError(Json.parse(text));
            }
        }
    }

    @Property(tries = 1000)
    void aValidPostCutOrSplicedAnywhereIsAPostOrAnErrorSayingItIsNotJsonOrNamingAField(
            @ForAll long seed, @ForAll Random random, @ForAll("jsonValues") JsonNode splice) {
        String json = validPost(seed).toString();
        int from = random.nextInt(json.length() + 1);
        int to = from + random.nextInt(json.length() - from + 1);
        String changed = json.substring(0, from) + (random.nextBoolean() ? "" : splice.toString()) + json.substring(to);
        try {
            PostJson.read(changed);
        } catch (IllegalArgumentException e) {
            if (!String.valueOf(e.getMessage()).startsWith("not valid JSON")) {
                readOrFieldError(Json.parse(changed));
            }
        }
    }

    @Property(tries = 300)
    void everyGeneratedPostIsValid(@ForAll long seed) {
        assertEquals(null, readOrFieldError(validPost(seed)));
    }

    /** The paths of every value in {@code json} below the root, with the value's parent and key. */
    private record Place(String path, JsonNode parent, String key, int index) {}

    private static List<Place> places(JsonNode json, String path, List<Place> into) {
        if (json.isObject()) {
            json.fieldNames().forEachRemaining(name -> {
                String child = path.isEmpty() ? name : path + "." + name;
                into.add(new Place(child, json, name, -1));
                places(json.get(name), child, into);
            });
        } else if (json.isArray()) {
            for (int i = 0; i < json.size(); i++) {
                into.add(new Place(path + "[" + i + "]", json, null, i));
                places(json.get(i), path + "[" + i + "]", into);
            }
        }
        return into;
    }

    private static void assertNames(String path, String named, JsonNode json) {
        assertTrue(named == null || named.equals(path) || named.startsWith(path + ".") || named.startsWith(path + "["),
                () -> "changed " + path + ", the error names " + named + ": " + json);
    }

    @Property(tries = 1000)
    void aValidPostWithAFieldRemovedIsAPostOrAnErrorNamingThatField(@ForAll long seed, @ForAll Random random) {
        ObjectNode post = validPost(seed);
        List<Place> fields = places(post, "", new ArrayList<>()).stream().filter(p -> p.key() != null).toList();
        Place removed = fields.get(random.nextInt(fields.size()));
        ((ObjectNode) removed.parent()).remove(removed.key());

        assertNames(removed.path(), readOrFieldError(post), post);
    }

    @Property(tries = 1000)
    void aValidPostWithAValueOfAnotherTypeIsAPostOrAnErrorNamingThatValue(
            @ForAll long seed, @ForAll Random random, @ForAll("jsonValues") JsonNode replacement) {
        ObjectNode post = validPost(seed);
        List<Place> values = places(post, "", new ArrayList<>()).stream()
                .filter(p -> node(p).getNodeType() != replacement.getNodeType()).toList();
        if (values.isEmpty()) {
            return;
        }
        Place changed = values.get(random.nextInt(values.size()));
        set(changed, replacement.deepCopy());

        assertNames(changed.path(), readOrFieldError(post), post);
    }

    @Property(tries = 1000)
    void aValidPostWithAnyValueReplacedIsAPostOrAnErrorNamingAField(
            @ForAll long seed, @ForAll Random random, @ForAll("jsonValues") JsonNode replacement) {
        ObjectNode post = validPost(seed);
        List<Place> values = places(post, "", new ArrayList<>());
        set(values.get(random.nextInt(values.size())), replacement.deepCopy());

        readOrFieldError(post);
    }

    @Property(tries = 1000)
    void aValidPostWithAnUnknownKeyAddedAnywhereReadsAsBefore(@ForAll long seed, @ForAll Random random,
            @ForAll("unknownKeys") String key, @ForAll("jsonValues") JsonNode value) {
        ObjectNode post = validPost(seed);
        Post before = PostJson.read(post);
        List<JsonNode> objects = Stream.concat(Stream.of((JsonNode) post),
                places(post, "", new ArrayList<>()).stream().map(PostJsonProperties::node).filter(JsonNode::isObject))
                .toList();
        ObjectNode target = (ObjectNode) objects.get(random.nextInt(objects.size()));
        if (target.has(key)) {
            return;
        }
        target.set(key, value.deepCopy());

        assertEquals(before, PostJson.read(post), () -> "an unknown key " + key + " changed the post: " + post);
    }

    @Provide
    Arbitrary<String> unknownKeys() {
        return Arbitraries.strings().ofMaxLength(10).filter(k -> !CONTRACT_KEYS.contains(k));
    }

    private static JsonNode node(Place place) {
        return place.key() != null ? place.parent().get(place.key()) : place.parent().get(place.index());
    }

    private static void set(Place place, JsonNode value) {
        if (place.key() != null) {
            ((ObjectNode) place.parent()).set(place.key(), value);
        } else {
            ((ArrayNode) place.parent()).set(place.index(), value);
        }
    }
}
