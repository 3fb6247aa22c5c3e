/**
 * The rule-authoring API: the facts the rules of a policy reason about, and the facts rules insert.
 * Standard and agency DRL run in one rule base and see the same facts.
 *
 * <h2>Facts a rule may match</h2>
 * Inserted by the evaluator for every post, all immutable: one {@link PostFact} (action, author's
 * role, account use, registration email, time, whether the member added words of their own) and one
 * {@link PolicySettings} (thresholds, agency email domains); an {@link AssetFact} per media asset
 * and a {@link DepictionFact} per depiction; a {@link SignalFact} per content label or analyser
 * signal; an {@link ApprovalFact} per approval. {@code sharing.drl} adds an {@link Attribution} per
 * origin whose content counts, with the strongest verdict it may reach.
 *
 * <h2>The one way to raise a finding, an exception or a remedy</h2>
 * <ul>
 * <li>A finding: {@code insert(new Concern(clause, drools.getRule().getName(), message, confidence,
 * cap, evidence, mediaId, List.of(remedies…)))}. The clause must be in the catalogue (the agency
 * profile's {@code clauses} or the directive's); {@code build()} checks every literal clause id of a
 * {@code new Concern("…"} and fails naming the file and line. Thresholds, exceptions, the union
 * exemption and the outcome are applied to it by the standard rules.</li>
 * <li>An exception: {@code insert(ExceptionGrant.lifting(clause, "WORD", mediaIdOrNull))} lifts the
 * concerns of that clause (about that asset, or all of them) and is reported in the decision.</li>
 * <li>A remedy: a {@link io.github.smpolicy.model.Remedy} in the concern's list; {@link Remedies}
 * builds the contract's words.</li>
 * </ul>
 *
 * <h2>What no rule can bypass</h2>
 * After the rules have run, the evaluator applies 311.40-P3 once more to what the session ended with,
 * from the facts as they went in: a union-labelled post's violations (other than 311.40-1.9) are
 * reviews. A rule that throws makes the decision {@code REVIEW} (or {@code DENY} fail-closed) with the
 * error recorded, never {@code ALLOW}.
 *
 * <p>Rules insert, in this order of salience: {@link ApprovalCheck} (validity, 510–506),
 * {@link Concern} (0), {@link ExceptionGrant} (-50) and {@link ApprovalApplied} (-60),
 * {@link ApprovalOutOfScope} (-70), {@link Judgement} (-100), union softening (-200),
 * {@link ApprovalOutcome} (-250), {@link Conclusion} (-300).
 */
package io.github.smpolicy.rules.api;
