package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, "batches lose nothing": whatever is wrong with a line, {@code policy-check evaluate} writes
 * exactly one line for it, in order — the decision, or the line's number, file and what is wrong,
 * naming the field — and exits 1 when any line was not a post.
 */
class BatchesLoseNothingTest {
    @TempDir
    Path dir;

    /** A valid post with id {@code id} and a badge photo, changed by {@code change}. */
    private static byte[] post(String id, Consumer<ObjectNode> change) {
        ObjectNode post = Json.MAPPER.createObjectNode().put("id", id).put("postedAt", "2026-03-01T18:20:00Z")
                .put("action", "PUBLISH").put("text", "Proud day!");
        post.putObject("author").put("id", "m-1").put("role", "MEMBER");
        post.putObject("account").put("use", "PERSONAL").put("registrationEmail", "m1@example.com");
        post.putArray("media").addObject().put("id", "img-1").put("kind", "PHOTO").putArray("depicts").add("BADGE");
        change.accept(post);
        return post.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] post(String id) {
        return post(id, p -> {});
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = (byte) bytes[i];
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A file of {@code lines}, each followed by {@code end}. */
    private Path batch(String end, byte[]... lines) throws IOException {
        Path file = dir.resolve("batch.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            for (byte[] line : lines) {
                out.write(line);
                out.write(text(end));
            }
        }
        return file;
    }

    private Path batch(byte[]... lines) throws IOException {
        return batch("\n", lines);
    }

    /**
     * Asserts one output line per expected record, in order: a post id is that post's decision, a text
     * starting with {@code !} is an error at that line, naming the file, whose message contains every
     * {@code |}-separated part of the rest.
     */
    private static void assertOutput(Run run, Path file, String... expected) {
        assertEquals(expected.length, run.out().chars().filter(c -> c == '\n').count(), () -> "output lines\n" + run);
        List<String> lines = run.out().lines().toList();
        assertEquals(expected.length, lines.size(), () -> "output lines\n" + run);
        boolean anyError = false;
        for (int i = 0; i < expected.length; i++) {
            JsonNode record = Json.parse(lines.get(i));
            String what = "line " + (i + 1) + ": " + abbreviated(lines.get(i));
            String want = expected[i];
            if (want.startsWith("!")) {
                anyError = true;
                assertEquals(i + 1, record.path("line").asLong(), what);
                assertEquals(file.toString(), record.path("file").asText(), what);
                assertTrue(CorruptBatch.containsAll(record.path("error").asText(), want.substring(1)),
                        () -> what + "\nexpected an error containing " + want.substring(1));
            } else {
                assertEquals(want, record.path("postId").asText(), what);
                assertEquals("DENY", record.path("outcome").asText(), what); // every test post shows a badge
            }
        }
        assertEquals(anyError ? 1 : 0, run.status(), run::toString);
    }

    private static String abbreviated(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }

    private Run evaluate(Path file) {
        return Run.policyCheck("evaluate", file.toString());
    }

    @Test
    void invalidJsonIsReportedWithItsLineAndTheFieldItBreaksIn() throws IOException {
        Path file = batch(post("p-1"),
                text("{\"id\": \"p-2\" \"postedAt\": \"2026-03-01T18:20:00Z\"}"),
                text("{\"id\": \"p-3\", \"action\": 'SHARE'}"),
                text("{\"id\": \"p-4\", \"author\": {\"id\": \"m-1\", \"name\": \"A\tB\"}}"),
                text("[1, 2"),
                text("{\"id\": \"p-6\"} {\"id\": \"p-7\"}"),
                post("p-7"));

        assertOutput(evaluate(file), file, "p-1",
                "!not valid JSON at column 14 (field id): Unexpected character",
                "!not valid JSON at column 25 (field action): Unexpected character ('''",
                "!not valid JSON at column 49 (field author.name): Illegal unquoted character",
                "!not valid JSON at column 6 (field [1]): Unexpected end-of-input",
                "!not valid JSON at column 15: a second value follows the first",
                "p-7");
    }

    @Test
    void aDuplicatedKeyIsReportedNamingIt() throws IOException {
        Path file = batch(post("p-1"), post("p-2", p -> ((ObjectNode) p.get("author")).put("ID", "x")), text("{\"id\": \"p-3\", \"author\": {\"id\": \"m-1\", \"id\": \"m-2\"}}"), post("p-4"));

        assertOutput(evaluate(file), file, "p-1", "p-2", "!(field author.id): Duplicate field 'id'", "p-4");
    }

