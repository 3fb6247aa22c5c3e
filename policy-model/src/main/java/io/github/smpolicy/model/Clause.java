package io.github.smpolicy.model;

/**
 * A clause of a directive, quoted by every finding that cites it.
 *
 * @param id    such as {@code 311.40-1.1}
 * @param title a short title such as {@code Bureau insignia and marked property}
 * @param text  the clause's text, as the directive words it
 */
public record Clause(String id, String title, String text) {
    public Clause {
        Checks.nonBlank(id, "id");
        Checks.nonBlank(title, "title");
        Checks.nonBlank(text, "text");
    }
}
