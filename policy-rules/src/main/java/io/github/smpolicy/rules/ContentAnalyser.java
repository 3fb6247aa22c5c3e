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
 *
 * <p>Every analyser in force is part of the decision's {@code policyDigest} by its {@link #id()} and
 * {@link #version()}: an implementation should override both, so that the digest says which analyser
 * decided and changes when what it reads changes (its model, weights, word lists). The defaults (the
 * class name and {@value #UNVERSIONED}) only tell that an analyser of that class was in force.
 */
@FunctionalInterface
public interface ContentAnalyser {
    /**
     * @param text  the text to read; never {@code null}
     * @param where {@code post}, {@code shared} or {@code caption:<media id>}
     * @return the signals found, in any order
     */
    List<ContentSignal> analyse(String text, String where);

    /**
     * Reads a member's own words in the context of the posting they comment on or share: a comment "they're
     * animals" names no group, the headline it answers does. The evaluator calls this for the post's text
     * when the post has shared content; the signals are still the text's, with spans into it. By default
     * the context is not read: {@link #analyse(String, String)}.
     *
     * @param text    the text to read; never {@code null}
     * @param where   as for {@link #analyse(String, String)}
     * @param context the shared posting's text, which no signal points into; never {@code null}, empty if it has none
     * @return the signals found in {@code text}, in any order
     */
    default List<ContentSignal> analyse(String text, String where, String context) {
        return analyse(text, where);
    }

    /**
     * Whether a member's comment says in so many words that it disagrees with the posting it answers ("delete
     * this", "hard disagree", "not in my name"), so that the posting's 1.6 and 1.7 content is not read as the
     * member's: the rule book counts a comment on such content "at most" as a review because whether it
     * supports the posting is a judgement, and explicit disagreement answers it. Only explicit words should
     * say {@code true}: a comment misread as disagreeing is a missed violation. The comment's own words are
     * judged as always. {@code false} by default.
     *
     * @param comment the member's comment; never {@code null}
     * @param posting the text of the posting it answers; never {@code null}
     * @return {@code true} if the comment disagrees with the posting in explicit words
     */
    default boolean disagrees(String comment, String posting) {
        return false;
    }

    /** The {@link #version()} of an analyser that does not say. */
    String UNVERSIONED = "unversioned";

    /**
     * What this analyser is, stable from run to run, such as {@code io.github.smpolicy.rules.text.TextAnalyser}.
     * By default its class name (for a lambda, the class that wrote it, followed by {@code $$Lambda}).
     *
     * @return the analyser's id; never {@code null}
     */
    default String id() {
        String name = getClass().getName();
        int hidden = name.indexOf('/'); // a lambda's hidden class: "Outer$$Lambda/0x…" differs from run to run
        return hidden < 0 ? name : name.substring(0, hidden);
    }

    /**
     * Which version of it: whatever changes when its results may change (a digest of its model and
     * data, a release number). By default {@value #UNVERSIONED}: override it.
     *
     * @return the analyser's version; never {@code null}
     */
    default String version() {
        return UNVERSIONED;
    }

    /**
     * Whether this analyser reads the words the built-in {@link io.github.smpolicy.rules.text.WordModel}
     * reads, and more, so that an evaluator with it leaves the word model out (two opinions on the same
     * words would flag more hard negatives than either alone). {@code false} by default; the semantic
     * analyser says {@code true}.
     *
     * @return {@code true} to replace the built-in word model
     */
    default boolean replacesWordModel() {
        return false;
    }
}
