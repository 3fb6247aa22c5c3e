/**
 * The opt-in semantic analyser of Directive 311.40's content clauses: {@link
 * io.github.smpolicy.semantic.SemanticAnalyser}, a {@link io.github.smpolicy.rules.ContentAnalyser} on
 * sentence embeddings with heads trained on the project's corpus. Its findings are a model's opinions:
 * they send a post to a person, never deny it. Only this module brings ONNX Runtime.
 */
package io.github.smpolicy.semantic;
