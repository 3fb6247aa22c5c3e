/**
 * The immutable values of the library: a {@link io.github.smpolicy.model.Post} a member means to publish
 * (built with {@link io.github.smpolicy.model.Post#builder}, its author a
 * {@link io.github.smpolicy.model.Member}, its account an {@link io.github.smpolicy.model.Account}) and
 * the {@link io.github.smpolicy.model.Decision} an evaluator answers with: an
 * {@link io.github.smpolicy.model.Outcome}, the {@link io.github.smpolicy.model.Finding findings} with
 * their {@link io.github.smpolicy.model.Evidence evidence} and {@link io.github.smpolicy.model.Remedy
 * remedies}, and an {@link io.github.smpolicy.model.Audit audit record}. Every record checks its
 * arguments and copies its lists; nothing here depends on Drools.
 */
package io.github.smpolicy.model;
