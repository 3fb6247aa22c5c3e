package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.smpolicy.model.Clause;
import io.github.smpolicy.rules.AgencyProfile;
import io.github.smpolicy.rules.FailureMode;
import io.github.smpolicy.rules.LexiconEntry;
import io.github.smpolicy.rules.RuleFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileJsonTest {
    @TempDir
    Path dir;

    private static AgencyProfile read(String json) {
        return ProfileJson.read(Json.parse(json));
    }

    private static String problem(String json) {
        return assertThrows(IllegalArgumentException.class, () -> read(json)).getMessage();
    }

    @Test
    void strictReadingNamesAnUnknownKeyWhereTheDefaultIgnoresIt() throws IOException {
        Path profile = Path.of("agencies/cascade-county/profile.json");
        String json = Files.readString(profile).replaceFirst("\"thresholds\"", "\"treshholds\"");
        assertEquals(ProfileJson.read(Json.parse(json).deepCopy(), profile.getParent(), false).id(), "CCSO");
        String message = assertThrows(IllegalArgumentException.class,
                () -> ProfileJson.read(Json.parse(json), profile.getParent(), false, true)).getMessage();
        assertEquals("treshholds: unknown field; did you mean thresholds?", message);
        ProfileJson.read(profile, false, true); // the sheriff's profile has no unknown key
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
    void clausesLexiconLabelsAndDepictionsAreReadAndRuleFilesAreNamedByTheirPathFromTheProfilesDirectory()
            throws IOException {
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("rules/CCSO-4.2.drl"), "// the rules");
        Path file = Files.writeString(dir.resolve("profile.json"), """
                {"clauses": [{"id": "CCSO-4.2", "title": "Tagging colleagues", "text": "Members shall not tag."}],
                 "rules": ["rules/CCSO-4.2.drl"],
                 "lexicon": [{"signal": "ON_DUTY", "term": "currently on duty", "confidence": 0.7}],
                 "labels": ["TAGS_COLLEAGUE", "ON_DUTY"], "depictions": ["MINOR"]}
                """);

        AgencyProfile profile = ProfileJson.read(file);

        assertEquals(List.of(new Clause("CCSO-4.2", "Tagging colleagues", "Members shall not tag.")),
                profile.clauses());
        assertEquals(List.of(new RuleFile(dir.resolve("rules/CCSO-4.2.drl").toString(), "// the rules")),
                profile.rules());
        assertEquals(List.of(new LexiconEntry("ON_DUTY", "currently on duty", 0.7)), profile.lexicon());
        assertEquals(List.of("TAGS_COLLEAGUE", "ON_DUTY"), profile.labels());
        assertEquals(List.of("MINOR"), profile.depictions());
    }

    @Test
    void theSheriffsProfileIsReadWhole() throws IOException {
        AgencyProfile sheriff = ProfileJson.read(Path.of("agencies/cascade-county/profile.json"));

        assertEquals("CCSO", sheriff.id());
        assertEquals(List.of("CCSO-4.1", "CCSO-4.2", "CCSO-4.3", "CCSO-4.4"),
                sheriff.clauses().stream().map(Clause::id).toList());
        assertEquals(List.of("agencies/cascade-county/rules/CCSO-4.1.drl", "agencies/cascade-county/rules/CCSO-4.2.drl",
                "agencies/cascade-county/rules/CCSO-4.3.drl", "agencies/cascade-county/rules/CCSO-4.4.drl"),
                sheriff.rules().stream().map(RuleFile::name).map(n -> n.replace('\\', '/')).toList());
    }

    @Test
    void anotherAgencyMustNameItsEmailDomainsAndKeepsNoneOfPortlandsAliases() {
        assertEquals("agency.emailDomains: is required for an agency other than Portland's (PPB): the domains of"
                + " the agency's own email addresses",
                problem("{\"agency\": {\"id\": \"CCSO\", \"name\": \"Cascade County Sheriff's Office\"}}"));
        AgencyProfile ccso = read("""
                {"agency": {"id": "CCSO", "name": "Cascade County Sheriff's Office", "emailDomains": ["ccso.example"]}}
                """);
        assertEquals(List.of(), ccso.aliases());
        assertEquals(List.of("ccso.example"), ccso.emailDomains());
        // Portland's own id keeps Portland's defaults, as every absent key does
        assertEquals(AgencyProfile.portland().emailDomains(),
                read("{\"agency\": {\"id\": \"PPB\", \"name\": \"Portland Police Bureau\"}}").emailDomains());
    }

    @Test
    void anInvalidProfileIsRejectedNamingTheKey() {
        assertEquals("failureMode: unknown word; expected REVIEW or DENY", problem("{\"failureMode\": \"ALLOW\"}"));
        assertEquals("thresholds.review: not a number", problem("{\"thresholds\": {\"review\": \"high\"}}"));
        assertEquals("clauses[0].title: required", problem("{\"clauses\": [{\"id\": \"CCSO-4.1\", \"text\": \"…\"}]}"));
        assertEquals("clauses[1].id: 'CCSO-4.1' is defined twice", problem("""
                {"clauses": [{"id": "CCSO-4.1", "title": "t", "text": "x"}, {"id": "CCSO-4.1", "title": "t", "text": "y"}]}
                """));
        assertEquals("lexicon[0].confidence: required", problem("{\"lexicon\": [{\"signal\": \"ON_DUTY\", \"term\": \"x\"}]}"));
        assertEquals("lexicon[0].confidence: must be within [0, 1], was 1.5",
                problem("{\"lexicon\": [{\"signal\": \"ON_DUTY\", \"term\": \"x\", \"confidence\": 1.5}]}"));
        assertEquals("labels[1]: 'on duty' is not an upper-case word like BADGE or UNION_ACTIVITY",
                problem("{\"labels\": [\"TAGS_COLLEAGUE\", \"on duty\"]}"));
        assertEquals("depictions: not a list", problem("{\"depictions\": \"MINOR\"}"));
        assertEquals("rules[0]: not a string", problem("{\"rules\": [{\"path\": \"rules/x.drl\"}]}"));
        assertEquals("thresholds: must satisfy 0 < review <= deny <= 1, were review=0.95 deny=0.9",
                problem("{\"thresholds\": {\"review\": 0.95}}"));
    }

    @Test
    void aRuleFileThatCannotBeReadIsNamedWithItsKey() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> ProfileJson.read(Json.parse("{\"rules\": [\"rules/missing.drl\"]}"), dir)).getMessage();

        assertEquals("rules[0]: cannot read " + dir.resolve("rules/missing.drl") + ": no such file", message);
    }
}
