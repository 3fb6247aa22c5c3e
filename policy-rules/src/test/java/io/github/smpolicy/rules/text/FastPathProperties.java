package io.github.smpolicy.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.smpolicy.rules.ContentSignal;
import io.github.smpolicy.rules.quality.Corpus;
import io.github.smpolicy.rules.quality.CorpusRecord;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The text analyser's short cuts never lose or change a signal: the candidate index by first word, the
 * next-token filter, the second-word index, the Bloom filters of element keys and of a text's words, the
 * masked-token memo and length index. Each post is analysed as shipped and with every pattern tried at
 * every token and every phrase compared word by word ({@link TextAnalyser#analyseEveryPattern}), and the
 * two give the same signals with the same confidences, starting at the same place, in the same order. (Where
 * two patterns of one signal match from the same token with the same confidence, the first tried is kept,
 * and the two paths try them in different orders: "investigation" or "investigation on my". Measured on
 * 20,824 corpus and scenario texts with obfuscated variants: 10 such, none otherwise different.) The texts
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

    /** Each signal's name, confidence and where it starts, in order. */
    private static List<String> found(List<ContentSignal> signals) {
        return signals.stream().map(s -> s.signal() + " " + s.confidence() + " @" + s.span().start()).toList();
    }
}
