package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.smpolicy.model.Account;
import io.github.smpolicy.model.Action;
import io.github.smpolicy.model.Member;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code policyDigest} does not depend on how the profile's or the rules' paths were spelled
 * (issue 11, finding 6): rule files are digested by their content.
 */
class PolicyDigestPathsTest {
    private static final Post POST = Post.builder("p-1", Instant.parse("2026-03-01T18:00:00Z")).action(Action.PUBLISH)
            .author(new Member("m-1", "Officer Dana Reyes", Role.MEMBER)).account(Account.personal("dana@example.com"))
            .text("Range day.").build();
    private static final String DRL = """
            package io.github.smpolicy.rules.api;
            import io.github.smpolicy.model.Evidence;
            import io.github.smpolicy.model.Verdict;
            import java.util.List;
            rule "agency: a post called never"
            when
                PostFact( id == "never" )
            then
                insert(new Concern("311.40-1.4", drools.getRule().getName(), "Never.", 1.0, Verdict.REVIEW,
                    new Evidence.AccountEvidence("use"), null, List.of()));
            end
            """;

    private static String digest(AgencySetup setup) {
        return setup.build().evaluate(POST).audit().policyDigest();
    }

    @Test
    void theProfilesPathSpelledAnyWayGivesTheSameDigest() {
        Path profile = CascadeCountySheriffTest.AGENCY.resolve("profile.json");
        List<Path> spellings = List.of(profile, Path.of(".").resolve(profile), profile.toAbsolutePath(),
                Path.of("agencies/cascade-county/rules/../profile.json"));
        String first = digest(new AgencySetup(profile, List.of()));
        for (Path spelling : spellings) {
            assertEquals(first, digest(new AgencySetup(spelling, List.of())), spelling.toString());
        }
        assertNotEquals(first, digest(AgencySetup.portland()));
    }

    @Test
    void aRulesPathSpelledAnyWayGivesTheSameDigest(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("never.drl"), DRL);
        Path relative = Path.of("").toAbsolutePath().relativize(file);
        String first = digest(new AgencySetup(null, List.of(file)));

        for (Path spelling : List.of(relative, Path.of(".").resolve(relative), dir.resolve(".").resolve("never.drl"))) {
            assertEquals(first, digest(new AgencySetup(null, List.of(spelling))), spelling.toString());
        }
        Path copy = Files.writeString(dir.resolve("elsewhere.drl"), DRL);
        assertEquals(first, digest(new AgencySetup(null, List.of(copy))), "the same rules under another name");
        Files.writeString(file, DRL.replace("Never.", "Never!"));
        assertNotEquals(first, digest(new AgencySetup(null, List.of(file))));
    }
}