    @Test
    void aValueOfTheWrongTypeIsReportedNamingTheField() throws IOException {
        Path file = batch(post("p-1"),
                post("p-2", p -> p.put("postedAt", 1_772_389_200L)),
                post("p-3", p -> p.put("labels", "UNION_ACTIVITY")),
                post("p-4", p -> p.put("author", "m-1")),
                post("p-5", p -> ((ObjectNode) p.at("/media/0")).put("authorInUniform", "yes")),
                post("p-6", p -> ((ObjectNode) p.at("/media/0")).putObject("depicts").put("name", "BADGE")),
                post("p-7", p -> ((ArrayNode) p.at("/media/0/depicts")).removeAll().addObject()
                        .put("name", "BADGE").put("confidence", "high")),
                text("[" + new String(post("p-8"), StandardCharsets.UTF_8) + "]"),
                text("\"p-9\""),
                post("p-10"));

        assertOutput(evaluate(file), file, "p-1",
                "!postedAt: not an ISO-8601 instant",
                "!labels: not a list",
                "!author: not a JSON object",
                "!media[0].authorInUniform: not true or false",
                "!media[0].depicts: not a list",
                "!media[0].depicts[0].confidence: not a number",
                "!not a JSON object",
                "!not a JSON object",
                "p-10");
    }

    @Test
    void aMissingRequiredFieldIsReportedNamingIt() throws IOException {
        Path file = batch(post("p-1"),
                post("p-2", p -> p.remove("id")),
                post("p-3", p -> p.remove("postedAt")),
                post("p-4", p -> ((ObjectNode) p.get("author")).remove("id")),
                post("p-5", p -> p.remove("account")),
                post("p-6", p -> ((ObjectNode) p.at("/media/0")).remove("kind")),
                post("p-7", p -> p.put("id", "  ")),
                post("p-8"));

        assertOutput(evaluate(file), file, "p-1",
                "!id: required", "!postedAt: required", "!author.id: required", "!account: required",
                "!media[0].kind: required", "!id: must not be empty", "p-8");
    }

    @Test
    void anUnknownWordIsReportedNamingTheFieldAndTheWordsItMayBe() throws IOException {
        Path file = batch(post("p-1"),
                post("p-2", p -> p.put("action", "TWEET")),
                post("p-3", p -> ((ObjectNode) p.at("/media/0")).put("kind", "PHOTOGRAPH")),
                post("p-4", p -> ((ObjectNode) p.get("author")).put("role", "SERGEANT")),
                post("p-5", p -> ((ObjectNode) p.get("account")).put("use", "personal")),
                post("p-6", p -> ((ObjectNode) p.at("/media/0")).put("occasion", "BIRTHDAY")),
                post("p-7"));

        assertOutput(evaluate(file), file, "p-1",
                "!action: unknown word; expected PUBLISH, SHARE, COMMENT or ENDORSE",
                "!media[0].kind: unknown word; expected PHOTO, VIDEO, IMAGE or OTHER",
                "!author.role: unknown word; expected MEMBER,",
                "!account.use: unknown word; expected PERSONAL or WORKPLACE",
                "!media[0].occasion: unknown word; expected APPOINTMENT,",
                "p-7");
    }

    @Test
    void aDuplicatedMediaIdIsReportedNamingTheAssetThatRepeatsIt() throws IOException {
        Path file = batch(post("p-1"),
                post("p-2", p -> ((ArrayNode) p.get("media")).addObject().put("id", "img-1").put("kind", "VIDEO")),
                post("p-3", p -> p.putObject("shared").putArray("media").addObject().put("id", "img-1")
                        .put("kind", "PHOTO")),
                post("p-4"));

        assertOutput(evaluate(file), file, "p-1",
                "!media[1].id: not unique", "!shared.media[0].id: not unique", "p-4");
    }

    @Test
    void aLastLineCutShortWithoutANewlineIsReportedAsTheLastRecord() throws IOException {
        String cut = new String(post("p-3"), StandardCharsets.UTF_8);
        Path file = batch(post("p-1"), post("p-2"));
        Files.write(file, text(cut.substring(0, cut.indexOf("\"kind\""))), java.nio.file.StandardOpenOption.APPEND);

        assertOutput(evaluate(file), file, "p-1", "p-2", "!not valid JSON at column|(field media[0].id): Unexpected end-of-input");
    }

    @Test
    void aFirstLineCutShortDoesNotTurnTheFileIntoOneDocument() throws IOException {
        String first = new String(post("p-1"), StandardCharsets.UTF_8);
        Path file = batch(text(first.substring(0, first.indexOf("\"author\""))), post("p-2"), text("{\"id\":"), post("p-4"));

        assertOutput(evaluate(file), file,
                "!not valid JSON at column|Unexpected end-of-input", "p-2", "!not valid JSON", "p-4");
    }

    @Test
    void aByteOrderMarkAtTheStartOfTheFileOrOfALineIsDropped() throws IOException {
        byte[] bom = bytes(0xEF, 0xBB, 0xBF);
        Path file = batch(concat(bom, post("p-1")), post("p-2", p -> p.remove("postedAt")), concat(bom, post("p-3")));

        assertOutput(evaluate(file), file, "p-1", "!postedAt: required", "p-3");
    }

