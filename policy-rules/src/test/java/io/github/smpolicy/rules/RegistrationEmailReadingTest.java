package io.github.smpolicy.rules;

import static io.github.smpolicy.rules.DecisionAssertions.assertAllowed;
import static io.github.smpolicy.rules.DecisionAssertions.assertDecision;
import static io.github.smpolicy.rules.DecisionAssertions.assertEvidence;
import static io.github.smpolicy.rules.DecisionAssertions.finding;
import static io.github.smpolicy.rules.Posts.C1_9;
import static io.github.smpolicy.rules.Posts.evaluate;
import static io.github.smpolicy.rules.Posts.personalPostRegisteredWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Evidence;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Verdict;
import io.github.smpolicy.rules.api.EmailReading;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 311.40-1.9 reads a registration email as a reviewer would (issue 11, finding 8): characters a
 * reviewer does not see, compatibility forms and a trailing dot do not hide an agency address, and an
 * address it cannot read with certainty that may be the agency's is a review, never an ALLOW.
 */
class RegistrationEmailReadingTest {
    private static final List<String> PORTLAND = AgencyProfile.portland().emailDomains();

    @ParameterizedTest(name = "{0} is the agency''s address")
    @ValueSource(strings = {
            "jane@portlandoregon.gov\u0000",                        // a trailing NUL
            "jane@portland\u200Boregon.gov",                        // a zero-width space
            "jane@\uFF50\uFF4F\uFF52\uFF54\uFF4C\uFF41\uFF4E\uFF44\uFF4F\uFF52\uFF45\uFF47\uFF4F\uFF4E.\uFF47\uFF4F\uFF56", // full width
            "\uFEFFjane@portlandoregon.gov\u200D",                  // a byte-order mark and a zero-width joiner
            "jane\uFF20portlandoregon\uFF0Egov",                    // a full-width at sign and full stop
            "jane@portlandoregon\u3002gov",                         // an ideographic full stop
            "jane@PortlandOregon.GOV.",                             // case and a trailing dot
            " jane@police.portlandoregon.gov\t\n",                  // a subdomain, white space around it
            "Jane Roe <jane@portlandoregon.gov>"})                  // a name and one address in brackets
    void anAddressThatIsTheAgencysOnceNormalisedIsAViolation(String email) {
        Decision decision = evaluate(personalPostRegisteredWith(email));

        assertDecision(decision, Outcome.DENY, C1_9, Verdict.VIOLATION);
        assertEvidence(finding(decision, C1_9), new Evidence.AccountEvidence("registrationEmail"));
    }

    @ParameterizedTest(name = "{0} needs a reviewer")
    @ValueSource(strings = {
            "jane@portlandoregon.gov (work)",                       // a trailing comment
            "a@gmail.com, b@portlandoregon.gov",                    // a second address
            "b@portlandoregon.gov; a@gmail.com",
            "jane@p\u043Ertlandoregon.gov",                         // a Cyrillic o
            "jane@xn--prtlandoregon-i7k.gov",                       // punycode of a look-alike
            "jane@portlandoregon.gov\uFE0F",                        // a variation selector left over
            "jane @ portlandoregon.gov",                            // white space inside
            "\"jane\"@portlandoregon.gov",                          // a quoted local part
            "mailto:jane@portlandoregon.gov",
            "jane@portlandoregon..gov",
            "<a@gmail.com> <jane@portlandoregon.gov>"})
    void anAddressThatCannotBeReadWithCertaintyButMayBeTheAgencysIsAReview(String email) {
        Decision decision = evaluate(personalPostRegisteredWith(email));

        assertDecision(decision, Outcome.REVIEW, C1_9, Verdict.REVIEW);
        assertEvidence(finding(decision, C1_9), new Evidence.AccountEvidence("registrationEmail"));
    }

    @ParameterizedTest(name = "{0} is not the agency''s")
    @ValueSource(strings = {"dana.reyes@gmail.com", "dana@portlandoregon.gov.evil.com", "portlandoregon.gov@gmail.com",
            "dana@notportlandoregon.gov", "dana@portlandoregon.com", "dana@oregon.gov", "Dana <dana@gmail.com>",
            "dana@gmail.com (home)", "a@gmail.com, b@yahoo.com", "jos\u00E9@gmail.com", "dana@xn--bcher-kva.de",
            "dana@gmail.com\u0000", "", "   "})
    void anAddressClearlyOnNoAgencyDomainStaysAllowed(String email) {
        assertAllowed(evaluate(personalPostRegisteredWith(email)));
    }

    @Test
    void theUnionExceptionDoesNotSoftenA19Violation() {
        Decision decision = evaluate(personalPostRegisteredWith("jane@portlandoregon.gov\u200B")
                .label(Posts.label("UNION_ACTIVITY", 0.95)));

        assertEquals(Verdict.VIOLATION, finding(decision, C1_9).verdict(), decision::explain);
    }

    @Test
    void anAgencysOwnDomainsAreReadTheSameWay() {
        PolicyEvaluator sheriff = PolicyEvaluator.builder().profile(AgencyProfile.builder()
                .agency("MCSO", "Multnomah County Sheriff's Office").emailDomains("mcso.us").build()).build();

        assertDecision(sheriff.evaluate(personalPostRegisteredWith("deputy@\uFF4D\uFF43\uFF53\uFF4F.us").build()),
                Outcome.DENY, C1_9, Verdict.VIOLATION);
        assertDecision(sheriff.evaluate(personalPostRegisteredWith("x@gmail.com, deputy@mcso.us").build()),
                Outcome.REVIEW, C1_9, Verdict.REVIEW);
        assertAllowed(sheriff.evaluate(personalPostRegisteredWith("x@gmail.com, y@portlandoregon.gov").build()));
    }

    /** Format and control characters anywhere in an agency address never make it ALLOW. */
    @Property(tries = 300)
    void invisibleCharactersAnywhereNeverHideAnAgencyAddress(@ForAll("agencyAddressesWithInvisibles") String email) {
        assertEquals(EmailReading.AGENCY, EmailReading.of(email, PORTLAND), () -> escaped(email));
    }

    /** An agency address in a list beside anything at all is never read as clearly not the agency's. */
    @Property(tries = 300)
    void anAgencyAddressBesideAnythingIsNeverElsewhere(@ForAll String before, @ForAll String after) {
        String email = before + ", dana@portlandoregon.gov, " + after;
        assertNotEquals(EmailReading.ELSEWHERE, EmailReading.of(email, PORTLAND), () -> escaped(email));
    }

    @Provide
    Arbitrary<String> agencyAddressesWithInvisibles() {
        Arbitrary<Character> invisible = Arbitraries.of('\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u200B',
                '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u202E', '\u2066');
        Arbitrary<String> local = Arbitraries.strings().withCharRange('a', 'z').withChars('.', '_').ofMinLength(1)
                .ofMaxLength(10).filter(s -> !s.startsWith(".") && !s.endsWith(".") && !s.contains(".."));
        Arbitrary<String> domain = Arbitraries.of("portlandoregon.gov", "police.portlandoregon.gov",
                "PortlandOregon.Gov", "portlandoregon.gov.");
        return net.jqwik.api.Combinators.combine(local, domain, invisible.list().ofMaxSize(4),
                Arbitraries.integers().list().ofSize(4)).as((l, d, chars, at) -> {
                    StringBuilder s = new StringBuilder(l + "@" + d);
                    for (int i = 0; i < chars.size(); i++) {
                        s.insert(Math.floorMod(at.get(i), s.length() + 1), chars.get(i));
                    }
                    return s.toString();
                });
    }

    private static String escaped(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
