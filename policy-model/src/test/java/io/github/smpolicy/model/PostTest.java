package io.github.smpolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostTest {
    private static final Instant AT = Instant.parse("2026-03-01T18:00:00Z");
    private static final Member MEMBER = Member.of("m-1", Role.MEMBER);

    private static Post.Builder post() {
        return Post.builder("p-1", AT).author(MEMBER).account(Account.personal("dana@gmail.com"));
    }

    private static MediaAsset photo(String id) {
        return MediaAsset.builder(id, MediaKind.PHOTO).build();
    }

    private static IllegalArgumentException rejected(Post.Builder post) {
        return assertThrows(IllegalArgumentException.class, post::build);
    }

    @ParameterizedTest(name = "id ''{0}'' is rejected")
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aBlankIdIsRejectedNamingTheField(String id) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Post.builder(id, AT).author(MEMBER).account(Account.personal(null)).build());

        assertTrue(e.getMessage().startsWith("id "), e.getMessage());
    }

    @Test
    void theTimeAuthorAndAccountAreRequired() {
        assertEquals("postedAt is required", assertThrows(IllegalArgumentException.class,
                () -> Post.builder("p-1", null).author(MEMBER).account(Account.personal(null)).build()).getMessage());
        assertEquals("author is required", rejected(post().author(null)).getMessage());
        assertEquals("account is required", rejected(post().account(null)).getMessage());
    }

    @Test
    void anOmittedActionIsPublishAndOmittedTextIsEmpty() {
        Post post = post().action(null).text(null).build();

        assertEquals(Action.PUBLISH, post.action());
        assertEquals("", post.text());
        assertNull(post.shared());
    }

    @Test
    void duplicateMediaIdsWithinThePostAreRejectedNamingTheField() {
        IllegalArgumentException e = rejected(post().media(photo("img-1")).media(photo("img-1")));

        assertTrue(e.getMessage().contains("media[1].id 'img-1'"), e.getMessage());
    }

    @Test
    void duplicateMediaIdsAcrossThePostAndItsSharedContentAreRejected() {
        IllegalArgumentException e = rejected(post().media(photo("img-1"))
                .shared(new SharedContent("", List.of(), List.of(photo("img-1")))));

        assertTrue(e.getMessage().contains("media") && e.getMessage().contains("'img-1'"), e.getMessage());
    }

    @Test
    void duplicateMediaIdsWithinSharedContentAreRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SharedContent("", List.of(), List.of(photo("sh-1"), photo("sh-1"))));

        assertTrue(e.getMessage().startsWith("shared.media[1].id"), e.getMessage());
    }

    @Test
    void duplicateApprovalIdsAreRejectedNamingTheField() {
        Approval a = Approval.builder("apr-1", ApprovalKind.PERMISSION, Member.of("m-0", Role.CHIEF_OF_POLICE), AT)
                .build();

        IllegalArgumentException e = rejected(post().approval(a).approval(a));

        assertTrue(e.getMessage().startsWith("approvals[1].id 'apr-1'"), e.getMessage());
    }

    @Test
    void aNullLabelIsRejectedNamingItsPlace() {
        List<Label> labels = new ArrayList<>();
        labels.add(Label.of(Labels.COMPLAINT));
        labels.add(null);

        IllegalArgumentException e = rejected(post().replaceLabels(labels));

        assertEquals("labels[1] must not be null", e.getMessage());
    }

    @Test
    void listsAreImmutableCopies() {
        List<Label> labels = new ArrayList<>(List.of(Label.of(Labels.COMPLAINT)));
        List<MediaAsset> media = new ArrayList<>(List.of(photo("img-1")));
        Post post = new Post("p-1", AT, null, MEMBER, Account.personal(null), null, labels, media, null, null);

        labels.add(Label.of(Labels.COURT_CASE));
        media.clear();

        assertEquals(List.of(Label.of(Labels.COMPLAINT)), post.labels());
        assertEquals(1, post.media().size());
        assertEquals(List.of(), post.approvals());
        assertThrows(UnsupportedOperationException.class, () -> post.labels().add(Label.of(Labels.COURT_CASE)));
        assertThrows(UnsupportedOperationException.class, () -> post.media().clear());
        assertThrows(UnsupportedOperationException.class, () -> post.allMedia().clear());
    }

    @Test
    void allMediaListsThePostsOwnThenTheSharedContents() {
        Post post = post().media(photo("img-1"))
                .shared(new SharedContent("x", List.of(), List.of(photo("sh-1"), photo("sh-2")))).build();

        assertEquals(List.of("img-1", "sh-1", "sh-2"), post.allMedia().stream().map(MediaAsset::id).toList());
    }

    @Test
    void toBuilderMakesAnEqualPost() {
        Post post = post().action(Action.SHARE).text("look").label(Label.of(Labels.COMPLAINT, 0.7))
                .media(photo("img-1")).shared(SharedContent.of("theirs", Label.of(Labels.HARASSMENT))).build();

        assertEquals(post, post.toBuilder().build());
    }

    @Test
    void anAccountWithoutAUseIsPersonal() {
        assertEquals(AccountUse.PERSONAL, new Account("x", "h", null, null).use());
        assertEquals(AccountUse.WORKPLACE, Account.workplace("pio@portlandoregon.gov").use());
    }

    @Test
    void aMemberNeedsAnIdAndDefaultsToAnOrdinaryMember() {
        assertEquals(Role.MEMBER, new Member("m-1", null, null).role());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Member.of(" ", Role.MEMBER));
        assertTrue(e.getMessage().startsWith("id "), e.getMessage());
    }

    @Test
    void singularMethodsAddAndReplaceMethodsReplace() {
        Post post = post().label(Label.of("A")).replaceLabels(java.util.List.of(Label.of("B"))).label(Label.of("C"))
                .media(photo("img-1")).replaceMedia(java.util.List.of(photo("img-2"))).media(photo("img-3"))
                .build();
        assertEquals(java.util.List.of("B", "C"), post.labels().stream().map(Label::name).toList());
        assertEquals(java.util.List.of("img-2", "img-3"), post.media().stream().map(MediaAsset::id).toList());
    }

    @Test
    @SuppressWarnings("deprecation")
    void theDeprecatedListMethodsStillReplace() {
        Post post = post().label(Label.of("A")).labels(java.util.List.of(Label.of("B"))).build();
        assertEquals(java.util.List.of("B"), post.labels().stream().map(Label::name).toList());
    }
}
