package io.github.smpolicy.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A hashtag is read as the words it was written as; a word that only looks like several stays whole. */
class HashtagWordsTest {
    private static List<String> words(String text) {
        Tokens tokens = Tokens.of(text);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            words.add(tokens.skeleton(i));
        }
        return words;
    }

    private static List<String> spans(String text) {
        Tokens tokens = Tokens.of(text);
        List<String> spans = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            spans.add(text.substring(tokens.start(i), tokens.end(i)));
        }
        return spans;
    }

    @Test
    void theShippedVocabularyIsWhatTheCorpusGives() {
        assertEquals(HashtagWords.generate(), TextAnalyser.resource(Hashtags.RESOURCE),
                "hashtag-words.txt is stale: run HashtagWords (policy-rules tests)");
    }

    @Test
    void aMixedCaseHashtagSplitsAtItsCapitalsAndEachWordKeepsItsOwnCharacters() {
        assertEquals(List.of("bring", "back", "the", "rope", "tonight"), words("#BringBackTheRope tonight"));
        assertEquals(List.of("Bring", "Back", "The", "Rope", "tonight"), spans("#BringBackTheRope tonight"));
        assertEquals(List.of("all", "lives", "splatter"), words("#allLivesSplatter"));
        assertEquals(List.of("ppb", "statement"), words("#PPBStatement"));
        // a stretched word inside reads as it would alone: "kiiiill" is the collapsed "kil"
        assertEquals(List.of("kil", "them", "al"), words("#KiiiillThemAlll"));
    }

    @Test
    void aLexiconGroupsNameIsNoWordOfTheVocabulary() {
        // "@notmine" and "@notracist" name groups; as words they kept "#notmine" from reading as "not mine"
        assertEquals(List.of("not", "mine"), words("#notmine"));
        assertEquals(List.of("not", "racist"), words("#notracist"));
    }

    @Test
    void aLowerCaseHashtagSplitsIntoKnownWords() {
        assertEquals(List.of("let", "it", "burn"), words("#letitburn"));
        assertEquals(List.of("ban", "them", "all"), words("#banthemall"));
        assertEquals(List.of("back", "the", "blue"), words("#backtheblue"));
        assertEquals(List.of("let", "it", "burn"), words("#LETITBURN"));
        assertEquals(List.of("ban", "them", "all"), spans("#banthemall"));
        assertEquals(List.of("rip", "city"), words("#ripcity"));
    }

    @Test
    void aKnownWordAnUnknownPieceOrAnythingButLettersKeepsAHashtagWhole() {
        assertEquals(List.of("leadership"), words("#leadership"));
        assertEquals(List.of("therapist"), words("#therapist"));
        assertEquals(List.of("policetok"), words("#policetok"));
        assertEquals(List.of("vindicated"), words("#vindicated"));
        assertEquals(List.of("pdx"), words("#PDX"));
        assertEquals(List.of("ppbofficialposition"), words("#PPB0fficialP0sition"));
        // only a hashtag: the same letters elsewhere are one word as written
        assertEquals(List.of("letitburn", "banthemall"), words("letitburn BanThemAll"));
    }

    @Test
    void aHashtagsWordsAreWhatTheLexiconReadsAndTheEvidenceQuotesTheHashtagsOwnLetters() {
        String text = "night shift tonight #LetItBurn";
        List<io.github.smpolicy.rules.ContentSignal> signals =
                TextAnalyser.forProfile(io.github.smpolicy.rules.AgencyProfile.portland()).analyse(text, "post");
        var misconduct = signals.stream().filter(s -> s.signal().equals("MISCONDUCT_ADVOCACY")).findFirst()
                .orElseThrow(() -> new AssertionError("no MISCONDUCT_ADVOCACY in " + signals));
        assertEquals("LetItBurn", misconduct.span().match());
        assertEquals("LetItBurn", text.substring(misconduct.span().start(), misconduct.span().end()));
    }
}
