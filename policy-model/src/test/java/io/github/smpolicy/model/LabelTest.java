package io.github.smpolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelTest {

    @Test
    void aLabelWithoutAConfidenceIsCertain() {
        assertEquals(new Label(Labels.BADGE, 1.0, null), Label.of(Labels.BADGE));
    }

    @ParameterizedTest(name = "confidence {0} is rejected")
    @ValueSource(doubles = {1.5, -0.1, Double.NaN, Double.POSITIVE_INFINITY})
    void aConfidenceOutsideZeroToOneIsRejectedNamingTheField(double confidence) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Label.of(Labels.BADGE, confidence));

        assertTrue(e.getMessage().startsWith("confidence "), e.getMessage());
    }

    @ParameterizedTest(name = "confidence {0} is accepted")
    @ValueSource(doubles = {0.0, 0.5, 1.0})
    void theBoundsOfZeroToOneAreAccepted(double confidence) {
        assertEquals(confidence, Label.of(Labels.BADGE, confidence).confidence());
    }

    @ParameterizedTest(name = "''{0}'' is rejected")
    @ValueSource(strings = {"", "badge", "Badge", "MARKED VEHICLE", "1BADGE", "BADGE-2", "_BADGE", "\u00c9CUSSON", "BADGE\n", "BADGE\u0130"})
    void aNameThatIsNotAnUpperCaseWordIsRejectedNamingTheField(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Label.of(name));

        assertTrue(e.getMessage().startsWith("name "), e.getMessage());
    }

    @ParameterizedTest(name = "''{0}'' is accepted")
    @ValueSource(strings = {"A", "BADGE", "BADGE_2", "UNION_ACTIVITY", "X9"})
    void anUpperCaseWordIsAccepted(String name) {
        assertEquals(name, Label.of(name).name());
    }

    @Test
    void aMissingNameIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Label(null, 1.0, null));

        assertEquals("name is required", e.getMessage());
    }

    @Test
    void theVocabularyListsEveryWordOfTheRuleBookOnce() {
        assertEquals(10, Labels.INSIGNIA.size());
        assertEquals(4, Labels.SCENES.size());
        assertEquals(14, Labels.DEPICTIONS.size());
        assertEquals(16, Labels.CONTENT.size());
        assertEquals(Labels.DEPICTIONS.size(), java.util.Set.copyOf(Labels.DEPICTIONS).size());
        assertEquals(Labels.CONTENT.size(), java.util.Set.copyOf(Labels.CONTENT).size());
        assertTrue(Labels.CONTENT.contains(Labels.UNION_ACTIVITY));
        Labels.DEPICTIONS.forEach(Label::of);
        Labels.CONTENT.forEach(Label::of);
    }
}
