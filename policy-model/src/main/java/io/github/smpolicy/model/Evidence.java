package io.github.smpolicy.model;

/**
 * What a finding rests on: a media asset's depiction, a span of text, a label, or an account field.
 * Each kind says itself in plain words through {@link #describe()}.
 */
public sealed interface Evidence {

    /**
     * A plain description for the member.
     *
     * @return a sentence fragment such as {@code img-2 shows MARKED_VEHICLE (confidence 0.80)}; the
     *         confidence is left out when it is 1.0
     */
    String describe();

    /**
     * A media asset depicts an element ({@code BADGE}, {@code CRIME_SCENE}, …).
     *
     * @param media      the asset's id
     * @param element    the depiction word, such as {@code BADGE}
     * @param confidence within [0, 1]
     */
    record MediaEvidence(String media, String element, double confidence) implements Evidence {
        /**
         * Checks the parts.
         *
         * @param media      required, non-empty
         * @param element    required, an upper-case word
         * @param confidence within [0, 1]
         * @throws IllegalArgumentException if any of these does not hold
         */
        public MediaEvidence {
            Checks.nonBlank(media, "media");
            Checks.word(element, "element");
            Checks.confidence(confidence, "confidence");
        }

        @Override
        public String describe() {
            return media + " shows " + element + Evidence.confidence(confidence);
        }
    }

    /**
     * Words of the text were read as a content signal.
     *
     * @param text       where the words are, and the words themselves
     * @param signal     the signal word, such as {@code THREAT_OF_VIOLENCE}
     * @param confidence within [0, 1]
     * @param source     the analyser that read them, such as a model and its version; {@code null} for the
     *                   built-in lexicon
     * @param opinion    whether the signal is a statistical model's opinion with no explicit wording behind
     *                   it, which the rule book never lets go beyond a review
     */
    record TextEvidence(TextSpan text, String signal, double confidence, String source, boolean opinion) implements Evidence {
        /**
         * Checks the parts.
         *
         * @param text       required
         * @param signal     required, an upper-case word
         * @param confidence within [0, 1]
         * @param source     {@code null}, or non-empty
         * @param opinion    whether the signal is a statistical model's opinion
         * @throws IllegalArgumentException if any of these does not hold
         */
        public TextEvidence {
            Checks.required(text, "text");
            Checks.word(signal, "signal");
            Checks.confidence(confidence, "confidence");
            if (source != null) {
                Checks.nonBlank(source, "source");
            }
        }

        /**
         * Wording the built-in lexicon (or another analyser of explicit wording) read: no source, no opinion.
         *
         * @param text       where the words are; required
         * @param signal     the signal word; an upper-case word
         * @param confidence within [0, 1]
         * @throws IllegalArgumentException if any of these does not hold
         */
        public TextEvidence(TextSpan text, String signal, double confidence) {
            this(text, signal, confidence, null, false);
        }

        @Override
        public String describe() {
            return "the words \"" + text.match() + "\" in the " + text.in() + " text read as " + signal
                    + (opinion ? " in the opinion of " + (source == null ? "a model" : source) : "")
                    + Evidence.confidence(confidence);
        }
    }

    /**
     * An upstream label.
     *
     * @param label      the label word, such as {@code UNION_ACTIVITY}
     * @param confidence within [0, 1]
     * @param source     who attached it; may be {@code null}
     * @param in         {@code post} or {@code shared}: whose label it is
     */
    record LabelEvidence(String label, double confidence, String source, String in) implements Evidence {
        /**
         * Checks the parts.
         *
         * @param label      required, an upper-case word
         * @param confidence within [0, 1]
         * @param source     may be {@code null}
         * @param in         required, non-empty
         * @throws IllegalArgumentException if any of these does not hold
         */
        public LabelEvidence {
            Checks.word(label, "label");
            Checks.confidence(confidence, "confidence");
            Checks.nonBlank(in, "in");
        }

        @Override
        public String describe() {
            return ("shared".equals(in) ? "the shared content is" : "the post is") + " labelled " + label
                    + (source == null ? "" : " by " + source) + Evidence.confidence(confidence);
        }
    }

    /**
     * A field of the account the post was made from.
     *
     * @param account the field's name, such as {@code registrationEmail}
     */
    record AccountEvidence(String account) implements Evidence {
        /**
         * Checks the field name.
         *
         * @param account required, non-empty
         * @throws IllegalArgumentException if {@code account} is {@code null} or empty
         */
        public AccountEvidence {
            Checks.nonBlank(account, "account");
        }

        @Override
        public String describe() {
            return "the account's " + account;
        }
    }

    private static String confidence(double c) {
        return c >= 1.0 ? "" : String.format(java.util.Locale.ROOT, " (confidence %.2f)", c);
    }
}
