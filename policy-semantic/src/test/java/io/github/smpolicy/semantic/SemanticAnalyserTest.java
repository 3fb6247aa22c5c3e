package io.github.smpolicy.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.rules.AgencyProfile;
import io.github.smpolicy.rules.ContentSignal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the semantic analyser promises, whatever its trained weights: heads here are constant (zero
 * weights, a bias that fixes the score), so each test states one behaviour of the analyser itself.
 */
class SemanticAnalyserTest {
    private static Heads.Head constant(String clause, String signal, double score) {
        return new Heads.Head(clause, signal, 0.6, Math.log(score / (1 - score)), new float[MiniLm.DIMENSION], java.util.Map.of());
    }

    private static SemanticAnalyser with(Heads.Head... heads) {
        return new SemanticAnalyser(new Heads("test", List.of(heads)), AgencyProfile.portland());
    }

    @Test
    void everySignalIsAModelsOpinionBelowTheDenyThresholdNamingTheModel() {
        SemanticAnalyser sure = with(constant("311.40-1.6", "THREAT_OF_VIOLENCE", 0.9999));

        List<ContentSignal> signals = sure.analyse("somebody ought to do something about him", "post");

        assertEquals(1, signals.size());
        ContentSignal s = signals.get(0);
        assertTrue(s.opinion());
        assertTrue(s.confidence() >= 0.5 && s.confidence() < 0.9, "confidence " + s.confidence());
        assertTrue(s.source().contains("all-MiniLM-L6-v2-q") && s.source().contains("heads test"), s.source());
    }

    @Test
    void aHeadBelowItsThresholdReportsNothing() {
        assertEquals(List.of(), with(constant("311.40-1.6", "THREAT_OF_VIOLENCE", 0.55)).analyse("a quiet shift", "post"));
    }

    @Test
    void aSecondClauseForTheSameWindowOnlyWhenItsScoreIsClose() {
        String text = "those people again";
        List<ContentSignal> far = with(constant("311.40-1.6", "THREAT_OF_VIOLENCE", 0.99),
                constant("311.40-1.7", "PROTECTED_CLASS_BIAS", 0.7)).analyse(text, "post");
        List<ContentSignal> close = with(constant("311.40-1.6", "THREAT_OF_VIOLENCE", 0.99),
                constant("311.40-1.7", "PROTECTED_CLASS_BIAS", 0.95)).analyse(text, "post");

        assertEquals(List.of("THREAT_OF_VIOLENCE"), far.stream().map(ContentSignal::signal).toList());
        assertEquals(List.of("THREAT_OF_VIOLENCE", "PROTECTED_CLASS_BIAS"),
                close.stream().map(ContentSignal::signal).toList());
    }

    @Test
    void complaintsAndCasesOnlyWhereTheTextTiesThemToTheAgency() {
        SemanticAnalyser cases = with(constant("311.40-1.5", "ADMINISTRATIVE_INVESTIGATION", 0.99));

        assertEquals(List.of(), cases.analyse("that ohio deputy's trial starts monday, jury selection today", "post"));
        assertEquals(1, cases.analyse("IA called me in again about the north precinct thing", "post").size());
    }

    @Test
    void noAgencyViewsWhereTheAuthorSaysTheySpeakForThemselvesOnly() {
        SemanticAnalyser views = with(constant("311.40-1.8", "REPRESENTS_AGENCY_VIEWS", 0.99));

        assertEquals(List.of(), views.analyse("I don't speak for the Bureau, but the new bridge lighting is beautiful.", "post"));
        assertEquals(1, views.analyse("We at the precinct back the levy. Vote yes.", "post").size());
    }

    @Test
    void aLongTextIsReadInWindowsAndTheBestWindowIsTheEvidence() {
        String filler = "long shift today, coffee was terrible, traffic on the bridge, ".repeat(20);
        String text = filler + "and the rest of it.";
        SemanticAnalyser sure = with(constant("311.40-1.6", "THREAT_OF_VIOLENCE", 0.99));

        ContentSignal s = sure.analyse(text, "shared").get(0);

        assertTrue(io.github.smpolicy.rules.text.WordModel.windows(200).size() > 1);
        assertEquals("shared", s.span().in());
        assertEquals(text.substring(s.span().start(), s.span().end()), s.span().match());
        assertTrue(s.span().end() - s.span().start() < text.length(), "a window, not the whole text");
    }

    @Test
    void aHugeTextCostsAtMostABoundedNumberOfEmbeddings() {
        SemanticAnalyser analyser = with(constant("311.40-1.7", "PROTECTED_CLASS_BIAS", 0.1));
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            huge.append("word").append(i).append(' ');
        }

        analyser.analyse(huge.toString(), "post");

        assertEquals(SemanticAnalyser.MAX_WINDOWS, analyser.embedded());
    }

    @Test
    void identicalTextsAreEmbeddedOnce() {
        SemanticAnalyser analyser = with(constant("311.40-1.7", "PROTECTED_CLASS_BIAS", 0.1));
        String meme = "when the shift sergeant says 'quick question' 😐";

        analyser.analyse(meme, "shared");
        long once = analyser.embedded();
        analyser.analyse(meme, "shared");
        analyser.analyse(meme, "post");

        assertEquals(1, once);
        assertEquals(1, analyser.embedded());
    }
}
