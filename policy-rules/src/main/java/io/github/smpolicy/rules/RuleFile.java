package io.github.smpolicy.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An agency's DRL file: its name (used in every build message about it) and its text.
 *
 * @param name such as {@code rules/undercover.drl}
 * @param drl  the rules, in DRL
 */
public record RuleFile(String name, String drl) {
    /**
     * Checks the parts.
     *
     * @param name required
     * @param drl  required
     * @throws NullPointerException if either is {@code null}
     */
    public RuleFile {
        Objects.requireNonNull(name, "rules[].name");
        Objects.requireNonNull(drl, "rules[].drl");
    }

    /**
     * Reads a DRL file, naming it by its path.
     *
     * @param file the file, read as UTF-8
     * @return the rule file, named {@code file.toString()}
     * @throws IOException if the file cannot be read
     */
    public static RuleFile read(Path file) throws IOException {
        return new RuleFile(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }
}
