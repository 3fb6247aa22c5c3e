package io.github.smpolicy.rules.api;

/**
 * A clause the agency profile switched off: its concerns are withdrawn as soon as they are raised.
 *
 * @param clause the clause id
 */
public record DisabledClause(String clause) {
    /**
     * The clause id, under the bean name rules match on.
     *
     * @return the clause id
     */
    public String getClause() {
        return clause;
    }
}
