package io.github.smpolicy.model;

import java.util.List;

/**
 * One clause the post breaches, or may breach: everything a reviewer needs to act on it.
 *
 * @param clause     the clause id, such as {@code 311.40-1.1}
 * @param verdict    {@code VIOLATION} or {@code REVIEW}
 * @param rule       the name of the rule that raised it
 * @param message    one sentence a member understands
 * @param clauseText the clause's text, quoted from the directive
 * @param evidence   what it rests on; at least one item
 * @param remedies   what the member can do about it
 */
public record Finding(String clause, Verdict verdict, String rule, String message, String clauseText,
        List<Evidence> evidence, List<Remedy> remedies) {
    /**
     * Copies the lists and checks the parts.
     *
     * @param clause     required, non-empty
     * @param verdict    required
     * @param rule       required, non-empty
     * @param message    required, non-empty
     * @param clauseText required, non-empty
     * @param evidence   at least one item, none {@code null}
     * @param remedies   {@code null} is read as none
     * @throws IllegalArgumentException if any of these does not hold
     */
    public Finding {
        Checks.nonBlank(clause, "clause");
        Checks.required(verdict, "verdict");
        Checks.nonBlank(rule, "rule");
        Checks.nonBlank(message, "message");
        Checks.nonBlank(clauseText, "clauseText");
        evidence = Checks.list(evidence, "evidence");
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("evidence must name what the finding rests on");
        }
        remedies = Checks.list(remedies, "remedies");
    }
}
