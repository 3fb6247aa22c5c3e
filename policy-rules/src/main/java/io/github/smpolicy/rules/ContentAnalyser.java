package io.github.smpolicy.rules;

import java.util.List;

/**
 * Reads a text (a post's words, a caption, shared content) into content signals for clauses
 * 311.40-1.3 to 1.8. Several analysers may run; their signals merge with the post's labels, and the
 * rules treat a signal exactly as a label of the same word and confidence, with the text span as
 * evidence.
 *
 * <p>An implementation must be thread-safe and must not keep the text: one evaluator calls it from
 * every thread. It must return spans into the string it was given, with {@code in} set to
 * {@code where}.
 */
@FunctionalInterface
public interface ContentAnalyser {
    /**
     * @param text  the text to read; never {@code null}
     * @param where {@code post}, {@code shared} or {@code caption:<media id>}
     * @return the signals found, in any order
     */
    List<ContentSignal> analyse(String text, String where);
}
