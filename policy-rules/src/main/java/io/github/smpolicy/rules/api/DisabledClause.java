package io.github.smpolicy.rules.api;

/** A clause the agency profile switched off: its concerns are withdrawn as soon as they are raised. */
public record DisabledClause(String clause) {
    public String getClause() {
        return clause;
    }
}
