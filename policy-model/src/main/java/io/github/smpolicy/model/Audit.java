package io.github.smpolicy.model;

import java.time.Instant;

/**
 * What a reviewer needs to show, months later, exactly what was evaluated under which rules.
 *
 * @param postDigest   {@code sha256:<hex>} of the post's canonical JSON (see the README, "Audit record")
 * @param policyDigest {@code sha256:<hex>} of the rule set and profile that decided
 * @param evaluatedAt  when the decision was made
 */
public record Audit(String postDigest, String policyDigest, Instant evaluatedAt) {
    /**
     * Checks the parts.
     *
     * @param postDigest   required, non-empty
     * @param policyDigest required, non-empty
     * @param evaluatedAt  required
     * @throws IllegalArgumentException if any is missing
     */
    public Audit {
        Checks.nonBlank(postDigest, "postDigest");
        Checks.nonBlank(policyDigest, "policyDigest");
        Checks.required(evaluatedAt, "evaluatedAt");
    }
}
