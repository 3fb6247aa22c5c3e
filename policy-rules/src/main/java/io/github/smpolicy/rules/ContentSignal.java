package io.github.smpolicy.rules;

import io.github.smpolicy.model.TextSpan;
import java.util.Objects;

/**
 * What a {@link ContentAnalyser} read in a text: a label word of the rule book (such as
 * {@code THREAT_OF_VIOLENCE}) with a confidence and the span of words it rests on.
 *
 * @param signal     the label word it raises
 * @param confidence within [0, 1]
 * @param span       the words it rests on, as offsets into the analysed string
 */
public record ContentSignal(String signal, double confidence, TextSpan span) {
    public ContentSignal {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(span, "span");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within [0, 1], was " + confidence);
        }
    }
}
