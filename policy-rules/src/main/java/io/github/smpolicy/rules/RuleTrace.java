package io.github.smpolicy.rules;

import java.util.List;

/**
 * What one rule cites: the clauses it raises concerns for and the exceptions it grants, read from
 * its DRL. The traceability from directive text to rules to scenarios starts here.
 *
 * @param rule       the rule's name
 * @param file       the DRL file it is in
 * @param line       the line its {@code rule} keyword is on
 * @param clauses    clause ids it raises concerns for
 * @param exceptions exceptions it grants, as {@code clause/EXCEPTION}
 */
public record RuleTrace(String rule, String file, int line, List<String> clauses, List<String> exceptions) {
    /**
     * Copies the lists.
     *
     * @param rule       the rule's name
     * @param file       the DRL file it is in
     * @param line       the line its {@code rule} keyword is on
     * @param clauses    clause ids; not {@code null}
     * @param exceptions {@code clause/EXCEPTION} pairs; not {@code null}
     * @throws NullPointerException if a list is, or holds, {@code null}
     */
    public RuleTrace {
        clauses = List.copyOf(clauses);
        exceptions = List.copyOf(exceptions);
    }
}
