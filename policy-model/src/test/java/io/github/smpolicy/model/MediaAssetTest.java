package io.github.smpolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaAssetTest {

    @Test
    void aBlankIdIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MediaAsset.builder("", MediaKind.PHOTO).build());

        assertEquals("id must not be empty", e.getMessage());
    }

    @Test
    void aMissingKindIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MediaAsset.builder("img-1", null).build());

        assertEquals("kind is required", e.getMessage());
    }

    @Test
    void theBuilderRecordsWhetherTheAuthorIsInUniform() {
        MediaAsset inUniform = MediaAsset.builder("img-1", MediaKind.PHOTO).authorDepicted(true).build();
        MediaAsset offDuty = MediaAsset.builder("img-2", MediaKind.PHOTO).authorDepicted(false).build();
        MediaAsset noAuthor = MediaAsset.builder("img-3", MediaKind.PHOTO).build();

        assertTrue(inUniform.authorDepicted() && inUniform.authorInUniform());
        assertTrue(offDuty.authorDepicted());
        assertFalse(offDuty.authorInUniform());
        assertFalse(noAuthor.authorDepicted() || noAuthor.authorInUniform());
    }

    @Test
    void anOmittedCaptionIsEmpty() {
        assertEquals("", MediaAsset.builder("img-1", MediaKind.VIDEO).build().caption());
    }

    @Test
    void depictionsAreAnImmutableCopy() {
        List<Label> depicts = new ArrayList<>(List.of(Label.of(Labels.BADGE)));
        MediaAsset asset = new MediaAsset("img-1", MediaKind.PHOTO, depicts, false, false, null, null);

        depicts.add(Label.of(Labels.LOGO));

        assertEquals(List.of(Label.of(Labels.BADGE)), asset.depicts());
        assertThrows(UnsupportedOperationException.class, () -> asset.depicts().add(Label.of(Labels.LOGO)));
    }

    @Test
    void aDepictionWithAnInvalidConfidenceCannotBeMade() {
        assertThrows(IllegalArgumentException.class,
                () -> MediaAsset.builder("img-1", MediaKind.PHOTO).depicts(Label.of(Labels.BADGE, 1.5)).build());
    }
}
