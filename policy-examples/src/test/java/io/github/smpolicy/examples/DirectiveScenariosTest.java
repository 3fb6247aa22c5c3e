package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The shared scenarios of Directive 311.40, run through the Java API as an agency's own test would. */
class DirectiveScenariosTest {
    private static final Path BUNDLED = Path.of(TestCommandTest.DIRECTIVE_SCENARIOS);
    private static final Path BUNDLED_TEXT = BUNDLED.resolveSibling("directive-311.40-text.jsonl");
    private static final Path SHARED = Path.of("../../shared/scenarios/directive-311.40.jsonl");
    private static final Path SHARED_TEXT = Path.of("../../shared/scenarios/directive-311.40-text.jsonl");

    @Test
    void everyScenarioOfTheDirectiveGetsTheDecisionItExpects() throws IOException {
        assertAllPass(BUNDLED);
    }

    @Test
    void everyScenarioDecidedByTextAloneGetsTheDecisionItExpects() throws IOException {
        assertAllPass(BUNDLED_TEXT);
    }

    @Test
    void theBundledTextScenariosAreAByteIdenticalCopyOfTheSharedOnes() throws IOException {
        Assumptions.assumeTrue(Files.exists(SHARED_TEXT), "no shared scenarios beside the repository");

        assertArrayEquals(Files.readAllBytes(SHARED_TEXT), Files.readAllBytes(BUNDLED_TEXT),
                BUNDLED_TEXT + " differs from " + SHARED_TEXT + ": copy it again");
    }

    @Test
    void everyScenarioGetsTheDecisionItExpectsWithTheSemanticAnalyserToo() throws IOException {
        // its opinions may add a review where the scenario expects one, never a denial or a missed finding
        assertAllPass(BUNDLED, AgencySetup.portland().withSemantic(true));
        assertAllPass(BUNDLED_TEXT, AgencySetup.portland().withSemantic(true));
    }

    private static void assertAllPass(Path file) throws IOException {
        assertAllPass(file, AgencySetup.portland());
    }

    private static void assertAllPass(Path file, AgencySetup setup) throws IOException {
        List<ScenarioRunner.Result> results = new ScenarioRunner(setup).run(file);

        assertFalse(results.isEmpty(), "no scenario in " + file);
        List<String> failed = results.stream().filter(r -> !r.passed()).map(ScenarioRunner.Result::describe).toList();
        assertTrue(failed.isEmpty(), () -> failed.size() + " of " + results.size() + " scenarios failed:\n  "
                + String.join("\n  ", failed));
    }

    @Test
    void theBundledScenariosAreAByteIdenticalCopyOfTheSharedOnes() throws IOException {
        Assumptions.assumeTrue(Files.exists(SHARED), "no shared scenarios beside the repository");

        assertArrayEquals(Files.readAllBytes(SHARED), Files.readAllBytes(BUNDLED),
                BUNDLED + " differs from " + SHARED + ": copy it again");
    }
}
