package io.github.smpolicy.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer for one post: an immutable value that can be stored, shown and audited.
 *
 * <p>The outcome always agrees with the findings: it is the strongest verdict among them
 * ({@code DENY} for a violation, {@code REVIEW} for a review, {@code ALLOW} for none), raised to at
 * least {@code REVIEW} when an error was met. A decision that breaks this cannot be constructed.
 *
 * @param postId     the post's id
 * @param outcome    {@code ALLOW}, {@code REVIEW} or {@code DENY}
 * @param policy     the policy and rule-set version that decided
 * @param findings   one per clause, strongest verdict first, then by clause
 * @param exceptions exceptions that lifted or softened a finding
 * @param approvals  one status per approval the post carried, in the post's order
 * @param errors     what went wrong while evaluating; empty when nothing did
 * @param audit      digests of the post and of the rules, and the time of evaluation; {@code null}
 *                   only for a decision built by hand
 */
public record Decision(String postId, Outcome outcome, PolicyRef policy, List<Finding> findings,
        List<Exemption> exceptions, List<ApprovalStatus> approvals, List<EvaluationError> errors,
        Audit audit) {

    /**
     * Copies the lists and checks that the outcome agrees with the findings and errors.
     *
     * @param postId     required, non-empty
     * @param outcome    required; the findings' strongest verdict when there is no error; with errors, at
     *                   least that and at least {@code REVIEW}
     * @param policy     required
     * @param findings   {@code null} is read as none
     * @param exceptions {@code null} is read as none
     * @param approvals  {@code null} is read as none
     * @param errors     {@code null} is read as none
     * @param audit      may be {@code null}
     * @throws IllegalArgumentException if a required part is missing, a list holds {@code null}, or the
     *                                  outcome disagrees with the findings and errors
     */
    public Decision {
        Checks.nonBlank(postId, "postId");
        Checks.required(outcome, "outcome");
        Checks.required(policy, "policy");
        findings = Checks.list(findings, "findings");
        exceptions = Checks.list(exceptions, "exceptions");
        approvals = Checks.list(approvals, "approvals");
        errors = Checks.list(errors, "errors");
        Outcome strongest = strongest(findings);
        if (errors.isEmpty() ? outcome != strongest : outcome.compareTo(strongest.max(Outcome.REVIEW)) < 0) {
            throw new IllegalArgumentException("outcome " + outcome + " disagrees with the findings (strongest "
                    + strongest + ") and errors (" + errors.size() + ")");
        }
    }

    /**
     * A decision without an audit record, as one built by hand (tests, fixtures).
     *
     * @param postId     required, non-empty
     * @param outcome    the findings' strongest verdict; with errors, at least that and at least {@code REVIEW}
     * @param policy     required
     * @param findings   one per clause; {@code null} is read as none
     * @param exceptions {@code null} is read as none
     * @param approvals  {@code null} is read as none
     * @param errors     {@code null} is read as none
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public Decision(String postId, Outcome outcome, PolicyRef policy, List<Finding> findings,
            List<Exemption> exceptions, List<ApprovalStatus> approvals, List<EvaluationError> errors) {
        this(postId, outcome, policy, findings, exceptions, approvals, errors, null);
    }

    /**
     * The outcome the findings call for on their own, errors aside.
     *
     * @param findings the findings; not {@code null}
     * @return {@code DENY} if one is a violation, else {@code REVIEW} if there is any, else {@code ALLOW}
     */
    public static Outcome strongest(List<Finding> findings) {
        Outcome outcome = Outcome.ALLOW;
        for (Finding f : findings) {
            outcome = outcome.max(f.verdict().outcome());
        }
        return outcome;
    }

    /**
     * The finding for a clause, if there is one.
     *
     * @param clause the clause id, such as {@code 311.40-1.1}
     * @return the finding, or empty when the decision has none for that clause
     */
    public java.util.Optional<Finding> finding(String clause) {
        return findings.stream().filter(f -> f.clause().equals(clause)).findFirst();
    }

    /**
     * A few plain sentences a member understands: what was found, under which clause, what to do
     * about it, which exception or approval counted and why another did not. Quotes no post text
     * beyond the words matched as evidence.
     *
     * @return one or more lines joined by {@code \n}, the outcome first
     */
    public String explain() {
        return explain(Remedy.DIRECTIVE_HEAD);
    }

    /**
     * {@link #explain()} for the member of an agency whose head has another title than the directive's
     * "Chief of Police": whose permission to obtain, whose authorship is exempt. {@code
     * PolicyEvaluator.explain(Decision)} passes its profile's title.
     *
     * @param head the title of the agency's head, such as {@code Sheriff}
     * @return one or more lines joined by {@code \n}, the outcome first
     */
    public String explain(String head) {
        Checks.nonBlank(head, "head");
        List<String> lines = new ArrayList<>();
        lines.add(switch (outcome) {
            case ALLOW -> "Post " + postId + " may be published: nothing in it breaches the directive.";
            case REVIEW -> "Post " + postId + " needs a reviewer's decision before it is published.";
            case DENY -> "Post " + postId + " breaches the directive and should not be published as it is.";
        });
        for (Finding f : findings) {
            String kind = f.verdict() == Verdict.VIOLATION ? "Breach of " : "Possible breach of ";
            lines.add(kind + f.clause() + ": " + f.message() + " (" + String.join("; ",
                    f.evidence().stream().map(Evidence::describe).toList()) + ".)");
            if (!f.remedies().isEmpty()) {
                lines.add("  To resolve it: " + String.join(", or ", f.remedies().stream().map(r -> r.describe(head)).toList())
                        + ".");
            }
        }
        for (Exemption e : exceptions) {
            lines.add("Exception " + e.exception() + " applied under " + e.describe(head) + ".");
        }
        for (ApprovalStatus a : approvals) {
            lines.add(capitalize(a.describe()) + ".");
        }
        for (EvaluationError e : errors) {
            lines.add("The evaluation met an error in " + e.rule() + " (" + e.message()
                    + "), so the post cannot be allowed without a person's review.");
        }
        return String.join("\n", lines);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
