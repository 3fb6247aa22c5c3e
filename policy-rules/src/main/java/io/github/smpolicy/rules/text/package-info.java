/**
 * How the built-in analyser reads text: {@link io.github.smpolicy.rules.text.TextAnalyser} and the
 * tokens, inflections, look-alike characters and lexicon it reads with. Useful to an agency that tests
 * its own lexicon entries; an evaluator uses it without any call from the caller.
 */
package io.github.smpolicy.rules.text;
