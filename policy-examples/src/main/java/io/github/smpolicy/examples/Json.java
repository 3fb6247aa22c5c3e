package io.github.smpolicy.examples;

import io.github.smpolicy.model.Printable;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the codecs share: one strict mapper, and field access whose errors name the field's path. */
final class Json {
    // A duplicated key is a mistake to report, not to guess past: which "action" did the author mean?
    // Whoever opened an input closes it: standard input stays open for a second "-".
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    // Jackson names a position as "[Source: REDACTED (...); line: 3, column: 7]".
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)]");

    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '[^']*'");

    private Json() {}

    /**
     * Parses one JSON value; invalid JSON is an {@link IllegalArgumentException} saying what, at which
     * column and in which field, such as {@code not valid JSON at column 35 (field author.id): Unexpected
     * end-of-input: was expecting closing quote for a string value}.
     */
    static JsonNode parse(String json) {
        try (JsonParser parser = MAPPER.createParser(json)) {
            JsonNode node = MAPPER.readTree(parser);
            if (node == null) {
                throw new IllegalArgumentException("not valid JSON: there is no value, only white space");
            }
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("not valid JSON at column "
                        + parser.currentTokenLocation().getColumnNr() + ": a second value follows the first");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(describe(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String does not fail
        }
    }

    static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String what = SOURCE.matcher(e.getOriginalMessage()).replaceAll("line $1, column $2");
        // Jackson quotes the text it could not read, which may be a name or a phone number: not repeated.
        what = UNRECOGNIZED.matcher(what).replaceAll("Unrecognized token");
        what = Printable.of(what);
        String field = e.getProcessor() instanceof JsonParser parser ? path(parser.getParsingContext()) : "";
        String where = (at == null ? "" : " at column " + at.getColumnNr())
                + (field.isEmpty() ? "" : " (field " + field + ")");
        return "not valid JSON" + where + ": " + what;
    }

    /** The path of the field a parser is in, in the messages' style ({@code media[1].kind}); empty at the top. */
    static String path(JsonStreamContext context) {
        List<String> segments = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray() && c.getCurrentIndex() >= 0) {
                segments.add(0, "[" + c.getCurrentIndex() + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                segments.add(0, c.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            path.append(path.length() == 0 || segment.startsWith("[") ? "" : ".").append(segment);
        }
        return path.toString();
    }

    /**
     * The path of the field whose text holds character {@code offset} of {@code json}, read as far as it
     * parses; empty when the offset lies outside every field.
     */
    static String pathAt(String json, long offset) {
        String path = "";
        try (JsonParser parser = MAPPER.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (parser.currentTokenLocation().getCharOffset() > offset) {
                    break;
                }
                path = path(parser.getParsingContext());
            }
        } catch (JsonProcessingException e) {
            // the text breaks off before the offset: the field it was in is the answer
            if (e.getProcessor() instanceof JsonParser parser) {
                path = path(parser.getParsingContext());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String does not fail
        }
        return path;
    }

    /** Why a file could not be read, in words: a missing file's exception says only its name. */
    static String reason(IOException e) {
        return e instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
    }

    /** "A, B, C or D". */
    static String oneOf(List<?> words) {
        String all = words.toString().replaceAll("^\\[|]$", "");
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
    }

    /**
     * A JSON value and the path that names it in messages, such as {@code media[1].kind}.
     *
     * @param node {@code null} when the field is absent
     * @param path empty for the document itself
     * @param seen strict reading: the paths of every field the reader asked for, present or not, shared by
     *             all fields of one document; {@code null}: lenient, unknown fields are ignored
     */
    record Field(JsonNode node, String path, Set<String> seen) {
        // The model's messages start with the field at fault: "confidence must be within [0, 1], was 2.0".
        private static final Pattern FIELD_FIRST = Pattern.compile("([A-Za-z][\\w.\\[\\]]*) (.+)", Pattern.DOTALL);

        // The model quotes the value it rejects ("..., was 'Jane Roe'", "id 'x' is not unique"): the CLI names
        // the field and the problem only, so that no personal data reaches an error record.
        private static final Pattern QUOTED_VALUE = Pattern.compile(", was '.*'$|\\s'.*' (?=is not unique)",
                Pattern.DOTALL);

        static String withoutValues(String message) {
            return QUOTED_VALUE.matcher(message).replaceAll(m -> m.group().startsWith(",") ? "" : " ");
        }

        Field(JsonNode node, String path) {
            this(node, path, null);
        }

        static Field root(JsonNode node) {
            return new Field(node, "");
        }

        /** The document, read strictly: {@link #noUnknownFields()} then names any key no reader asked for. */
        static Field root(JsonNode node, boolean strict) {
            return new Field(node, "", strict ? new HashSet<>() : null);
        }

        Field get(String name) {
            String at = path.isEmpty() ? name : path + "." + name;
            if (seen != null) {
                seen.add(at);
            }
            return new Field(node == null ? null : node.get(name), at, seen);
        }

        /**
         * After the document was read, when reading strictly: an unknown field (a key no reader asked for,
         * such as a misspelled {@code "lables"}) is an {@link IllegalArgumentException} naming it, with the
         * known key it is closest to: {@code lables: unknown field; did you mean labels?}.
         */
        void noUnknownFields() {
            if (seen != null) {
                unknownFields(node, path);
            }
        }

        private void unknownFields(JsonNode value, String at) {
            if (value == null) {
                return;
            }
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    unknownFields(value.get(i), at + "[" + i + "]");
                }
            } else if (value.isObject()) {
                var names = value.fieldNames();
                while (names.hasNext()) {
                    String name = names.next();
                    String child = at.isEmpty() ? name : at + "." + name;
                    if (!seen.contains(child)) {
                        String hint = closest(name, siblings(at));
                        throw new Field(null, child).problem("unknown field"
                                + (hint == null ? "" : "; did you mean " + hint + "?"));
                    }
                    unknownFields(value.get(name), child);
                }
            }
        }

        /** The names the reader asked for in the object at {@code at}. */
        private List<String> siblings(String at) {
            String prefix = at.isEmpty() ? "" : at + ".";
            return seen.stream().filter(p -> p.startsWith(prefix)).map(p -> p.substring(prefix.length()))
                    .filter(p -> p.indexOf('.') < 0 && p.indexOf('[') < 0).sorted().toList();
        }

        /** The candidate within two edits of {@code word} (a letter added, removed, changed or two swapped). */
        static String closest(String word, List<String> candidates) {
            String best = null;
            int bestDistance = 3;
            for (String candidate : candidates) {
                int d = distance(word.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
                if (d < bestDistance) {
                    best = candidate;
                    bestDistance = d;
                }
            }
            return best;
        }

        /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
        private static int distance(String a, String b) {
            int[][] d = new int[a.length() + 1][b.length() + 1];
            for (int i = 0; i <= a.length(); i++) {
                d[i][0] = i;
            }
            for (int j = 0; j <= b.length(); j++) {
                d[0][j] = j;
            }
            for (int i = 1; i <= a.length(); i++) {
                for (int j = 1; j <= b.length(); j++) {
                    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                    d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                    if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                    }
                }
            }
            return d[a.length()][b.length()];
        }

        IllegalArgumentException problem(String what) {
            return new IllegalArgumentException(path.isEmpty() ? what : path + ": " + what);
        }

        /** Absent and {@code null} are the same: the contract's optional fields may be either. */
        boolean present() {
            return node != null && !node.isNull() && !node.isMissingNode();
        }

        Field required() {
            if (!present()) {
                throw problem("required");
            }
            return this;
        }

        /** This field, which must be a JSON object. */
        Field object() {
            if (!required().node.isObject()) {
                throw problem("not a JSON object");
            }
            return this;
        }

        /**
         * The string, or {@code null} when absent. A string with a lone surrogate ({@code "\\ud800"})
         * is invalid input (I-JSON, RFC 7493): no UTF-8 text can hold it. The message names where, never
         * the value.
         */
        String text() {
            if (!present()) {
                return null;
            }
            if (!node.isTextual()) {
                throw problem("not a string");
            }
            String text = node.textValue();
            int lone = loneSurrogate(text);
            if (lone >= 0) {
                throw problem("not valid Unicode text: a lone surrogate at character " + (lone + 1));
            }
            return text;
        }

        /** The index of the first surrogate that is not half of a pair, or -1. */
        static int loneSurrogate(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isSurrogate(c)) {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        i++;
                    } else {
                        return i;
                    }
                }
            }
            return -1;
        }

        String requiredText() {
            String text = required().text();
            if (text.isBlank()) {
                throw problem("must not be empty");
            }
            return text;
        }

        /** The enum constant spelled exactly by this field's word, or {@code null} when absent. */
        <E extends Enum<E>> E word(Class<E> type) {
            if (!present()) {
                return null;
            }
            List<E> words = List.of(type.getEnumConstants());
            if (node.isTextual()) {
                for (E word : words) {
                    if (word.name().equals(node.textValue())) {
                        return word;
                    }
                }
            }
            // the value is not repeated: a wrong word in a free-text field may be a name or a phone number
            String found = node.isTextual() ? "unknown word" : "not a word";
            throw problem(found + "; expected " + oneOf(words));
        }

        /** One word, or a list of words; empty when absent. */
        <E extends Enum<E>> List<E> words(Class<E> type) {
            if (present() && node.isArray()) {
                return elements().stream().map(e -> e.required().word(type)).toList();
            }
            E word = word(type);
            return word == null ? List.of() : List.of(word);
        }

        Instant instant() {
            if (!present()) {
                return null;
            }
            try {
                if (node.isTextual()) {
                    return Instant.parse(node.textValue());
                }
            } catch (DateTimeParseException e) {
                // reported below, as for a value of the wrong type
            }
            throw problem("not an ISO-8601 instant");
        }

        boolean bool(boolean absent) {
            if (!present()) {
                return absent;
            }
            if (!node.isBoolean()) {
                throw problem("not true or false");
            }
            return node.booleanValue();
        }

        double number(double absent) {
            if (!present()) {
                return absent;
            }
            if (!node.isNumber()) {
                throw problem("not a number");
            }
            return node.doubleValue();
        }

        /** The elements of a list; empty when absent. */
        List<Field> elements() {
            if (!present()) {
                return List.of();
            }
            if (!node.isArray()) {
                throw problem("not a list");
            }
            List<Field> elements = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                elements.add(new Field(node.get(i), path + "[" + i + "]", seen));
            }
            return elements;
        }

        /** A list of strings, none of them null; empty when absent. */
        List<String> texts() {
            return elements().stream().map(e -> e.required().text()).toList();
        }

        /** Runs a model constructor, naming the field it rejects under this field's path. */
        <T> T build(Supplier<T> make) {
            try {
                return make.get();
            } catch (IllegalArgumentException e) {
                Matcher m = FIELD_FIRST.matcher(withoutValues(String.valueOf(e.getMessage())));
                throw m.matches() ? get(m.group(1)).problem(m.group(2)) : problem(e.getMessage());
            }
        }
    }
}
