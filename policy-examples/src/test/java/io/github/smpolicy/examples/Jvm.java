package io.github.smpolicy.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code policy-check} in a JVM of its own, through its real {@code main}: real standard streams, real exit. */
final class Jvm {
    private Jvm() {}

    /** A process builder running {@code policy-check args}, with {@code jvmOptions} before the class. */
    static ProcessBuilder policyCheck(List<String> jvmOptions, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, PolicyCheck.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE);
    }

    static String readAll(Process p) throws IOException {
        return new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