    @Test
    void crlfLineEndsAreAcceptedAndCountedAsOneLineEach() throws IOException {
        Path file = batch("\r\n", post("p-1"), post("p-2", p -> p.put("action", "TWEET")), text(""), post("p-4"));

        assertOutput(evaluate(file), file, "p-1", "!action: unknown word", "!empty line", "p-4");
    }

    @Test
    void aLineThatIsNotUtf8IsReportedNamingTheFieldAndTheNextLinesStillParse() throws IOException {
        String post = new String(post("p-2"), StandardCharsets.UTF_8);
        int at = post.indexOf("Proud") + 5;
        byte[] head = text(post.substring(0, at));
        byte[] tail = text(post.substring(at));
        Path file = batch(post("p-1"),
                concat(head, bytes(0xFF), tail),
                concat(head, bytes(0xC3, '('), tail),
                concat(head, bytes(0xED, 0xA0, 0x80), tail), // an encoded surrogate
                concat(head, bytes(0xC0, 0xAF), tail), // an overlong encoding of '/'
                concat(head, bytes(0xE2, 0x82), tail), // cut short
                concat(bytes(0x80), post("p-7")),
                post("p-8", p -> p.put("text", "Café ☕ 🌅 שבת")));

        assertOutput(evaluate(file), file, "p-1",
                "!line is not valid UTF-8: byte 0xFF at byte " + (head.length + 1) + " of the line, in field text",
                "!line is not valid UTF-8: byte 0xC3 at byte " + (head.length + 1) + " of the line, in field text",
                "!line is not valid UTF-8: byte 0xED at byte " + (head.length + 1) + " of the line, in field text",
                "!line is not valid UTF-8: byte 0xC0 at byte " + (head.length + 1) + " of the line, in field text",
                "!line is not valid UTF-8: byte 0xE2 at byte " + (head.length + 1) + " of the line, in field text",
                "!line is not valid UTF-8: byte 0x80 at byte 1 of the line",
                "p-8");
    }

    @Test
    void anEmptyOrBlankLineIsReportedAsAnEmptyLineWhereverItIs() throws IOException {
        Path file = batch(text(""), text("  \t"), post("p-3"), text(""), text("\r"), post("p-6"), text(" "));

        assertOutput(evaluate(file), file, "!empty line", "!empty line", "p-3", "!empty line", "!empty line", "p-6",
                "!empty line");
    }

    @Test
    void aTenMegabytePostIsEvaluated() throws IOException {
        String text = "Proud day at the promotion ceremony. ".repeat(CorruptBatch.TEN_MB / 37 + 1);
        Path file = batch(post("p-1"), post("p-2", p -> p.put("text", text)), post("p-3", p -> p.remove("id")),
                post("p-4"));
        assertTrue(Files.size(file) > CorruptBatch.TEN_MB);

        assertOutput(evaluate(file), file, "p-1", "p-2", "!id: required", "p-4");
    }

    @Test
    void aLineLongerThanTheLimitIsReportedWithoutBeingReadAndTheNextLineStillParses() throws IOException {
        Path file = batch(post("p-1"), post("p-2", p -> p.put("text", "x".repeat(PostReader.MAX_LINE_BYTES))),
                post("p-3"));

        assertOutput(evaluate(file), file, "p-1", "!line longer than 16777216 bytes", "p-3");
    }

    @Test
    void theLineLimitCountsTheLineWithoutItsLineEnd() {
        byte[] exactly = "x".repeat(10).getBytes(StandardCharsets.US_ASCII);
        InputStream in = new ByteArrayInputStream(concat(exactly, text("\r\n"), exactly, text("x\n"), exactly));
        List<String> errors = new java.util.ArrayList<>();
        PostReader.read(in, 10, entry -> errors.add(entry.line() + " " + entry.error()));

        assertEquals(List.of("1 not valid JSON at column 1: Unrecognized token: was expecting "
                + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "2 line longer than 10 bytes", "3 not valid JSON at column 1: Unrecognized token: was "
                + "expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"), errors);
    }

    @Test
    void standardInputIsReadLineByLineLikeAFile() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(concat(post("p-1"), text("\n"), bytes(0xFF), text("\n"), post("p-3"))));

            Run run = Run.policyCheck("evaluate");

            assertOutput(run, Path.of("-"), "p-1", "!line is not valid UTF-8: byte 0xFF at byte 1", "p-3");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void aTenThousandLineBatchWithOnePercentCorruptedLinesOfEveryKindLosesNothing() throws IOException {
        CorruptBatch.Batch batch = CorruptBatch.generate(dir.resolve("batch.jsonl"), 10_000, 100, false, 6L);
        assertEquals(100, batch.errors().size(), "one line in a hundred, the last one cut short among them");

        Run run = evaluate(batch.file());
        Path out = Files.writeString(dir.resolve("out.jsonl"), run.out());

        assertEquals(1, run.status(), run.err());
        CorruptBatch.Result result = CorruptBatch.check(batch, out);
        assertTrue(result.passed(), result::toString);
        assertEquals(10_000, result.outputLines());
        assertEquals(100, result.errorsReported());
    }
}
