package io.github.smpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One configuration exception, and agency profiles that keep nothing of Portland's by accident. */
class ProfileConfigurationTest {

    @Test
    void aBadProfileFailsTheBuilderWithEveryProblemAsAPolicyBuildException() {
        PolicyBuildException e = assertThrows(PolicyBuildException.class,
                () -> AgencyProfile.builder().agency(" ", "").thresholds(0.9, 0.5).build());
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().stream().allMatch(p -> p.startsWith("profile: ")), e.problems().toString());
        // still an IllegalArgumentException, as the builder threw before
        assertTrue(e instanceof IllegalArgumentException);
    }

    @Test
    void theConstructorKeepsItsIllegalArgumentException() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AgencyProfile("X", "X",
                List.of(), List.of("x.example"), 0.9, 0.5, FailureMode.REVIEW, List.of()));
        assertTrue(e.getMessage().startsWith("thresholds"), e.getMessage());
    }

    @Test
    void anAgencyBuiltFromItsIdAndNameKeepsNothingOfPortland() {
        AgencyProfile ccso = AgencyProfile.builder("CCSO", "Cascade County Sheriff's Office")
                .emailDomains("cascadecounty.example").build();
        assertEquals(List.of(), ccso.aliases());
        assertEquals(List.of("cascadecounty.example"), ccso.emailDomains());
        assertEquals(0.5, ccso.reviewThreshold());
        assertEquals(0.9, ccso.denyThreshold());
        assertEquals(FailureMode.REVIEW, ccso.failureMode());
        assertTrue(!ccso.isAgencyEmail("j.doe@portlandoregon.gov"));
        PolicyEvaluator.builder().profile(ccso).textAnalysis(false).build();
    }

    @Test
    void anAgencyWithoutEmailDomainsFailsToBuild() {
        PolicyBuildException e = assertThrows(PolicyBuildException.class,
                () -> AgencyProfile.builder("CCSO", "Cascade County Sheriff's Office").build());
        assertTrue(e.problems().get(0).contains("emailDomains"), e.problems().toString());
        AgencyProfile none = new AgencyProfile("CCSO", "Cascade County Sheriff's Office", List.of(), List.of(),
                0.5, 0.9, FailureMode.REVIEW, List.of());
        e = assertThrows(PolicyBuildException.class, () -> PolicyEvaluator.builder().profile(none).build());
        assertTrue(e.problems().get(0).contains("emailDomains"), e.problems().toString());
    }

    @Test
    void portlandsBuilderRenamedToAnotherAgencyDropsPortlandsDomainAndWording() {
        PolicyBuildException e = assertThrows(PolicyBuildException.class,
                () -> AgencyProfile.builder().agency("CCSO", "Cascade County Sheriff's Office").build());
        assertTrue(e.problems().get(0).contains("emailDomains"), e.problems().toString());

        AgencyProfile ccso = AgencyProfile.builder().agency("CCSO", "Cascade County Sheriff's Office")
                .emailDomains("ccso.example").build();
        assertEquals(List.of("ccso.example"), ccso.emailDomains());
        assertEquals(AgencyWording.named("Cascade County Sheriff's Office"), ccso.wording());
        // domains set first are the agency's own and stay
        assertEquals(List.of("ccso.example"), AgencyProfile.builder().emailDomains("ccso.example")
                .agency("CCSO", "Cascade County Sheriff's Office").build().emailDomains());
        // Portland with other thresholds is still Portland
        assertEquals(AgencyProfile.portland().emailDomains(),
                AgencyProfile.builder().thresholds(0.6, 0.9).build().emailDomains());
    }
}
