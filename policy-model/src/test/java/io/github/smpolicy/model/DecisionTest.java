package io.github.smpolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionTest {
    private static final PolicyRef POLICY = new PolicyRef("311.40", "0.1.0");

    private static Finding finding(String clause, Verdict verdict) {
        return new Finding(clause, verdict, "rule", "A message.", "The clause text.",
                List.of(new Evidence.MediaEvidence("img-1", Labels.BADGE, 1.0)), List.of());
    }

    private static Decision decision(Outcome outcome, List<Finding> findings, List<EvaluationError> errors) {
        return new Decision("p-1", outcome, POLICY, findings, List.of(), List.of(), errors);
    }

    @Test
    void anOutcomeWeakerThanTheFindingsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> decision(Outcome.ALLOW, List.of(finding("311.40-1.1", Verdict.VIOLATION)), List.of()));

        assertTrue(e.getMessage().startsWith("outcome ALLOW disagrees with the findings"), e.getMessage());
    }

    @Test
    void anOutcomeStrongerThanTheFindingsWithoutAnErrorIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> decision(Outcome.DENY, List.of(finding("311.40-1.2", Verdict.REVIEW)), List.of()));
        assertThrows(IllegalArgumentException.class, () -> decision(Outcome.REVIEW, List.of(), List.of()));
    }

    @Test
    void anErrorNeverAllows() {
        List<EvaluationError> error = List.of(new EvaluationError("evaluator", "it broke"));

        assertThrows(IllegalArgumentException.class, () -> decision(Outcome.ALLOW, List.of(), error));
        assertEquals(Outcome.REVIEW, decision(Outcome.REVIEW, List.of(), error).outcome());
        assertEquals(Outcome.DENY, decision(Outcome.DENY, List.of(), error).outcome());
    }

    @Test
    void theOutcomeIsTheStrongestVerdict() {
        assertEquals(Outcome.ALLOW, Decision.strongest(List.of()));
        assertEquals(Outcome.REVIEW, Decision.strongest(List.of(finding("311.40-1.2", Verdict.REVIEW))));
        assertEquals(Outcome.DENY, Decision.strongest(List.of(finding("311.40-1.2", Verdict.REVIEW),
                finding("311.40-1.1", Verdict.VIOLATION))));
        assertEquals(Outcome.DENY, decision(Outcome.DENY, List.of(finding("311.40-1.2", Verdict.REVIEW),
                finding("311.40-1.1", Verdict.VIOLATION)), List.of()).outcome());
    }

    @Test
    void requiredFieldsAreNamedWhenMissing() {
        assertEquals("postId must not be empty", assertThrows(IllegalArgumentException.class,
                () -> new Decision("", Outcome.ALLOW, POLICY, null, null, null, null)).getMessage());
        assertEquals("outcome is required", assertThrows(IllegalArgumentException.class,
                () -> new Decision("p-1", null, POLICY, null, null, null, null)).getMessage());
        assertEquals("policy is required", assertThrows(IllegalArgumentException.class,
                () -> new Decision("p-1", Outcome.ALLOW, null, null, null, null, null)).getMessage());
    }

    @Test
    void aFindingNeedsEvidence() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Finding("311.40-1.1",
                Verdict.VIOLATION, "rule", "A message.", "Text.", List.of(), List.of()));

        assertTrue(e.getMessage().startsWith("evidence "), e.getMessage());
    }

    @Test
    void aTextSpanMustMatchItsLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TextSpan(0, 5, "abc", "post"));

        assertTrue(e.getMessage().contains("match length 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TextSpan(4, 2, "", "post"));
    }

    @Test
    void listsAreImmutableCopies() {
        List<Finding> findings = new ArrayList<>(List.of(finding("311.40-1.1", Verdict.VIOLATION)));
        List<Exemption> exceptions = new ArrayList<>();
        Decision decision = new Decision("p-1", Outcome.DENY, POLICY, findings, exceptions, null, null);

        findings.add(finding("311.40-1.2", Verdict.REVIEW));
        exceptions.add(new Exemption("311.40-1.1", Exemption.CEREMONY_PHOTO, "img-1"));

        assertEquals(1, decision.findings().size());
        assertEquals(List.of(), decision.exceptions());
        assertEquals(List.of(), decision.approvals());
        assertEquals(List.of(), decision.errors());
        assertThrows(UnsupportedOperationException.class, () -> decision.findings().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> decision.errors().add(new EvaluationError("x", "y")));
    }

    @Test
    void aFindingsEvidenceAndRemediesAreImmutableCopies() {
        List<Evidence> evidence = new ArrayList<>(List.of(new Evidence.AccountEvidence("registrationEmail")));
        Finding finding = new Finding("311.40-1.9", Verdict.VIOLATION, "rule", "m", "t", evidence, null);

        evidence.clear();

        assertEquals(1, finding.evidence().size());
        assertEquals(List.of(), finding.remedies());
        assertThrows(UnsupportedOperationException.class, () -> finding.evidence().clear());
    }

    @Test
    void aFindingIsFoundByItsClause() {
        Decision decision = decision(Outcome.DENY, List.of(finding("311.40-1.1", Verdict.VIOLATION)), List.of());

        assertEquals(Verdict.VIOLATION, decision.finding("311.40-1.1").orElseThrow().verdict());
        assertTrue(decision.finding("311.40-1.9").isEmpty());
    }
}
