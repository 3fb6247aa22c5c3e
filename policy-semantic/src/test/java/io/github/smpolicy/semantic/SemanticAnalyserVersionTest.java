package io.github.smpolicy.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.rules.AgencyProfile;
import io.github.smpolicy.rules.PolicyEvaluator;
import io.github.smpolicy.rules.text.TextAnalyser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The semantic analyser names its model and heads, so the {@code policyDigest} covers it (issue 11, finding 6). */
class SemanticAnalyserVersionTest {
    private static Heads heads(String version, double bias) {
        return new Heads(version, List.of(new Heads.Head("311.40-1.6", "THREAT_OF_VIOLENCE", 0.6, bias,
                new float[MiniLm.DIMENSION], Map.of())));
    }

    @Test
    void itsIdNamesTheModelAndItsVersionTheHeadsAndTheLexicon() {
        SemanticAnalyser bundled = SemanticAnalyser.standard();

        assertTrue(bundled.id().contains(MiniLm.NAME), bundled.id());
        assertTrue(bundled.version().startsWith("heads " + Heads.bundled().version() + " sha256:"), bundled.version());
        assertTrue(bundled.version().endsWith("lexicon " + TextAnalyser.standard().version()), bundled.version());
        assertEquals(bundled.version(), SemanticAnalyser.standard().version());
    }

    @Test
    void retrainedHeadsChangeTheVersionEvenUnderTheSameName() {
        AgencyProfile portland = AgencyProfile.portland();
        String v = new SemanticAnalyser(heads("run-1", 0.1), portland).version();

        assertEquals(v, new SemanticAnalyser(heads("run-1", 0.1), portland).version());
        assertNotEquals(v, new SemanticAnalyser(heads("run-1", 0.2), portland).version());
        assertNotEquals(v, new SemanticAnalyser(heads("run-2", 0.1), portland).version());
    }

    @Test
    void anEvaluatorWithTheSemanticAnalyserHasItsOwnPolicyDigest() {
        io.github.smpolicy.model.Post post = io.github.smpolicy.model.Post.builder("p-1",
                java.time.Instant.parse("2026-03-01T18:00:00Z")).action(io.github.smpolicy.model.Action.PUBLISH)
                .author(new io.github.smpolicy.model.Member("m-1", "Officer Dana Reyes", io.github.smpolicy.model.Role.MEMBER))
                .account(io.github.smpolicy.model.Account.personal("dana@example.com")).text("Range day.").build();

        String lexiconOnly = PolicyEvaluator.standard().evaluate(post).audit().policyDigest();
        String semantic = PolicyEvaluator.builder().analyser(SemanticAnalyser.standard()).build().evaluate(post)
                .audit().policyDigest();
        assertNotEquals(lexiconOnly, semantic);
    }

    @Test
    void theBundledHeadsDigestFromTheResourceIsTheDigestOfTheHeadsAsWritten() {
        assertEquals(SemanticAnalyser.digest(Heads.bundled()), SemanticAnalyser.bundledDigest());
        assertTrue(SemanticAnalyser.standard().version().contains(SemanticAnalyser.bundledDigest()));
    }
}
