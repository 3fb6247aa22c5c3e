package io.github.smpolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalTest {
    private static final Instant GRANTED = Instant.parse("2026-03-01T00:00:00Z");
    private static final Member CHIEF = Member.of("m-0001", Role.CHIEF_OF_POLICE);

    private static Approval.Builder permission() {
        return Approval.builder("apr-1", ApprovalKind.PERMISSION, CHIEF, GRANTED).clauses("311.40-1.1");
    }

    @Test
    void anExpiryBeforeTheGrantIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> permission().expiresAt(GRANTED.minus(Duration.ofDays(1))).build());

        assertEquals("expiresAt must be after grantedAt", e.getMessage());
    }

    @Test
    void anExpiryAtTheMomentOfTheGrantIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> permission().expiresAt(GRANTED).build());
    }

    @Test
    void anExpiryAfterTheGrantIsAccepted() {
        assertEquals(GRANTED.plusMillis(1), permission().expiresAt(GRANTED.plusMillis(1)).build().expiresAt());
    }

    @Test
    void requiredFieldsAreNamedWhenMissing() {
        assertEquals("id must not be empty", assertThrows(IllegalArgumentException.class,
                () -> Approval.builder(" ", ApprovalKind.PERMISSION, CHIEF, GRANTED).build()).getMessage());
        assertEquals("kind is required", assertThrows(IllegalArgumentException.class,
                () -> Approval.builder("apr-1", null, CHIEF, GRANTED).build()).getMessage());
        assertEquals("grantedBy is required", assertThrows(IllegalArgumentException.class,
                () -> Approval.builder("apr-1", ApprovalKind.PERMISSION, null, GRANTED).build()).getMessage());
        assertEquals("grantedAt is required", assertThrows(IllegalArgumentException.class,
                () -> Approval.builder("apr-1", ApprovalKind.PERMISSION, CHIEF, null).build()).getMessage());
    }

    @Test
    void anEmptyMediaListCoversTheWholePost() {
        Approval whole = permission().build();

        assertTrue(whole.covers("img-1"));
        assertTrue(whole.covers("sh-9"));
        assertTrue(whole.covers(null));
    }

    @Test
    void aMediaListCoversOnlyTheAssetsItNames() {
        Approval one = permission().media("img-1").build();

        assertTrue(one.covers("img-1"));
        assertFalse(one.covers("img-2"));
    }

    @Test
    void listsAreImmutableCopies() {
        List<String> clauses = new ArrayList<>(List.of("311.40-1.1"));
        List<String> media = new ArrayList<>(List.of("img-1"));
        Approval approval = new Approval("apr-1", ApprovalKind.PERMISSION, CHIEF, clauses, media, GRANTED, null, false);

        clauses.add("311.40-1.8");
        media.clear();

        assertEquals(List.of("311.40-1.1"), approval.clauses());
        assertEquals(List.of("img-1"), approval.media());
        assertThrows(UnsupportedOperationException.class, () -> approval.clauses().add("311.40-1.8"));
        assertThrows(UnsupportedOperationException.class, () -> approval.media().add("img-2"));
    }

    @Test
    void aRejectedStatusNeedsAReasonAndOnlyItHasOne() {
        assertThrows(IllegalArgumentException.class,
                () -> new ApprovalStatus("apr-1", ApprovalStatus.Status.REJECTED, null));
        assertThrows(IllegalArgumentException.class, () -> new ApprovalStatus("apr-1", ApprovalStatus.Status.APPLIED,
                ApprovalStatus.Reason.EXPIRED));
        assertEquals(ApprovalStatus.Reason.REVOKED,
                new ApprovalStatus("apr-1", ApprovalStatus.Status.REJECTED, ApprovalStatus.Reason.REVOKED).reason());
    }

    @Test
    void theReasonsAreInTheOrderTheChecksAreMade() {
        assertEquals(List.of(ApprovalStatus.Reason.GRANTOR_NOT_AUTHORIZED, ApprovalStatus.Reason.NOT_YET_VALID,
                ApprovalStatus.Reason.EXPIRED, ApprovalStatus.Reason.REVOKED, ApprovalStatus.Reason.OUT_OF_SCOPE),
                List.of(ApprovalStatus.Reason.values()));
    }
}
