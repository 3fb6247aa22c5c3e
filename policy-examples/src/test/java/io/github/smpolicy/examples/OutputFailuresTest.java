package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Exit statuses, write errors, a closed pipe, --output, out of memory: the command says when output is lost. */
class OutputFailuresTest {
    private static final String SAMPLES = "samples/posts.jsonl";

    @TempDir
    Path dir;

    static String post(String id) {
        return "{\"id\": \"" + id + "\", \"postedAt\": \"2026-03-01T18:20:00Z\", \"author\": {\"id\": \"m-1\"}, "
                + "\"account\": {\"registrationEmail\": \"m1@example.com\"}, \"text\": \"Proud day!\"}";
    }

    Path batch(int posts) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= posts; i++) {
            b.append(post("p-" + i)).append('\n');
        }
        return Files.writeString(dir.resolve("batch.jsonl"), b);
    }

    @Test
    void everyCommandDocumentsTheFourExitStatusesInItsHelp() {
        for (String command : List.of("evaluate", "test", "report")) {
            Run run = Run.policyCheck(command, "--help");

            assertEquals(0, run.status(), run::toString);
            assertTrue(run.out().contains("Exit status:"), run::toString);
            for (String status : List.of("  0 ", "  1 ", "  2 ", "  3 ")) {
                assertTrue(run.out().contains(status), () -> command + " --help lacks status " + status + "\n" + run);
            }
            assertTrue(run.out().contains("output or internal failure"), run::toString);
        }
    }

    /** An output stream that takes {@code limit} bytes, then fails as a full disk does. */
    private static final class FullAfter extends OutputStream {
        private final int limit;
        int written;

        FullAfter(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written + len > limit) {
                throw new IOException("No space left on device");
            }
            written += len;
        }
    }

    @Test
    void aWriteErrorStopsTheBatchWithExitThreeAndAMessage() throws IOException {
        Run run = Run.policyCheckWritingTo(new FullAfter(0), "evaluate", SAMPLES);

        assertEquals(3, run.status(), run::toString);
        assertTrue(run.err().contains("policy-check: cannot write the output: No space left on device"), run::toString);
    }

    @Test
    void devFullExitsWithThree() throws IOException {
        try (FileOutputStream full = new FileOutputStream("/dev/full")) {
            Run run = Run.policyCheckWritingTo(full, "evaluate", SAMPLES);

            assertEquals(3, run.status(), run::toString);
            assertTrue(run.err().contains("cannot write the output"), run::toString);
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theRealCommandRedirectedToDevFullExitsWithThree() throws Exception {
        Process p = Jvm.policyCheck(List.of(), "evaluate", SAMPLES)
                .redirectOutput(ProcessBuilder.Redirect.to(Path.of("/dev/full").toFile())).start();
        String err = Jvm.readAll(p);

        assertEquals(3, p.waitFor(), err);
        assertTrue(err.contains("cannot write the output"), err);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aClosedPipeStopsTheRealCommandLongBeforeTheEndOfTheBatch() throws Exception {
        Path batch = batch(20_000);
        Process p = Jvm.policyCheck(List.of(), "evaluate", "--threads", "1", batch.toString()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertTrue(out.readLine().contains("\"postId\":\"p-1\""));
        } // as `| head -1` does
        String err = Jvm.readAll(p);

        assertEquals(3, p.waitFor(), err);
        Matcher stopped = Pattern.compile("cannot write the output: .*; stopped after (\\d+) records").matcher(err);
        assertTrue(stopped.find(), err);
        assertTrue(Integer.parseInt(stopped.group(1)) < 10_000, err);
    }

    @Test
    void outputGoesToTheFileOnlyWhenCompleteAndNoTemporaryFileIsLeft() throws IOException {
        Path out = dir.resolve("decisions.jsonl");
        Files.writeString(out, "old\n");

        Run run = Run.policyCheck("evaluate", "--output", out.toString(), SAMPLES);

        assertEquals(0, run.status(), run::toString);
        assertEquals("", run.out());
        List<String> lines = Files.readAllLines(out);
        assertEquals(10, lines.size());
        assertTrue(lines.get(0).contains("\"postId\":\"s-01\""), lines.get(0));
        assertEquals(List.of(out), files());
    }

    // An agency rule that throws the VM's own OutOfMemoryError on one post: a request larger than any heap.
    static final String OUT_OF_MEMORY_DRL = """
            package io.github.smpolicy.rules.api;

            rule "311.40-1.3 allocates without bound on one post"
            when
                PostFact( id == "p-300" )
            then
                long[] all = new long[Integer.MAX_VALUE - 8];
                System.err.println(all.length);
            end
            """;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void outOfMemoryEndsTheBatchWithThreeAndLeavesTheOutputFileUntouched() throws IOException {
        Path rules = Files.writeString(dir.resolve("oom.drl"), OUT_OF_MEMORY_DRL);
        Path out = Files.writeString(dir.resolve("decisions.jsonl"), "old\n");
        Path batch = batch(600);

        Run run = Run.policyCheck("evaluate", "--rules", rules.toString(), "--output", out.toString(), batch.toString());

        assertEquals(3, run.status(), run::toString);
        assertTrue(run.err().contains("policy-check: out of memory"), run::toString);
        assertEquals("old\n", Files.readString(out));
        assertEquals(List.of(batch, out, rules).stream().sorted().toList(), files());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theRealCommandExhaustingItsHeapExitsWithThreeInsteadOfHanging() throws Exception {
        Path rules = Files.writeString(dir.resolve("hog.drl"), """
                package io.github.smpolicy.rules.api;

                rule "311.40-1.3 keeps everything on one post"
                when
                    PostFact( id == "p-50" )
                then
                    java.util.List<long[]> all = new java.util.ArrayList<>();
                    while (true) { all.add(new long[1 << 16]); if (all.isEmpty()) { break; } }
                end
                """);
        Path batch = batch(200);
        Process p = Jvm.policyCheck(List.of("-Xmx128m"), "evaluate", "--rules", rules.toString(), batch.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = Jvm.readAll(p);

        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "still running: " + err);
        assertEquals(3, p.exitValue(), err);
        assertTrue(err.contains("out of memory"), err);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void sigtermEndsTheRealCommandWaitingForInput() throws Exception {
        Process p = Jvm.policyCheck(List.of(), "evaluate").start(); // standard input stays open: it waits
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            p.getOutputStream().write((post("p-1") + "\n").getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().flush();
            assertTrue(out.readLine().contains("\"postId\":\"p-1\""), "the lone post is answered at once");
            p.destroy(); // SIGTERM

            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "SIGTERM did not end policy-check");
            assertFalse(p.isAlive());
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
