package io.github.smpolicy.examples;

import io.github.smpolicy.rules.AgencyProfile;
import io.github.smpolicy.rules.PolicyEvaluator;
import java.util.List;

/**
 * {@code --semantic}: the one place that names {@code policy-semantic}, an optional dependency of this
 * artifact. A project that uses the codec or the test kit without it never loads the analyser (nor ONNX
 * Runtime); asking for it without the module on the classpath is a configuration error that says which
 * artifact to add.
 */
final class SemanticOption {
    private static final String ANALYSER = "io.github.smpolicy.semantic.SemanticAnalyser";

    private SemanticOption() {
    }

    /** Whether {@code policy-semantic} is on the classpath. */
    static boolean available() {
        try {
            Class.forName(ANALYSER, false, SemanticOption.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Adds the semantic analyser for {@code profile} to {@code builder}.
     *
     * @throws AgencySetup.Failure when {@code policy-semantic} is not on the classpath
     */
    static void add(PolicyEvaluator.Builder builder, AgencyProfile profile) {
        if (!available()) {
            throw new AgencySetup.Failure("the semantic analyser is not on the classpath", List.of(
                    "add the dependency io.github.smpolicy:policy-semantic (it brings ONNX Runtime and the model,"
                            + " ~134 MB), or leave out --semantic"));
        }
        Loaded.add(builder, profile);
    }

    /** Loaded only once the module is known to be there. */
    private static final class Loaded {
        static void add(PolicyEvaluator.Builder builder, AgencyProfile profile) {
            builder.analyser(io.github.smpolicy.semantic.SemanticAnalyser.forProfile(profile));
        }
    }
}
