package io.github.smpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.smpolicy.model.Clause;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Labels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue of clauses findings cite: Policy P1-P4 and Procedure 1.1-1.9, in the directive's words. */
class ClauseCatalogueTest {
    private static final Path SPEC = Path.of("..", "..", "shared", "spec", "directive-311.40.md");
    private static final ClauseCatalogue CATALOGUE = ClauseCatalogue.directive31140();

    private static byte[] shippedDirective() throws IOException {
        try (InputStream in = ClauseCatalogue.class.getResourceAsStream("directive-311.40.md")) {
            assertNotNull(in, "the directive text is shipped as a resource");
            return in.readAllBytes();
        }
    }

    @Test
    void theCatalogueHoldsPolicyOneToFourAndProcedureOneOneToOneNineInOrder() {
        assertEquals(List.of("311.40-P1", "311.40-P2", "311.40-P3", "311.40-P4", "311.40-1.1", "311.40-1.2",
                "311.40-1.3", "311.40-1.4", "311.40-1.5", "311.40-1.6", "311.40-1.7", "311.40-1.8", "311.40-1.9"),
                CATALOGUE.all().stream().map(Clause::id).toList());
    }

    @Test
    void eachClauseQuotesTheDirectiveWordForWord() {
        assertEquals("Use any Police Bureau or City of Portland email address to register for a personal social "
                + "media account.", CATALOGUE.find("311.40-1.9").orElseThrow().text());
        assertEquals("Post, publish, transmit, share or disseminate any Police Bureau information that is sensitive, "
                + "confidential or otherwise protected against disclosure.", CATALOGUE.find("311.40-1.3").orElseThrow().text());
        assertEquals("Post or use any image or likeness of Police Bureau badges, identification, name tags or plates, "
                + "logos, patches, marked vehicles, marked equipment or other marked materials without the express "
                + "permission of the Chief of Police, or his or her designee. An exception to this rule is members may "
                + "post or use photographs of themselves in uniform taken while appearing for official ceremonies or "
                + "recognition such as appointments, promotions, awards or commendations.",
                CATALOGUE.find("311.40-1.1").orElseThrow().text());
        assertTrue(CATALOGUE.find("311.40-P2").orElseThrow().text().endsWith("Members will consult with the Public "
                + "Information Officer, prior to posting information about the Police Bureau on workplace social "
                + "media outlets for Bureau purposes."));
        assertTrue(CATALOGUE.find("311.40-P3").orElseThrow().text().endsWith("Communications that constitute "
                + "protected union-related activities are not restricted by this policy."));
    }

    @Test
    void everyClauseTextIsALineOfTheShippedDirective() throws IOException {
        List<String> lines = new String(shippedDirective(), StandardCharsets.UTF_8).lines().map(String::strip).toList();
        for (Clause clause : CATALOGUE.all()) {
            String number = clause.id().substring("311.40-".length()).replace("P", "");
            assertTrue(lines.contains(number + ". " + clause.text()), () -> clause.id() + " is not quoted verbatim: "
                    + clause.text());
        }
    }

    @Test
    void eachClauseHasAShortTitle() {
        assertEquals("Bureau insignia and marked property", CATALOGUE.find("311.40-1.1").orElseThrow().title());
        assertEquals("Registration email", CATALOGUE.find("311.40-1.9").orElseThrow().title());
        assertEquals("Workplace outlets", CATALOGUE.find("311.40-P2").orElseThrow().title());
        for (Clause clause : CATALOGUE.all()) {
            assertFalse(clause.title().equals(clause.id()), () -> clause.id() + " has no title of its own");
        }
    }

    @Test
    void theShippedDirectiveIsIdenticalToTheProjectsSpecification() throws IOException {
        assumeTrue(Files.isRegularFile(SPEC), "the shared specification is not beside this checkout");

        assertArrayEquals(Files.readAllBytes(SPEC), shippedDirective(),
                "policy-rules' copy of directive-311.40.md differs from shared/spec/directive-311.40.md");
    }

    @Test
    void anUnknownClauseIsNotFound() {
        assertTrue(CATALOGUE.find("311.40-1.10").isEmpty());
        assertFalse(CATALOGUE.contains("311.40-P5"));
        assertTrue(CATALOGUE.contains("311.40-P4"));
    }

    @Test
    void aClauseDefinedTwiceIsRejectedByName() {
        Clause extra = new Clause("311.40-1.1", "Again", "Again.");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CATALOGUE.with(List.of(extra)));
        assertTrue(e.getMessage().contains("311.40-1.1"), e.getMessage());
    }

    @Test
    void anAgencyMayAddItsOwnClausesAfterTheDirectives() {
        Clause own = new Clause("MCSO-7.2", "Drones", "Do not post drone footage of operations.");

        ClauseCatalogue extended = CATALOGUE.with(List.of(own));

        assertEquals(14, extended.all().size());
        assertEquals(own, extended.all().get(13));
        assertEquals(CATALOGUE.all(), extended.all().subList(0, 13));
    }

    @Test
    void theEvaluatorCitesTheDirectivesCatalogue() {
        assertEquals(CATALOGUE.all(), Posts.STANDARD.catalogue().all());
    }

    @Test
    void aFindingQuotesItsClauseFromTheCatalogue() {
        Decision decision = Posts.evaluate(Posts.personalPostRegisteredWith("dana@portlandoregon.gov")
                .media(Posts.photo("img-1", Labels.BADGE, Labels.CRIME_SCENE)));

        assertEquals(3, decision.findings().size(), decision::explain);
        decision.findings().forEach(f -> assertEquals(CATALOGUE.find(f.clause()).orElseThrow().text(), f.clauseText()));
    }
}
