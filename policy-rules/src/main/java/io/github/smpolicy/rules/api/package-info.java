/**
 * The facts the rules of a policy reason about, and the facts rules insert: the rule-authoring API.
 *
 * <p>Input facts, inserted by the evaluator for every post: one {@link PostFact} and one
 * {@link PolicySettings}; an {@link Attribution} for each origin whose content counts (derived by
 * {@code sharing.drl}); an {@link AssetFact} per media asset, a {@link DepictionFact} per depiction,
 * a {@link SignalFact} per content label or analyser signal, an {@link ApprovalFact} per approval.
 *
 * <p>Rules insert, in this order of salience: {@link ApprovalCheck} (validity), {@link Concern}
 * (what a clause would find), {@link ExceptionGrant} and {@link ApprovalApplied} (what lifts a
 * concern), {@link Judgement} (a concern weighed against the thresholds), then
 * {@link ApprovalOutcome} and {@link Conclusion}. Every fact is immutable.
 */
package io.github.smpolicy.rules.api;
