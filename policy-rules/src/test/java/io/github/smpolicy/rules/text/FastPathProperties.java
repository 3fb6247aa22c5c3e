package io.github.smpolicy.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.rules.ContentSignal;
import io.github.smpolicy.rules.quality.Corpus;
import io.github.smpolicy.rules.quality.CorpusRecord;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The text analyser's short cuts never lose or change a signal: the candidate index by first word, the
 * next-token filter, the second-word index, the Bloom filters of element keys and of a text's words, the
 * masked-token memo and length index. Each post is analysed as shipped and with every pattern tried at
 * every token and every phrase compared word by word ({@link TextAnalyser#analyseEveryPattern}), and the
 * two give the same signals with the same confidences, starting at the same place, in the same order: the
 * order a reader meets them, whatever order the patterns were tried in. (Where two patterns of one signal
 * match from the same token with the same confidence, the longer is kept, whichever was tried first:
 * "investigation on me", not "investigation", which would let a later match start inside it.) The texts
 * are the corpus's own (train and dev), hidden as members hide words, and salads of their words with
 * phrases the lexicon knows.
 */
class FastPathProperties {
    private static final TextAnalyser ANALYSER = TextAnalyser.standard();
    private static final List<String> TEXTS = texts();

    private static List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (String split : List.of("train", "dev")) {
            for (CorpusRecord r : Corpus.load(split)) {
                if (!r.text().isBlank()) {
                    texts.add(r.text());
                }
                if (r.shared() != null && !r.shared().isBlank()) {
                    texts.add(r.shared());
                }
            }
        }
        return texts;
    }

    @Provide
    Arbitrary<String> memberTexts() {
        Arbitrary<String> text = Arbitraries.of(TEXTS).map(String::valueOf);
        Arbitrary<Integer> how = Arbitraries.integers().between(-1, 7);
        return Combinators.combine(text, how).as((t, h) -> h < 0 ? t : TextSpanProperties.obfuscate(t, h));
    }

    /** Words of several posts shuffled together with phrases the lexicon knows, some of them masked. */
    @Provide
    Arbitrary<String> salads() {
        Arbitrary<String> word = Arbitraries.of(TEXTS).map(String::valueOf).flatMap(t -> Arbitraries.of(t.split("\\s+")));
        Arbitrary<String> known = Arbitraries.of("kill", "shoot", "the", "k*ll", "sh*t", "them", "all", "should", "be",
                "deported", "the bureau", "views are my own", "IA case", "off the record", "body cam", "switch", "f*cking",
                "animals", "those people", "run them over", "floor it", "protesters", "chief", "clown");
        return Arbitraries.oneOf(word, known).list().ofMinSize(1).ofMaxSize(40).map(w -> String.join(" ", w));
    }

    @Property(tries = 250)
    void theShippedPathFindsWhatTryingEveryPatternFinds(@ForAll("memberTexts") String text) {
        assertEquals(found(ANALYSER.analyseEveryPattern(text, "post")), found(ANALYSER.analyse(text, "post")));
    }

    @Property(tries = 250)
    void soInWordSalads(@ForAll("salads") String text) {
        assertEquals(found(ANALYSER.analyseEveryPattern(text, "post")), found(ANALYSER.analyse(text, "post")));
    }

    /**
     * Two signals found at one word ("Testify" is both a court case and an investigation word) and a
     * signal whose first match was replaced by a more confident one further on: the two paths try the
     * patterns in different orders, and the signals still come out in reading order. (A seeded run of
     * the property above found these; over every corpus text and its hidden variants, 191,934 texts, none
     * other differs.) A signal's spans stay together, and the signals follow where each first starts.
     */
    @Example
    void signalsComeOutInReadingOrderWhateverOrderThePatternsWereTriedIn() {
        for (String text : List.of(
                "If North Precinct closes, I hope the council explains how response times won't suffer. Testify at the hearing, folks.",
                "subpoenaed to testify in the vasquez trial next week 😴 my arrest, my report, my problem.")) {
            List<ContentSignal> signals = ANALYSER.analyse(text, "post");
            List<String> shipped = found(signals);
            assertEquals(found(ANALYSER.analyseEveryPattern(text, "post")), shipped, text);
            // a signal's spans stay together; each signal's first span starts no earlier than the one before's
            int firstOfPrevious = -1;
            ContentSignal previous = null;
            for (ContentSignal s : signals) {
                if (previous == null || !s.signal().equals(previous.signal())) {
                    assertTrue(firstOfPrevious <= s.span().start(), shipped::toString);
                    firstOfPrevious = s.span().start();
                }
                previous = s;
            }
        }
    }

    /** Each signal's name, confidence and where it starts, in order. */
    private static List<String> found(List<ContentSignal> signals) {
        return signals.stream().map(s -> s.signal() + " " + s.confidence() + " @" + s.span().start()).toList();
    }
}
