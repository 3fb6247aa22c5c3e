package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code policy-check stream}: its configuration is checked before any broker is contacted, with the CLI's exit statuses. */
class StreamCommandTest {
    private static final String EXAMPLE = "streams/stream.properties";

    @TempDir
    Path dir;

    @Test
    void describePrintsTheTopicsAndTheTopologyWithoutABroker() {
        Run run = Run.policyCheck("stream", "--config", EXAMPLE, "--describe");
        assertEquals(0, run.status(), run::toString);
        assertTrue(run.out().startsWith("posts posts -> decisions decisions, errors post-errors, member view member-view"),
                run::toString);
        assertTrue(run.out().contains("processing.guarantee exactly_once_v2"), run::toString);
        assertTrue(run.out().contains("Sub-topology: 1"), "decide, then the member view behind a repartition: " + run);
    }

    @Test
    void theCommandLinesAgencyAndSemanticOptionsOverrideTheFile() {
        Run run = Run.policyCheck("stream", "--config", EXAMPLE, "--describe",
                "--agency", "agencies/cascade-county/profile.json");
        assertEquals(0, run.status(), run::toString);
        assertTrue(run.out().contains("profile agencies/cascade-county/profile.json"), run::toString);
        assertTrue(run.out().contains("profile reload every PT30S"), run::toString);
    }

    @Test
    void aBadConfigurationIsExitTwoNamingTheKey() throws IOException {
        Path config = Files.writeString(dir.resolve("bad.properties"),
                "application.id=a\nbootstrap.servers=b:9092\nsmpolicy.agnecy=profile.json\n");
        Run run = Run.policyCheck("stream", "--config", config.toString(), "--describe");
        assertEquals(2, run.status(), run::toString);
        assertTrue(run.err().contains("smpolicy.agnecy: unknown key"), run::toString);

        Run missing = Run.policyCheck("stream", "--config", dir.resolve("absent.properties").toString());
        assertEquals(2, missing.status(), missing::toString);
        assertTrue(missing.err().contains("no such file"), missing::toString);

        assertEquals(2, Run.policyCheck("stream").status(), "--config is required");
    }

    @Test
    void aProfileThatDoesNotBuildIsExitTwoWithItsProblems() throws IOException {
        Files.writeString(dir.resolve("profile.json"), "{\"disabledClauses\": [\"311.40-9.9\"]}");
        Path config = Files.writeString(dir.resolve("stream.properties"),
                "application.id=a\nbootstrap.servers=b:9092\nsmpolicy.agency=profile.json\n");
        Run run = Run.policyCheck("stream", "--config", config.toString(), "--describe");
        assertEquals(2, run.status(), run::toString);
        assertTrue(run.err().contains("311.40-9.9"), run::toString);
    }

    @Test
    void helpListsTheOptionsAndExitStatuses() {
        Run run = Run.policyCheck("stream", "--help");
        assertEquals(0, run.status(), run::toString);
        for (String word : new String[] {"--config", "--agency", "--semantic", "--describe", "Exit status:", "exactly_once_v2"}) {
            assertTrue(run.out().contains(word), word + " in\n" + run);
        }
    }
}
