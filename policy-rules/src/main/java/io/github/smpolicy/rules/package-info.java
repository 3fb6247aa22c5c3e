/**
 * Evaluating posts: {@link io.github.smpolicy.rules.PolicyEvaluator} (build one, share it), the
 * {@link io.github.smpolicy.rules.AgencyProfile agency profile} that adapts 311.40 to an agency, the
 * {@link io.github.smpolicy.rules.ClauseCatalogue clause catalogue}, content analysers and the input
 * limits. A configuration that cannot be built fails with one exception,
 * {@link io.github.smpolicy.rules.PolicyBuildException}, listing every problem.
 */
package io.github.smpolicy.rules;
