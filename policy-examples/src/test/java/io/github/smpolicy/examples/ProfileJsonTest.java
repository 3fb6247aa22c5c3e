package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.smpolicy.rules.AgencyProfile;
import io.github.smpolicy.rules.FailureMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileJsonTest {
    private static AgencyProfile read(String json) {
        return ProfileJson.read(Json.parse(json));
    }

    @Test
    void anEmptyProfileIsPortlands() {
        assertEquals(AgencyProfile.portland(), read("{}"));
    }

    @Test
    void eachKeyGivenReplacesPortlandsAndEachKeyAbsentKeepsIt() {
        AgencyProfile profile = read("""
                {"agency": {"id": "CCSO", "name": "Cascade County Sheriff's Office",
                            "aliases": ["CCSO", "the Sheriff's Office"], "emailDomains": ["cascadecounty.example"]},
                 "thresholds": {"deny": 0.95}, "failureMode": "DENY", "disabledClauses": ["311.40-1.9"],
                 "clauses": [], "rules": [], "lexicon": []}
                """);

        assertEquals(new AgencyProfile("CCSO", "Cascade County Sheriff's Office",
                List.of("CCSO", "the Sheriff's Office"), List.of("cascadecounty.example"), 0.5, 0.95,
                FailureMode.DENY, List.of("311.40-1.9")), profile);
    }

    @Test
    void clausesRulesAndLexiconAreRefusedNamingTheKeyUntilThisVersionSupportsThem() {
        for (String key : List.of("clauses", "rules", "lexicon")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> read("{\"" + key + "\": [\"something\"]}"));
            assertEquals(key + ": not supported by this version yet", e.getMessage());
        }
    }

    @Test
    void anInvalidProfileIsRejectedNamingTheKey() {
        assertEquals("failureMode: unknown word 'ALLOW'; expected REVIEW or DENY",
                assertThrows(IllegalArgumentException.class, () -> read("{\"failureMode\": \"ALLOW\"}")).getMessage());
        assertEquals("thresholds.review: not a number",
                assertThrows(IllegalArgumentException.class, () -> read("{\"thresholds\": {\"review\": \"high\"}}"))
                        .getMessage());
    }
}
