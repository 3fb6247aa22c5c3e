package io.github.smpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.smpolicy.model.Exemption;
import io.github.smpolicy.model.ApprovalStatus;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Evidence;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Remedy;
import io.github.smpolicy.model.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Assertions on a decision that say what they check in the directive's words; failures show explain(). */
final class DecisionAssertions {
    private DecisionAssertions() {}

    /** The outcome, and exactly these clauses with these verdicts (clause, verdict, clause, verdict …). */
    static void assertDecision(Decision decision, Outcome outcome, Object... clauseVerdicts) {
        Map<String, Verdict> expected = new TreeMap<>();
        for (int i = 0; i < clauseVerdicts.length; i += 2) {
            expected.put((String) clauseVerdicts[i], (Verdict) clauseVerdicts[i + 1]);
        }
        Map<String, Verdict> actual = new TreeMap<>();
        decision.findings().forEach(f -> actual.put(f.clause(), f.verdict()));
        assertEquals(expected, actual, () -> "findings\n" + decision.explain());
        assertEquals(outcome, decision.outcome(), () -> "outcome\n" + decision.explain());
        assertEquals(List.of(), decision.errors(), () -> "errors\n" + decision.explain());
    }

    /** Nothing in the post breaches the directive. */
    static void assertAllowed(Decision decision) {
        assertDecision(decision, Outcome.ALLOW);
    }

    static Finding finding(Decision decision, String clause) {
        return decision.finding(clause).orElseGet(() -> fail("no finding under " + clause + "\n" + decision.explain()));
    }

    static void assertNoFinding(Decision decision, String clause) {
        assertFalse(decision.finding(clause).isPresent(), () -> "unexpected finding under " + clause + "\n"
                + decision.explain());
    }

    /** The finding rests on exactly this evidence. */
    static void assertEvidence(Finding finding, Evidence... evidence) {
        assertEquals(List.of(evidence), finding.evidence(), () -> "evidence of " + finding.clause());
    }

    /** The finding offers exactly these remedy words, in this order. */
    static void assertRemedies(Finding finding, String... actions) {
        assertEquals(List.of(actions), finding.remedies().stream().map(Remedy::action).toList(),
                () -> "remedies of " + finding.clause());
    }

    static Remedy remedy(Finding finding, String action) {
        return finding.remedies().stream().filter(r -> r.action().equals(action)).findFirst()
                .orElseGet(() -> fail("no remedy " + action + " under " + finding.clause() + ": " + finding.remedies()));
    }

    /** Exactly these exceptions were recorded, as (clause, exception, media) triples; media may be null. */
    static void assertExceptions(Decision decision, String... clauseExceptionMedia) {
        List<Exemption> expected = new java.util.ArrayList<>();
        for (int i = 0; i < clauseExceptionMedia.length; i += 3) {
            expected.add(new Exemption(clauseExceptionMedia[i], clauseExceptionMedia[i + 1],
                    clauseExceptionMedia[i + 2]));
        }
        assertEquals(expected, decision.exceptions(), () -> "exceptions\n" + decision.explain());
    }

    static void assertNoException(Decision decision, String exception) {
        assertTrue(decision.exceptions().stream().noneMatch(e -> e.exception().equals(exception)),
                () -> "unexpected exception " + exception + "\n" + decision.explain());
    }

    static void assertNoExceptions(Decision decision) {
        assertEquals(List.of(), decision.exceptions(), () -> "exceptions\n" + decision.explain());
    }

    static ApprovalStatus approval(Decision decision, String id) {
        return decision.approvals().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseGet(() -> fail("no status for approval " + id + "\n" + decision.explain()));
    }

    static void assertApplied(Decision decision, String id) {
        assertApproval(decision, id, ApprovalStatus.Status.APPLIED, null);
    }

    static void assertUnused(Decision decision, String id) {
        assertApproval(decision, id, ApprovalStatus.Status.UNUSED, null);
    }

    static void assertRejected(Decision decision, String id, ApprovalStatus.Reason reason) {
        assertApproval(decision, id, ApprovalStatus.Status.REJECTED, reason);
    }

    static void assertApproval(Decision decision, String id, ApprovalStatus.Status status, ApprovalStatus.Reason reason) {
        ApprovalStatus actual = approval(decision, id);
        assertNotNull(actual);
        assertEquals(new ApprovalStatus(id, status, reason), actual, () -> "approval " + id + "\n" + decision.explain());
    }

    /** The clause of every finding with its verdict, in the decision's order. */
    static Map<String, Verdict> verdicts(Decision decision) {
        Map<String, Verdict> all = new LinkedHashMap<>();
        decision.findings().forEach(f -> all.put(f.clause(), f.verdict()));
        return all;
    }
}
