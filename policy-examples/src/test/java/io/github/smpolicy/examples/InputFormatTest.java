package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSONL is read line by line unless declared or clearly one JSON document: a bad first line costs one line. */
class InputFormatTest {
    private static final int POSTS = 1_000;

    @TempDir
    Path dir;

    private Path batchAfter(String name, String... firstLines) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String line : firstLines) {
            b.append(line).append('\n');
        }
        for (int i = 1; i <= POSTS; i++) {
            b.append(OutputFailuresTest.post("p-" + i)).append('\n');
        }
        return Files.writeString(dir.resolve(name), b);
    }

    private static void assertOnlyTheFirstLinesAreLost(Run run, int bad) {
        assertEquals(1, run.status(), run::toString);
        List<JsonNode> out = run.lines().stream().map(Json::parse).toList();
        assertEquals(bad + POSTS, out.size(), "one output line per input line");
        for (int i = 0; i < bad; i++) {
            assertEquals(i + 1, out.get(i).get("line").asInt(), out.get(i)::toString);
        }
        for (int i = 1; i <= POSTS; i++) {
            assertEquals("p-" + i, out.get(bad + i - 1).get("postId").asText());
        }
    }

    @Test
    void aCorruptFirstLineOpeningAnArrayCostsThatLineOnly() throws IOException {
        for (String name : List.of("batch.jsonl", "batch.txt")) {
            Path batch = batchAfter(name, "[{\"id\": \"p-0\", \"postedAt\": ");

            assertOnlyTheFirstLinesAreLost(Run.policyCheck("evaluate", batch.toString()), 1);
        }
    }

    @Test
    void twoCutFirstLinesThatContinueEachOtherCostThoseLinesOnly() throws IOException {
        Path batch = batchAfter("batch.txt", "{\"id\": \"p-0\", \"postedAt\": \"2026-03-01T18:20:00Z\",",
                "\"registrationEmail\": \"m1@example.com\"}, \"text\": \"Proud day!\"}");

        assertOnlyTheFirstLinesAreLost(Run.policyCheck("evaluate", batch.toString()), 2);
    }

    @Test
    void onStandardInputToo() throws IOException {
        Path batch = batchAfter("batch.txt", "[");
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(batch)));

            assertOnlyTheFirstLinesAreLost(Run.policyCheck("evaluate"), 1);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void aPrettyPrintedPostOnStandardInputIsOnePost() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(OutputFailuresTest.post("p-1").replace(", ", ",\n  ")
                    .getBytes(StandardCharsets.UTF_8)));

            Run run = Run.policyCheck("evaluate");

            assertEquals(0, run.status(), run::toString);
            assertEquals(1, run.lines().size(), run::toString);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void theInputFormatCanBeDeclared() throws IOException {
        String pretty = OutputFailuresTest.post("p-1").replace(", ", ",\n  ");
        Path two = Files.writeString(dir.resolve("two.txt"), pretty + "\n" + pretty.replace("p-1", "p-2") + "\n");

        Run auto = Run.policyCheck("evaluate", two.toString());
        Run json = Run.policyCheck("evaluate", "--input-format", "json", two.toString());
        Run jsonl = Run.policyCheck("evaluate", "--input-format", "jsonl", dir.resolve("two.txt").toString());

        assertEquals(1, auto.status(), "two objects are not clearly one document: JSONL, each line on its own");
        assertEquals(pretty.lines().count() * 2, auto.lines().size(), auto::toString);
        assertEquals(0, json.status(), json::toString);
        assertEquals(2, json.lines().size(), json::toString);
        assertEquals(1, jsonl.status(), jsonl::toString);
        assertEquals(auto.lines().size(), jsonl.lines().size(), jsonl::toString);
        Run help = Run.policyCheck("evaluate", "--help");
        assertTrue(help.out().contains("--input-format") && help.out().contains("clearly is one"), help::toString);
    }
}
