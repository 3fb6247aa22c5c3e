package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code policy-semantic} is an optional dependency: a project that uses the codec, the test kit or the
 * command without it (and without ONNX Runtime) works, and {@code --semantic} then says which artifact to add.
 */
class WithoutSemanticModuleTest {
    private static final List<String> SEMANTIC = List.of("policy-semantic", "onnxruntime", "langchain4j", "djl");

    private static Process run(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String classpath = Arrays.stream(full.split(File.pathSeparator))
                .filter(entry -> SEMANTIC.stream().noneMatch(entry::contains))
                .collect(Collectors.joining(File.pathSeparator));
        assertTrue(full.contains("policy-semantic") && !classpath.contains("policy-semantic"), "the module is removed");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", classpath, PolicyCheck.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    @Test
    void theCommandDecidesWithoutTheSemanticModuleAndSemanticNamesTheArtifactToAdd() throws Exception {
        Process plain = run("evaluate", "samples/posts.jsonl");
        String decisions = new String(plain.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, plain.waitFor(), new String(plain.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        assertFalse(decisions.isBlank());

        Process semantic = run("evaluate", "--semantic", "samples/posts.jsonl");
        String error = new String(semantic.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(PolicyCheck.USAGE, semantic.waitFor(), error);
        assertTrue(error.contains("io.github.smpolicy:policy-semantic"), error);
        assertFalse(error.contains("NoClassDefFoundError"), error);
    }
}
