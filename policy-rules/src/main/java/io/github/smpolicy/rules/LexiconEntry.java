package io.github.smpolicy.rules;

import java.util.Objects;

/**
 * A term that, found in a text, raises a content signal: {@code ("SENSITIVE_INFORMATION", "case
 * file", 0.7)}. Agencies add entries through their profile.
 *
 * @param signal     the label word it raises
 * @param term       the words to find, matched as whole words by the built-in {@code TextAnalyser}
 * @param confidence within [0, 1]
 */
public record LexiconEntry(String signal, String term, double confidence) {
    /**
     * Checks the parts.
     *
     * @param signal     required
     * @param term       required, not blank
     * @param confidence within [0, 1]
     * @throws NullPointerException     if {@code signal} is {@code null}
     * @throws IllegalArgumentException if {@code term} is {@code null} or blank, or the confidence is outside
     *                                  [0, 1]
     */
    public LexiconEntry {
        Objects.requireNonNull(signal, "lexicon.signal");
        if (term == null || term.isBlank()) {
            throw new IllegalArgumentException("lexicon.term must not be empty");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("lexicon.confidence must be within [0, 1], was " + confidence);
        }
    }
}
