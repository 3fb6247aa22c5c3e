package io.github.smpolicy.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A JSONL batch of valid, varied posts in which one line in {@code every} is corrupted, cycling through
 * every kind of bad record a batch meets, and the check that {@code policy-check evaluate} lost none of
 * them. The unit test runs a small one; {@code scripts/corrupt-batch.sh} runs a million lines.
 *
 * <p>Line {@code n} of a batch is the post {@code p-n} or a corrupted record; the first line starts with a
 * byte-order mark, one line in a hundred ends with CRLF, and the last line is cut short without a newline.
 * With {@code huge}, line {@code n/2 + 25} is a valid post of 10 MB and line {@code n/2 + 75} is longer
 * than {@link PostReader#MAX_LINE_BYTES}. Each corrupted line's expected error is a list of words, parts
 * separated by {@code |}, that the error must all contain.
 *
 * <pre>
 * java -cp policy-examples/target/test-classes:policy-examples/target/policy-check.jar \
 *     io.github.smpolicy.examples.CorruptBatch generate 1000000 batch.jsonl   # also writes batch.jsonl.expected
 * java -cp ... io.github.smpolicy.examples.CorruptBatch check batch.jsonl out.jsonl
 * </pre>
 */
final class CorruptBatch {
    /** The kinds of bad record, taken in turn. */
    enum Kind { INVALID_JSON, WRONG_TYPE, MISSING_FIELD, UNKNOWN_WORD, DUPLICATE_MEDIA_ID, TRUNCATED, INVALID_UTF8, EMPTY_LINE }

    static final int TEN_MB = 10 * 1024 * 1024;

    /** A generated batch: how many lines it has, and the error expected on each corrupted line. */
    record Batch(Path file, long lines, Map<Long, String> errors) {}

    /** What a check found; {@code problems} is empty when nothing was lost. */
    record Result(long inputLines, long outputLines, long errorsExpected, long errorsReported, List<String> problems) {
        boolean passed() {
            return problems.isEmpty();
        }

        @Override
        public String toString() {
            return String.format("input lines: %,d%noutput lines: %,d%nerrors expected: %,d%nerrors reported: %,d%n%s",
                    inputLines, outputLines, errorsExpected, errorsReported,
                    problems.isEmpty() ? "check: passed" : "check: FAILED\n  " + String.join("\n  ", problems));
        }
    }

    private static final String[] TEXTS = {
        "Proud day!", "Coffee with neighbours on the east side this morning.", "Ten years on the job today.",
        "Great turnout at the association rally for a fair contract. Solidarity!",
        "Can't say much, but the IA investigation is not going the way people think.",
        "Café con leche après le shift — merci à tous ☕", "Ночная смена закончилась.", "שבת שלום 🌅",
        "Someone should pay that judge a visit at home.", "Looking forward to the community policing conference.",
        "", "Retirement badge, framed at last.", "Fireworks are illegal in the city. Please celebrate safely.",
    };
    private static final String[] ACTIONS = {"PUBLISH", "PUBLISH", "PUBLISH", "SHARE", "COMMENT", "ENDORSE"};
    private static final String[] ROLES = {"MEMBER", "MEMBER", "MEMBER", "MEMBER", "CHIEF_OF_POLICE",
        "CHIEF_DESIGNEE", "PUBLIC_INFORMATION_OFFICER"};
    private static final String[] DEPICTIONS = {"BADGE", "UNIFORM", "MARKED_VEHICLE", "PATCH", "LOGO", "CRIME_SCENE",
        "NAME_PLATE", "FIREARM"};
    private static final String[] LABELS = {"UNION_ACTIVITY", "THREAT_OF_VIOLENCE", "ADMINISTRATIVE_INVESTIGATION",
        "COURT_CASE"};
    private static final String[] KINDS = {"PHOTO", "VIDEO", "IMAGE", "OTHER"};
    private static final String[] OCCASIONS = {"APPOINTMENT", "PROMOTION", "AWARD", "COMMENDATION",
        "OTHER_OFFICIAL_CEREMONY"};

    private CorruptBatch() {}

    public static void main(String... args) throws IOException {
        if (args.length >= 3 && args[0].equals("generate")) {
            boolean huge = !(args.length > 3 && args[3].equals("--no-huge"));
            Batch batch = generate(Path.of(args[2]), Long.parseLong(args[1]), 100, huge, 311_40L);
            writeExpected(batch);
            System.out.printf("generated %s: %,d lines, %,d corrupted, %,d bytes%n", batch.file(), batch.lines(),
                    batch.errors().size(), Files.size(batch.file()));
        } else if (args.length == 3 && args[0].equals("check")) {
            Result result = check(readExpected(Path.of(args[1])), Path.of(args[2]));
            System.out.println(result);
            System.exit(result.passed() ? 0 : 1);
        } else {
            System.err.println("usage: CorruptBatch generate LINES FILE [--no-huge] | check FILE OUT");
            System.exit(2);
        }
    }

    /** Writes an {@code lines}-line batch to {@code file}; line {@code k * every} is corrupted, kinds in turn. */
    static Batch generate(Path file, long lines, int every, boolean huge, long seed) throws IOException {
        Random random = new Random(seed);
        Map<Long, String> errors = new TreeMap<>();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            for (long n = 1; n <= lines; n++) {
                ObjectNode post = post(n, random);
                byte[] line;
                if (n == lines) { // the last line: cut mid-object, no newline
                    out.write(truncated(post, random));
                    errors.put(n, "not valid JSON");
                    break;
                } else if (huge && lines >= 200 && n == lines / 2 + 25) {
                    post.put("text", tenMegabytesOfText(random));
                    line = bytes(post);
                } else if (huge && lines >= 200 && n == lines / 2 + 75) {
                    post.put("text", "x".repeat(PostReader.MAX_LINE_BYTES));
                    line = bytes(post);
                    errors.put(n, "line longer than " + PostReader.MAX_LINE_BYTES + " bytes");
                } else if (n % every == 0) {
                    Kind kind = Kind.values()[(int) ((n / every - 1) % Kind.values().length)];
                    int variant = (int) ((n / every - 1) / Kind.values().length);
                    String[] corrupted = corrupt(kind, variant, post, random);
                    line = corrupted[0].getBytes(StandardCharsets.ISO_8859_1);
                    errors.put(n, corrupted[1]);
                } else {
                    line = bytes(post);
                }
                out.write(line);
                out.write(n % 100 == 50 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
            }
        }
        return new Batch(file, lines, errors);
    }

    private static byte[] bytes(JsonNode json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** A valid post, {@code p-n}, of one of many shapes. */
    static ObjectNode post(long n, Random random) {
        ObjectNode post = Json.MAPPER.createObjectNode();
        String action = pick(ACTIONS, random);
        post.put("id", "p-" + n)
                .put("postedAt", Instant.ofEpochSecond(1_767_225_600L + random.nextInt(31_536_000)).toString())
                .put("action", action);
        String member = "m-" + (1000 + random.nextInt(500));
        post.putObject("author").put("id", member).put("name", "Officer " + member).put("role", pick(ROLES, random));
        post.putObject("account").put("platform", random.nextBoolean() ? "facebook" : "instagram").put("handle", member)
                .put("use", random.nextInt(10) == 0 ? "WORKPLACE" : "PERSONAL")
                .put("registrationEmail", member + (random.nextInt(20) == 0 ? "@police.portlandoregon.gov" : "@example.com"));
        post.put("text", pick(TEXTS, random));
        if (random.nextInt(4) == 0) {
            ArrayNode labels = post.putArray("labels");
            labels.add(pick(LABELS, random));
            if (random.nextBoolean()) {
                labels.addObject().put("name", pick(LABELS, random) + "_X").put("confidence", random.nextInt(101) / 100.0)
                        .put("source", "classifier-x");
            }
        }
        ArrayNode media = post.putArray("media");
        for (int i = 1, count = random.nextInt(3); i <= count; i++) {
            ObjectNode asset = media.addObject().put("id", "img-" + i).put("kind", pick(KINDS, random));
            ArrayNode depicts = asset.putArray("depicts");
            for (int d = random.nextInt(3); d > 0; d--) {
                if (random.nextBoolean()) {
                    depicts.add(pick(DEPICTIONS, random));
                } else {
                    depicts.addObject().put("name", pick(DEPICTIONS, random)).put("confidence", random.nextInt(101) / 100.0);
                }
            }
            boolean depicted = random.nextBoolean();
            asset.put("authorDepicted", depicted).put("authorInUniform", depicted && random.nextBoolean());
            if (random.nextInt(4) == 0) {
                asset.put("occasion", pick(OCCASIONS, random)).put("caption", "Ceremony, " + pick(TEXTS, random));
            }
        }
        if (!action.equals("PUBLISH")) {
            ObjectNode shared = post.putObject("shared").put("text", pick(TEXTS, random));
            if (random.nextBoolean()) {
                shared.putArray("media").addObject().put("id", "shared-1").put("kind", "PHOTO").putArray("depicts")
                        .add(pick(DEPICTIONS, random));
            }
        }
        if (random.nextInt(8) == 0) {
            ObjectNode approval = post.putArray("approvals").addObject().put("id", "a-" + n)
                    .put("kind", random.nextBoolean() ? "PERMISSION" : "PIO_CONSULTATION")
                    .put("grantedAt", "2026-01-01T00:00:00Z").put("revoked", random.nextInt(5) == 0);
            approval.putObject("grantedBy").put("id", "m-1").put("role", "CHIEF_OF_POLICE");
            approval.putArray("clauses").add("311.40-1.1");
            if (random.nextBoolean()) {
                approval.put("expiresAt", "2026-07-01T00:00:00Z");
            }
        }
        return post;
    }

    private static String pick(String[] words, Random random) {
        return words[random.nextInt(words.length)];
    }

    private static String tenMegabytesOfText(Random random) {
        StringBuilder text = new StringBuilder(TEN_MB);
        while (text.length() < TEN_MB - 100) {
            text.append(pick(TEXTS, random)).append(' ');
        }
        return text.toString();
    }

    /** The post's line cut at a random character within it, never whole. */
    private static byte[] truncated(ObjectNode post, Random random) {
        String json = post.toString();
        return json.substring(0, 1 + random.nextInt(json.length() - 1)).getBytes(StandardCharsets.UTF_8);
    }

    /** The corrupted line, as ISO-8859-1 text of its bytes, and the words its error must contain. */
    static String[] corrupt(Kind kind, int variant, ObjectNode post, Random random) {
        ObjectNode author = (ObjectNode) post.get("author");
        ObjectNode asset = ((ArrayNode) post.get("media")).insertObject(0).put("id", "img-0").put("kind", "PHOTO");
        String json = post.toString();
        String line;
        String error;
        switch (kind) {
            case INVALID_JSON -> {
                switch (variant % 3) {
                    case 0 -> { // a missing comma
                        line = json.replaceFirst("(\"id\":\"p-\\d+\"),", "$1 ");
                        error = "(field id)";
                    }
                    case 1 -> { // a word in single quotes
                        line = json.replaceFirst("\"action\":\"(\\w+)\"", "\"action\":'$1'");
                        error = "(field action)";
                    }
                    default -> { // a raw tab inside a string
                        line = json.replaceFirst("\"handle\":\"", "\"handle\":\"\t");
                        error = "(field account.handle)";
                    }
                }
                return new String[] {latin1(line.getBytes(StandardCharsets.UTF_8)), "not valid JSON at column |" + error};
            }
            case WRONG_TYPE -> {
                switch (variant % 5) {
                    case 0 -> {
                        post.put("postedAt", 1_767_225_600L);
                        error = "postedAt: not an ISO-8601 instant";
                    }
                    case 1 -> {
                        asset.put("authorInUniform", "yes");
                        error = "media[0].authorInUniform: not true or false";
                    }
                    case 2 -> {
                        post.put("labels", "UNION_ACTIVITY");
                        error = "labels: not a list";
                    }
                    case 3 -> {
                        post.put("author", author.get("id").asText());
                        error = "author: not a JSON object";
                    }
                    default -> {
                        asset.putArray("depicts").addObject().put("name", "BADGE").put("confidence", "high");
                        error = "media[0].depicts[0].confidence: not a number";
                    }
                }
            }
            case MISSING_FIELD -> {
                String[][] fields = {{"id", "id: required"}, {"postedAt", "postedAt: required"},
                    {"author.id", "author.id: required"}, {"account", "account: required"},
                    {"media[0].kind", "media[0].kind: required"}};
                String[] field = fields[variant % fields.length];
                switch (field[0]) {
                    case "author.id" -> author.remove("id");
                    case "media[0].kind" -> asset.remove("kind");
                    default -> post.remove(field[0]);
                }
                error = field[1];
            }
            case UNKNOWN_WORD -> {
                switch (variant % 4) {
                    case 0 -> {
                        post.put("action", "TWEET");
                        error = "action: unknown word; expected PUBLISH, SHARE, COMMENT or ENDORSE";
                    }
                    case 1 -> {
                        asset.put("kind", "PHOTOGRAPH");
                        error = "media[0].kind: unknown word";
                    }
                    case 2 -> {
                        author.put("role", "SERGEANT");
                        error = "author.role: unknown word";
                    }
                    default -> {
                        asset.put("occasion", "BIRTHDAY");
                        error = "media[0].occasion: unknown word";
                    }
                }
            }
            case DUPLICATE_MEDIA_ID -> {
                ((ArrayNode) post.get("media")).addObject().put("id", "img-0").put("kind", "VIDEO");
                error = "media[" + (post.get("media").size() - 1) + "].id: not unique";
            }
            case TRUNCATED -> {
                return new String[] {latin1(truncated(post, random)), "not valid JSON"};
            }
            case INVALID_UTF8 -> {
                byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC3, '('}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    {(byte) 0xC0, (byte) 0xAF}, {(byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
                post.put("text", "before \u0000MARK after");
                String text = latin1(bytes(post));
                return new String[] {text.replace("\\u0000MARK", latin1(bad[variant % bad.length])),
                    "line is not valid UTF-8: byte 0x|, in field text"};
            }
            default -> { // EMPTY_LINE
                String[] blank = {"", "   ", "\t", "\r"};
                return new String[] {blank[variant % blank.length], "empty line"};
            }
        }
        return new String[] {latin1(bytes(post)), error};
    }

    static void writeExpected(Batch batch) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# lines\t" + batch.lines());
        batch.errors().forEach((line, error) -> lines.add(line + "\t" + error));
        Files.write(Path.of(batch.file() + ".expected"), lines, StandardCharsets.UTF_8);
    }

    static Batch readExpected(Path file) throws IOException {
        Map<Long, String> errors = new TreeMap<>();
        long lines = -1;
        for (String line : Files.readAllLines(Path.of(file + ".expected"), StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t", 2);
            if (parts[0].equals("# lines")) {
                lines = Long.parseLong(parts[1]);
            } else {
                errors.put(Long.parseLong(parts[0]), parts[1]);
            }
        }
        return new Batch(file, lines, errors);
    }

    /** Lines as policy-check counts them: each ends at \n, and a last one without it counts too. */
    static long countLines(Path file) throws IOException {
        long lines = 0;
        int last = '\n';
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[n - 1];
            }
        }
        return last == '\n' ? lines : lines + 1;
    }

    /** Checks {@code out}, what policy-check wrote for the batch: a record per line, in order, each error where expected. */
    static Result check(Batch batch, Path out) throws IOException {
        List<String> problems = new ArrayList<>();
        long inputLines = countLines(batch.file());
        if (inputLines != batch.lines()) {
            problems.add("the batch has " + inputLines + " lines, " + batch.lines() + " were generated");
        }
        long outputLines = 0;
        long errorsReported = 0;
        try (BufferedReader in = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                long n = ++outputLines;
                JsonNode record;
                try {
                    record = Json.parse(text);
                } catch (IllegalArgumentException e) {
                    problem(problems, "output line " + n + " is not one JSON object: " + e.getMessage());
                    continue;
                }
                if (record.has("error")) {
                    errorsReported++;
                }
                String expected = batch.errors().get(n);
                if (expected == null) {
                    if (!record.path("postId").asText().equals("p-" + n) || !record.has("outcome")) {
                        problem(problems, "output line " + n + " is not the decision for p-" + n + ": " + abbreviated(text));
                    }
                } else if (record.path("line").asLong() != n
                        || !record.path("file").asText().equals(batch.file().toString())
                        || !containsAll(record.path("error").asText(), expected)) {
                    problem(problems, "output line " + n + " is not the error '" + expected + "': " + abbreviated(text));
                }
            }
        }
        if (outputLines != inputLines) {
            problems.add(0, "output lines: " + outputLines + ", input lines: " + inputLines);
        }
        return new Result(inputLines, outputLines, batch.errors().size(), errorsReported, problems);
    }

    /** Whether {@code error} holds every part of {@code expected}, parts separated by {@code |}. */
    static boolean containsAll(String error, String expected) {
        for (String part : expected.split("\\|")) {
            if (!error.contains(part)) {
                return false;
            }
        }
        return true;
    }

    private static void problem(List<String> problems, String problem) {
        if (problems.size() < 20) {
            problems.add(problem);
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
