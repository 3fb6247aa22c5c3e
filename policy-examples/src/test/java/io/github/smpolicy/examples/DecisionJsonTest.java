package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.smpolicy.model.Exemption;
import io.github.smpolicy.model.Audit;
import io.github.smpolicy.model.ApprovalStatus;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.EvaluationError;
import io.github.smpolicy.model.Evidence;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.PolicyRef;
import io.github.smpolicy.model.Remedy;
import io.github.smpolicy.model.Role;
import io.github.smpolicy.model.TextSpan;
import io.github.smpolicy.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionJsonTest {

    /** A decision with every kind of evidence, optional fields present and absent. */
    static Decision example() {
        Finding finding = new Finding("311.40-1.1", Verdict.VIOLATION, "insignia", "It shows a badge.",
                "Post no badges.",
                List.of(new Evidence.MediaEvidence("img-2", "MARKED_VEHICLE", 1.0),
                        new Evidence.TextEvidence(new TextSpan(12, 28, "IA investigation", "post"),
                                "ADMINISTRATIVE_INVESTIGATION", 0.8),
                        new Evidence.TextEvidence(new TextSpan(0, 11, "those again", "shared"), "PROTECTED_CLASS_BIAS", 0.6,
                                "all-MiniLM-L6-v2-q, heads 1", true),
                        new Evidence.LabelEvidence("THREAT_OF_VIOLENCE", 0.95, null, "shared"),
                        new Evidence.LabelEvidence("UNION_ACTIVITY", 0.7, "member", "post"),
                        new Evidence.AccountEvidence("registrationEmail")),
                List.of(new Remedy(Remedy.OBTAIN_PERMISSION, List.of(Role.CHIEF_OF_POLICE, Role.CHIEF_DESIGNEE),
                        List.of("img-2"))));
        return new Decision("p-17", Outcome.DENY, new PolicyRef("311.40", "1"), List.of(finding),
                List.of(new Exemption("311.40-1.1", "CEREMONY_PHOTO", "img-1"),
                        new Exemption("311.40-P2", "PIO_AUTHOR", null)),
                List.of(new ApprovalStatus("a-1", ApprovalStatus.Status.REJECTED, ApprovalStatus.Reason.EXPIRED),
                        new ApprovalStatus("a-2", ApprovalStatus.Status.UNUSED, null)),
                List.of(new EvaluationError("evaluator", "rules fired too often")),
                new Audit("sha256:ab", "sha256:cd", java.time.Instant.parse("2026-03-01T18:20:01.123Z")));

    }

    @Test
    void aDecisionIsWrittenInTheContractsShapeWithNullOptionalFieldsLeftOut() {
        Decision decision = example();

        assertEquals(Json.parse("""
                {"postId": "p-17", "outcome": "DENY", "policy": {"id": "311.40", "version": "1"},
                 "findings": [{"clause": "311.40-1.1", "verdict": "VIOLATION", "rule": "insignia",
                   "message": "It shows a badge.", "clauseText": "Post no badges.",
                   "evidence": [
                     {"media": "img-2", "element": "MARKED_VEHICLE", "confidence": 1.0},
                     {"text": {"start": 12, "end": 28, "match": "IA investigation", "in": "post"},
                      "signal": "ADMINISTRATIVE_INVESTIGATION", "confidence": 0.8},
                     {"text": {"start": 0, "end": 11, "match": "those again", "in": "shared"},
                      "signal": "PROTECTED_CLASS_BIAS", "confidence": 0.6, "source": "all-MiniLM-L6-v2-q, heads 1",
                      "opinion": true},
                     {"label": "THREAT_OF_VIOLENCE", "confidence": 0.95, "in": "shared"},
                     {"label": "UNION_ACTIVITY", "confidence": 0.7, "source": "member", "in": "post"},
                     {"account": "registrationEmail"}],
                   "remedies": [{"action": "OBTAIN_PERMISSION", "from": ["CHIEF_OF_POLICE", "CHIEF_DESIGNEE"],
                                 "media": ["img-2"]}]}],
                 "exceptions": [{"clause": "311.40-1.1", "exception": "CEREMONY_PHOTO", "media": "img-1"},
                                {"clause": "311.40-P2", "exception": "PIO_AUTHOR"}],
                 "approvals": [{"id": "a-1", "status": "REJECTED", "reason": "EXPIRED"},
                               {"id": "a-2", "status": "UNUSED"}],
                 "errors": [{"rule": "evaluator", "message": "rules fired too often"}],
                 "audit": {"postDigest": "sha256:ab", "policyDigest": "sha256:cd",
                           "evaluatedAt": "2026-03-01T18:20:01.123Z"}}
                """), Json.parse(DecisionJson.toJson(decision)));
    }
}
