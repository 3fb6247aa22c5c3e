package io.github.smpolicy.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.rules.ContentSignal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every evidence span is the matched text of the original string, whatever was done to hide it. */
class TextSpanProperties {
    private static final TextAnalyser ANALYSER = TextAnalyser.standard();
    private static final List<String> PHRASES = List.of("I will kill him", "I will shoot them",
            "Mexicans are lazy criminals", "internal affairs case IA 2026 0147", "official position of the Bureau",
            "law enforcement sensitive", "switch your body camera off", "views are my own", "we killed it at the 5k");

    @Provide
    Arbitrary<String> obfuscatedTexts() {
        Arbitrary<String> phrase = Arbitraries.of(PHRASES).map(String::valueOf);
        Arbitrary<Integer> how = Arbitraries.integers().between(0, 7);
        Arbitrary<String> filler = Arbitraries.strings().ofMaxLength(40);
        return Combinators.combine(filler, phrase, how, filler).as((a, p, h, b) -> a + " " + obfuscate(p, h) + " " + b);
    }

    static String obfuscate(String phrase, int how) {
        return switch (how) {
            case 0 -> phrase.replace('i', '1').replace('o', '0').replace('e', '3');
            case 1 -> String.join(" ", phrase.split(""));
            case 2 -> String.join(".", phrase.split(""));
            case 3 -> phrase.replace("i", "i\u200B").replace("o", "o\u200D");
            case 4 -> phrase.replace('a', '\u0430').replace('e', '\u0435').replace('o', '\u043E');
            case 5 -> phrase.replace("i", "iiii").replace("l", "lll");
            case 6 -> phrase.replaceFirst("[aeiou]", "*");
            default -> phrase.toUpperCase(java.util.Locale.ROOT).replace("A", "\uFF21");
        };
    }

    @Property(tries = 500)
    void everySpanEqualsTheMatchedTextOfTheOriginalString(@ForAll("obfuscatedTexts") String text) {
        for (ContentSignal s : ANALYSER.analyse(text, "post")) {
            assertTrue(s.span().start() >= 0 && s.span().end() <= text.length(), s::toString);
            assertEquals(text.substring(s.span().start(), s.span().end()), s.span().match());
        }
    }

    @Property(tries = 500)
    void anyStringIsAnalysedWithoutThrowingAndWithSpansInsideIt(@ForAll String text) {
        for (ContentSignal s : ANALYSER.analyse(text, "post")) {
            assertEquals(text.substring(s.span().start(), s.span().end()), s.span().match());
        }
    }
}
