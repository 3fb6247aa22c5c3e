package io.github.smpolicy.model;

/**
 * The policy a decision was made under.
 *
 * @param id      such as {@code 311.40}
 * @param version the version of the rule set
 */
public record PolicyRef(String id, String version) {
    /**
     * Checks the parts.
     *
     * @param id      required, non-empty
     * @param version required, non-empty
     * @throws IllegalArgumentException if either is {@code null} or empty
     */
    public PolicyRef {
        Checks.nonBlank(id, "id");
        Checks.nonBlank(version, "version");
    }
}
