package io.github.smpolicy.model;

/**
 * A clause of a directive, quoted by every finding that cites it.
 *
 * @param id    such as {@code 311.40-1.1}
 * @param title a short title such as {@code Bureau insignia and marked property}
 * @param text  the clause's text, as the directive words it
 */
public record Clause(String id, String title, String text) {
    /**
     * Checks the parts.
     *
     * @param id    required, non-empty
     * @param title required, non-empty
     * @param text  required, non-empty
     * @throws IllegalArgumentException if any is {@code null} or empty
     */
    public Clause {
        Checks.nonBlank(id, "id");
        Checks.nonBlank(title, "title");
        Checks.nonBlank(text, "text");
    }
}
