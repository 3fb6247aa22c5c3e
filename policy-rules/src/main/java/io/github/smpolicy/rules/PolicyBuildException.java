package io.github.smpolicy.rules;

import java.util.List;

/** An evaluator could not be built: the rules did not compile, or the profile is inconsistent. */
public final class PolicyBuildException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public PolicyBuildException(List<String> problems) {
        super("the policy could not be built:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, each naming its file, line and cause where it has them. */
    public List<String> problems() {
        return problems;
    }
}
