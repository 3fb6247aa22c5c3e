package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.smpolicy.model.AccountUse;
import io.github.smpolicy.model.Action;
import io.github.smpolicy.model.Label;
import io.github.smpolicy.model.MediaAsset;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Role;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostJsonTest {
    private static final String MINIMAL = "{\"id\": \"p-1\", \"postedAt\": \"2026-03-01T18:20:00Z\", "
            + "\"author\": {\"id\": \"m-1\"}, \"account\": {}}";

    /** The minimal post with {@code fields} added or replacing its own. */
    private static Post read(String fields) {
        ObjectNode post = (ObjectNode) Json.parse(MINIMAL);
        post.setAll((ObjectNode) Json.parse("{" + fields + "}"));
        return PostJson.read(post);
    }

    private static void assertRejected(String rest, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(rest));
        assertEquals(message, e.getMessage());
    }

    @Test
    void absentFieldsTakeTheContractsDefaults() {
        Post post = read("\"media\": [{\"id\": \"img-1\", \"kind\": \"PHOTO\"}]");

        assertEquals(Instant.parse("2026-03-01T18:20:00Z"), post.postedAt());
        assertEquals(Action.PUBLISH, post.action());
        assertEquals(Role.MEMBER, post.author().role());
        assertEquals(AccountUse.PERSONAL, post.account().use());
        assertEquals("", post.text());
        assertNull(post.shared());
        MediaAsset asset = post.media().get(0);
        assertFalse(asset.authorDepicted());
        assertFalse(asset.authorInUniform());
        assertNull(asset.occasion());
    }

    @Test
    void aLabelIsABareWordAtFullConfidenceOrAnObjectWithItsOwn() {
        Post post = read("\"labels\": [\"UNION_ACTIVITY\", "
                + "{\"name\": \"THREAT_OF_VIOLENCE\", \"confidence\": 0.7, \"source\": \"classifier-x\"}]");

        assertEquals(List.of(new Label("UNION_ACTIVITY", 1.0, null),
                new Label("THREAT_OF_VIOLENCE", 0.7, "classifier-x")), post.labels());
    }

    @Test
    void unknownFieldsAreIgnored() {
        assertEquals("p-1", read("\"reactions\": 12, \"account\": {\"followers\": 300}").id());
    }

    @Test
    void anInvalidPostIsRejectedNamingTheFieldPath() {
        assertRejected("\"author\": {\"name\": \"A. Diaz\"}", "author.id: required");
        assertRejected("\"postedAt\": \"yesterday\"", "postedAt: not an ISO-8601 instant");
        assertRejected("\"media\": [{\"id\": \"img-1\", \"kind\": \"PHOTO\"}, "
                + "{\"id\": \"img-2\", \"kind\": \"PHOTOGRAPH\"}]",
                "media[1].kind: unknown word; expected PHOTO, VIDEO, IMAGE or OTHER");
        assertRejected("\"media\": [{\"id\": \"img-1\", \"kind\": \"PHOTO\"}, "
                + "{\"id\": \"img-1\", \"kind\": \"VIDEO\"}]",
                "media[1].id: not unique");
        assertRejected("\"media\": [{\"id\": \"img-1\", \"kind\": \"PHOTO\"}], "
                + "\"shared\": {\"media\": [{\"id\": \"img-1\", \"kind\": \"PHOTO\"}]}",
                "shared.media[0].id: not unique");
        assertRejected("\"labels\": [{\"name\": \"BADGE\", \"confidence\": 1.5}]",
                "labels[0].confidence: must be within [0, 1], was 1.5");
        assertRejected("\"media\": [{\"id\": \"img-1\", \"kind\": \"PHOTO\", \"depicts\": [\"badge\"]}]",
                "media[0].depicts[0]: not an upper-case word like BADGE or UNION_ACTIVITY");
        assertRejected("\"approvals\": [{\"id\": \"a-1\", \"kind\": \"PERMISSION\", \"grantedBy\": {\"id\": \"m-0\"}, "
                + "\"grantedAt\": \"2026-02-01T00:00:00Z\", \"expiresAt\": \"2026-01-01T00:00:00Z\"}]",
                "approvals[0].expiresAt: must be after grantedAt");
        assertRejected("\"action\": \"REPOST\"",
                "action: unknown word; expected PUBLISH, SHARE, COMMENT or ENDORSE");
        assertRejected("\"id\": 17", "id: not a string");
    }

    @Test
    void aDuplicatedKeyIsInvalidJsonRatherThanALastValueWins() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PostJson.read("{\"id\": \"p-1\", \"id\": \"p-2\"}"));
        assertEquals("not valid JSON at column 19 (field id): Duplicate field 'id'", e.getMessage());
    }
}
