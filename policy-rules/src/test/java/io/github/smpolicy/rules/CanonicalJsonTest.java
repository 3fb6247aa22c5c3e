package io.github.smpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.smpolicy.model.Account;
import io.github.smpolicy.model.Action;
import io.github.smpolicy.model.Approval;
import io.github.smpolicy.model.ApprovalKind;
import io.github.smpolicy.model.Label;
import io.github.smpolicy.model.MediaAsset;
import io.github.smpolicy.model.MediaKind;
import io.github.smpolicy.model.Member;
import io.github.smpolicy.model.Occasion;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Role;
import io.github.smpolicy.model.SharedContent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The canonical JSON behind {@code postDigest} is a stored value: decisions kept by case systems
 * carry it, so its bytes may not drift. This pins them for a post that uses every field.
 */
class CanonicalJsonTest {
    private static final Instant AT = Instant.parse("2026-03-01T18:00:00Z");

    @Test
    void theCanonicalFormOfAPostWithEveryFieldIsPinned() {
        Member chief = new Member("m-0001", "Chief \"Elena\" Marsh", Role.CHIEF_OF_POLICE);
        MediaAsset photo = MediaAsset.builder("img-1", MediaKind.PHOTO)
                .depicts(new Label("BADGE", 0.85, "vision-v3")).authorDepicted(true)
                .occasion(Occasion.PROMOTION).caption("Promoted!\tProud \u00e9\u00e8 \ud83d\ude80 day\\").build();
        MediaAsset video = MediaAsset.builder("vid-2", MediaKind.VIDEO).depicts("PATCH").build();
        Post post = Post.builder("p-\u0001", AT).action(Action.SHARE)
                .author(new Member("m-2001", "Officer Dana Reyes", Role.MEMBER))
                .account(new Account("facebook", "dana.reyes", null, "dana@gmail.com"))
                .text("Line one\nline \"two\"\r\b\f end")
                .label(new Label("UNION_ACTIVITY", 0.7, null))
                .replaceMedia(List.of(photo, video))
                .shared(new SharedContent("Their words.", List.of(new Label("HARASSMENT", 1.0, "clf")),
                        List.of(MediaAsset.builder("img-9", MediaKind.PHOTO).build())))
                .approval(Approval.builder("a-1", ApprovalKind.PERMISSION, chief, AT.minusSeconds(60))
                        .clauses("311.40-1.1").media("img-1").expiresAt(AT.plusSeconds(3600)).build())
                .approval(Approval.builder("a-2", ApprovalKind.PIO_CONSULTATION, chief, AT).revoked(true).build())
                .build();

        assertEquals("{\"account\":{\"handle\":\"dana.reyes\",\"platform\":\"facebook\",\"registrationEmail\":"
                + "\"dana@gmail.com\",\"use\":\"PERSONAL\"},\"action\":\"SHARE\",\"approvals\":[{\"clauses\":"
                + "[\"311.40-1.1\"],\"expiresAt\":\"2026-03-01T19:00:00Z\",\"grantedAt\":\"2026-03-01T17:59:00Z\","
                + "\"grantedBy\":{\"id\":\"m-0001\",\"name\":\"Chief \\\"Elena\\\" Marsh\",\"role\":\"CHIEF_OF_POLICE\"},"
                + "\"id\":\"a-1\",\"kind\":\"PERMISSION\",\"media\":[\"img-1\"],\"revoked\":false},{\"clauses\":[],"
                + "\"expiresAt\":null,\"grantedAt\":\"2026-03-01T18:00:00Z\",\"grantedBy\":{\"id\":\"m-0001\","
                + "\"name\":\"Chief \\\"Elena\\\" Marsh\",\"role\":\"CHIEF_OF_POLICE\"},\"id\":\"a-2\",\"kind\":"
                + "\"PIO_CONSULTATION\",\"media\":[],\"revoked\":true}],\"author\":{\"id\":\"m-2001\",\"name\":"
                + "\"Officer Dana Reyes\",\"role\":\"MEMBER\"},\"id\":\"p-\\u0001\",\"labels\":[{\"confidence\":0.7,"
                + "\"name\":\"UNION_ACTIVITY\",\"source\":null}],\"media\":[{\"authorDepicted\":true,"
                + "\"authorInUniform\":true,\"caption\":\"Promoted!\\tProud \u00e9\u00e8 \ud83d\ude80 day\\\\\","
                + "\"depicts\":[{\"confidence\":0.85,\"name\":\"BADGE\",\"source\":\"vision-v3\"}],\"id\":\"img-1\","
                + "\"kind\":\"PHOTO\",\"occasion\":\"PROMOTION\"},{\"authorDepicted\":false,\"authorInUniform\":false,"
                + "\"caption\":\"\",\"depicts\":[{\"confidence\":1,\"name\":\"PATCH\",\"source\":null}],\"id\":\"vid-2\","
                + "\"kind\":\"VIDEO\",\"occasion\":null}],\"postedAt\":\"2026-03-01T18:00:00Z\",\"shared\":{\"labels\":"
                + "[{\"confidence\":1,\"name\":\"HARASSMENT\",\"source\":\"clf\"}],\"media\":[{\"authorDepicted\":false,"
                + "\"authorInUniform\":false,\"caption\":\"\",\"depicts\":[],\"id\":\"img-9\",\"kind\":\"PHOTO\","
                + "\"occasion\":null}],\"text\":\"Their words.\"},\"text\":\"Line one\\nline \\\"two\\\"\\r\\b\\f end\"}",
                CanonicalJson.of(post));
    }

    @Test
    void absentValuesAreWrittenAsNullAndDefaultsAsTheirValue() {
        Post post = Post.builder("p", AT).author(new Member("m", null, null))
                .account(new Account(null, null, null, null)).build();

        assertEquals("{\"account\":{\"handle\":null,\"platform\":null,\"registrationEmail\":null,\"use\":"
                + "\"PERSONAL\"},\"action\":\"PUBLISH\",\"approvals\":[],\"author\":{\"id\":\"m\",\"name\":null,"
                + "\"role\":\"MEMBER\"},\"id\":\"p\",\"labels\":[],\"media\":[],\"postedAt\":\"2026-03-01T18:00:00Z\","
                + "\"shared\":null,\"text\":\"\"}", CanonicalJson.of(post));
    }
}
