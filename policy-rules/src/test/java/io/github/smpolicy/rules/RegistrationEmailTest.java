package io.github.smpolicy.rules;

import static io.github.smpolicy.rules.DecisionAssertions.assertAllowed;
import static io.github.smpolicy.rules.DecisionAssertions.assertDecision;
import static io.github.smpolicy.rules.DecisionAssertions.assertEvidence;
import static io.github.smpolicy.rules.DecisionAssertions.assertNoExceptions;
import static io.github.smpolicy.rules.DecisionAssertions.assertRemedies;
import static io.github.smpolicy.rules.DecisionAssertions.finding;
import static io.github.smpolicy.rules.Posts.C1_9;
import static io.github.smpolicy.rules.Posts.CHIEF;
import static io.github.smpolicy.rules.Posts.P2;
import static io.github.smpolicy.rules.Posts.chiefsPermission;
import static io.github.smpolicy.rules.Posts.evaluate;
import static io.github.smpolicy.rules.Posts.personalPostRegisteredWith;
import static io.github.smpolicy.rules.Posts.pioConsultation;
import static io.github.smpolicy.rules.Posts.photo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Account;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Evidence;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Remedy;
import io.github.smpolicy.model.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 311.40-1.9: no Bureau or City email address to register a personal social media account. */
class RegistrationEmailTest {
    private static PolicyEvaluator sheriffsOffice;

    @BeforeAll
    static void customAgency() {
        sheriffsOffice = PolicyEvaluator.builder().profile(AgencyProfile.builder()
                .agency("MCSO", "Multnomah County Sheriff's Office", "MCSO", "the Sheriff's Office")
                .emailDomains("mcso.us", "@MultCo.us").build()).build();
    }

    @Test
    void aPersonalAccountRegisteredWithAPortlandoregonGovAddressIsAViolation() {
        Decision decision = evaluate(personalPostRegisteredWith("dana.reyes@portlandoregon.gov").media(photo("img-1")));

        assertDecision(decision, Outcome.DENY, C1_9, Verdict.VIOLATION);
        Finding finding = finding(decision, C1_9);
        assertEvidence(finding, new Evidence.AccountEvidence("registrationEmail"));
        assertRemedies(finding, Remedy.REREGISTER_ACCOUNT);
        assertTrue(finding.clauseText().contains("email address to register for a personal social media account"),
                finding.clauseText());
    }

    @ParameterizedTest(name = "{0} belongs to the agency")
    @ValueSource(strings = {"dana.reyes@police.portlandoregon.gov", "Dana.Reyes@Police.PortlandOregon.GOV",
            "DANA@PORTLANDOREGON.GOV", "dana@ppb.police.portlandoregon.gov"})
    void aSubdomainOrMixedCaseOfTheAgencysDomainIsStillTheAgencys(String email) {
        assertDecision(evaluate(personalPostRegisteredWith(email)), Outcome.DENY, C1_9, Verdict.VIOLATION);
    }

    @ParameterizedTest(name = "{0} is not the agency's")
    @ValueSource(strings = {"dana.reyes@gmail.com", "dana@notportlandoregon.gov", "dana@portlandoregon.gov.evil.com",
            "portlandoregon.gov@gmail.com", "dana@portlandoregon.com", "dana@oregon.gov"})
    void aLookalikeOrUnrelatedDomainIsNotAViolation(String email) {
        assertAllowed(evaluate(personalPostRegisteredWith(email)));
    }

    @Test
    void anAccountWithNoRegistrationEmailIsNotAViolation() {
        assertAllowed(evaluate(personalPostRegisteredWith(null)));
    }

    @Test
    void itIsAViolationWhateverThePostSays() {
        Decision decision = evaluate(personalPostRegisteredWith("dana@portlandoregon.gov").text(""));

        assertDecision(decision, Outcome.DENY, C1_9, Verdict.VIOLATION);
    }

    @Test
    void theChiefOfPoliceIsNotExceptedFromTheRegistrationRule() {
        Decision decision = evaluate(personalPostRegisteredWith("elena.marsh@portlandoregon.gov").author(CHIEF));

        assertDecision(decision, Outcome.DENY, C1_9, Verdict.VIOLATION);
        assertNoExceptions(decision);
    }

    @Test
    void noPermissionLiftsTheRegistrationRule() {
        Decision decision = evaluate(personalPostRegisteredWith("dana@portlandoregon.gov")
                .approval(chiefsPermission("apr-1", C1_9).build()));

        assertDecision(decision, Outcome.DENY, C1_9, Verdict.VIOLATION);
        assertNoExceptions(decision);
    }

    @Test
    void anAgencyProfileNamesItsOwnDomains() {
        assertDecision(sheriffsOffice.evaluate(personalPostRegisteredWith("deputy@mcso.us").build()), Outcome.DENY,
                C1_9, Verdict.VIOLATION);
        assertDecision(sheriffsOffice.evaluate(personalPostRegisteredWith("deputy@hr.multco.us").build()),
                Outcome.DENY, C1_9, Verdict.VIOLATION);
    }

    @Test
    void anAgencyProfileWithItsOwnDomainsNoLongerFlagsPortlands() {
        assertAllowed(sheriffsOffice.evaluate(personalPostRegisteredWith("dana@portlandoregon.gov").build()));
        assertAllowed(sheriffsOffice.evaluate(personalPostRegisteredWith("deputy@notmcso.us").build()));
    }

    @Test
    void aWorkplaceAccountRegisteredWithABureauAddressIsNotA19Finding() {
        Decision decision = evaluate(Posts.workplacePost().account(Account.workplace("pio@portlandoregon.gov"))
                .approval(pioConsultation("pio-1").build()));

        assertAllowed(decision);
    }

    @Test
    void aWorkplaceAccountWithoutConsultationIsOnlyAP2Finding() {
        Decision decision = evaluate(Posts.workplacePost().account(Account.workplace("pio@portlandoregon.gov")));

        assertDecision(decision, Outcome.DENY, P2, Verdict.VIOLATION);
    }
}
