package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.smpolicy.model.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A JSON string holding a lone surrogate is invalid input (issue 11, finding 6): no UTF-8 text can hold
 * it, and {@code "a\\ud800b"} must not pass for {@code "a?b"}. The error names the field, never the value.
 */
class LoneSurrogateTest {
    private static final String POST = "{\"id\": \"p-1\", \"postedAt\": \"2026-03-01T18:20:00Z\", "
            + "\"author\": {\"id\": \"m-1\", \"name\": \"Jane Roe\"}, \"account\": {\"registrationEmail\": \"jane@example.com\"}, "
            + "\"text\": \"Range day\", \"media\": [{\"id\": \"img-1\", \"kind\": \"PHOTO\", \"caption\": \"Proud\"}], "
            + "\"approvals\": [{\"id\": \"a-1\", \"kind\": \"PERMISSION\", \"grantedBy\": {\"id\": \"m-0\"}, "
            + "\"clauses\": [\"311.40-1.1\"], \"grantedAt\": \"2026-02-01T00:00:00Z\"}]}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"text\": \"Range day\"|text",
            "\"id\": \"p-1\"|id",
            "\"name\": \"Jane Roe\"|author.name",
            "\"registrationEmail\": \"jane@example.com\"|account.registrationEmail",
            "\"caption\": \"Proud\"|media[0].caption",
            "\"clauses\": [\"311.40-1.1\"]|approvals[0].clauses[0]"})
    void aLoneSurrogateIsRejectedNamingTheFieldNotTheValue(String field, String path) {
        for (String lone : new String[] {"\\ud800", "\\udc00", "\\ud83d", "\\ude80\\ud83d"}) {
            String json = POST.replace(field, field.replaceFirst("\"([^\"]*)\"(\\]?)$",
                    java.util.regex.Matcher.quoteReplacement("\"secret" + lone) + "$1\"$2"));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PostJson.read(json), json);

            assertEquals(path + ": not valid Unicode text: a lone surrogate at character 7", e.getMessage());
            assertFalse(e.getMessage().contains("secret"), e.getMessage());
        }
    }

    @Test
    void aSurrogatePairIsOneCharacterAndReadsAsBefore() {
        Post post = PostJson.read(POST.replace("Range day", "Range day \\ud83d\\ude80"));

        assertEquals("Range day \uD83D\uDE80", post.text());
    }

    @Test
    void aLoneSurrogateAndAQuestionMarkNoLongerReadAsTheSamePost() {
        assertThrows(IllegalArgumentException.class, () -> PostJson.read(POST.replace("Range day", "Range\\ud800day")));
        assertEquals("Range?day", PostJson.read(POST.replace("Range day", "Range?day")).text());
    }
}
