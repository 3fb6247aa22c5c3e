package io.github.smpolicy.rules;

import io.github.smpolicy.model.TextSpan;
import java.util.Objects;

/**
 * What a {@link ContentAnalyser} read in a text: a label word of the rule book (such as
 * {@code THREAT_OF_VIOLENCE}) with a confidence and the span of words it rests on.
 *
 * <p>An analyser of explicit wording (the built-in lexicon) reports plain signals; a statistical model
 * reports {@linkplain #opinion(String, double, TextSpan, String) opinions}, which the rules never let
 * go beyond {@code REVIEW}, whatever their confidence (rule book: "a model's opinion with no explicit
 * wording behind it is at most REVIEW").
 *
 * @param signal     the label word it raises
 * @param confidence within [0, 1]
 * @param span       the words it rests on, as offsets into the analysed string
 * @param source     the analyser that read it, such as a model and its version; {@code null} for none
 * @param opinion    whether it is a statistical model's opinion rather than explicit wording
 */
public record ContentSignal(String signal, double confidence, TextSpan span, String source, boolean opinion) {
    /**
     * Checks the parts.
     *
     * @param signal     required
     * @param confidence within [0, 1]
     * @param span       required
     * @param source     {@code null}, or not blank
     * @param opinion    whether it is a statistical model's opinion
     * @throws NullPointerException     if {@code signal} or {@code span} is {@code null}
     * @throws IllegalArgumentException if the confidence is outside [0, 1] or {@code source} is blank
     */
    public ContentSignal {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(span, "span");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within [0, 1], was " + confidence);
        }
        if (source != null && source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
    }

    /**
     * Explicit wording read as {@code signal}: no source, not an opinion.
     *
     * @param signal     the label word it raises; required
     * @param confidence within [0, 1]
     * @param span       the words it rests on; required
     * @throws NullPointerException     if {@code signal} or {@code span} is {@code null}
     * @throws IllegalArgumentException if the confidence is outside [0, 1]
     */
    public ContentSignal(String signal, double confidence, TextSpan span) {
        this(signal, confidence, span, null, false);
    }

    /**
     * A statistical model's opinion that {@code span} reads as {@code signal}: at most a review.
     *
     * @param signal     the label word it raises; required
     * @param confidence the model's score, within [0, 1]
     * @param span       the words it rests on; required
     * @param source     the model and its version; required, not blank
     * @return the signal, marked as an opinion
     * @throws NullPointerException     if {@code signal}, {@code span} or {@code source} is {@code null}
     * @throws IllegalArgumentException if the confidence is outside [0, 1] or {@code source} is blank
     */
    public static ContentSignal opinion(String signal, double confidence, TextSpan span, String source) {
        return new ContentSignal(signal, confidence, span, Objects.requireNonNull(source, "source"), true);
    }
}
