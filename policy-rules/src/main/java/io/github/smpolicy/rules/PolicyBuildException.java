package io.github.smpolicy.rules;

import java.util.List;

/**
 * The one configuration exception: an evaluator or a profile could not be built, because the rules did
 * not compile, or the profile is inconsistent. It lists every problem found, not the first. It is an
 * {@link IllegalArgumentException}, so code that caught the profile's {@code IllegalArgumentException}
 * still does.
 */
public final class PolicyBuildException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** Every problem found, in the order found; serialized with the exception. */
    private final List<String> problems;

    /**
     * An exception listing {@code problems}.
     *
     * @param problems every problem found, each naming its file, line and cause where it has them
     */
    public PolicyBuildException(List<String> problems) {
        super("the policy could not be built:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found.
     *
     * @return the problems, each naming its file, line and cause where it has them
     */
    public List<String> problems() {
        return problems;
    }
}
