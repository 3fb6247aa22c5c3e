package io.github.smpolicy.model;

/**
 * The policy a decision was made under.
 *
 * @param id      such as {@code 311.40}
 * @param version the version of the rule set
 */
public record PolicyRef(String id, String version) {
    public PolicyRef {
        Checks.nonBlank(id, "id");
        Checks.nonBlank(version, "version");
    }
}
