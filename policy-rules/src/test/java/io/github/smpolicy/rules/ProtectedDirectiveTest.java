package io.github.smpolicy.rules;

import static io.github.smpolicy.rules.Posts.label;
import static io.github.smpolicy.rules.Posts.personalPost;
import static io.github.smpolicy.rules.Posts.personalPostRegisteredWith;
import static io.github.smpolicy.rules.Posts.photo;
import static io.github.smpolicy.rules.Posts.photoDepicting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Exemption;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Post;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 311.40 is the floor of every agency's policy: an agency's rules add to it, and the profile's
 * {@code disabledClauses} and declared exceptions are the only ways to change it. A rule that tries
 * anything else, fails, or runs away is an error in the decision, which keeps 311.40's findings.
 */
class ProtectedDirectiveTest {
    private static final String HEADER = """
            package io.github.smpolicy.rules.api;
            import java.util.List;
            import io.github.smpolicy.model.*;
            """;

    /** Posts 311.40 alone finds something in, one clause each or more. */
    private static final List<Post> FLAGGED = List.of(
            personalPostRegisteredWith(Posts.BUREAU_EMAIL).text("Pancakes Saturday!").build(),
            personalPost().media(photo("img-1", Labels.BADGE)).build(),
            personalPost().media(photoDepicting("img-1", Labels.PATCH, 0.7)).build(),
            personalPost().text("Next person who slashes my tires, I will shoot them on sight.").build(),
            personalPost().label(label(Labels.THREAT_OF_VIOLENCE, 0.95)).build(),
            personalPost().label(label(Labels.PROTECTED_CLASS_BIAS, 0.7)).build(),
            personalPost().text("Internal Affairs case IA-2026-0147 against me was closed today.").build(),
            personalPost().label(label(Labels.UNION_ACTIVITY, 0.8)).media(photo("img-1", Labels.PATCH)).build());

    static Stream<Arguments> tamperingRules() {
        return Stream.of(
                Arguments.of("deletes every concern", """
                        rule "AG-1 deletes concerns"
                            salience 5000
                        when
                            $c : Concern()
                        then
                            delete($c);
                        end
                        """),
                Arguments.of("deletes every judgement", """
                        rule "AG-1 deletes judgements"
                            salience -150
                        when
                            $j : Judgement()
                        then
                            delete($j);
                        end
                        """),
                Arguments.of("deletes the input facts", """
                        rule "AG-1 deletes depictions"
                            salience 5000
                        when
                            $d : DepictionFact()
                        then
                            delete($d);
                        end
                        rule "AG-1 deletes signals"
                            salience 5000
                        when
                            $s : SignalFact()
                        then
                            delete($s);
                        end
                        rule "AG-1 deletes assets"
                            salience 5000
                        when
                            $a : AssetFact()
                        then
                            delete($a);
                        end
                        """),
                Arguments.of("switches every clause off at run time", """
                        rule "AG-1 switches 311.40 off"
                            salience 5000
                        when
                            PostFact()
                        then
                            for (String c : List.of("311.40-1.1", "311.40-1.2", "311.40-1.3", "311.40-1.4", "311.40-1.5",
                                    "311.40-1.6", "311.40-1.7", "311.40-1.8", "311.40-1.9")) {
                                insert(new DisabledClause(c));
                            }
                        end
                        """),
                Arguments.of("waives every clause with an exception the rule book does not have", """
                        rule "AG-1 waives everything"
                            salience 5000
                        when
                            $c : Concern()
                        then
                            insert(ExceptionGrant.lifting($c.clause(), "AGENCY_WAIVER", null));
                        end
                        """),
                Arguments.of("deletes concerns through the session's own API", """
                        rule "AG-1 deletes concerns behind the engine's back"
                            salience 5000
                        when
                            $c : Concern()
                        then
                            drools.getKieRuntime().delete(drools.getKieRuntime().getFactHandle($c));
                        end
                        """),
                Arguments.of("fakes union activity", """
                        rule "AG-1 says everything is union business"
                            salience 5000
                        when
                            PostFact()
                        then
                            insert(new SignalFact("UNION_ACTIVITY", Origin.POST, 1.0,
                                new Evidence.LabelEvidence("UNION_ACTIVITY", 1.0, "agency", "post")));
                        end
                        """),
                Arguments.of("concludes ALLOW itself", """
                        rule "AG-1 concludes"
                            salience 5000
                        when
                            PostFact()
                        then
                            insert(new Conclusion(Outcome.ALLOW));
                        end
                        """));
    }

    @ParameterizedTest(name = "a rule that {0}")
    @MethodSource("tamperingRules")
    void aTamperingRuleLeavesEveryDecisionAtLeastAsStrongAs31140AloneWithItsFindingsAndAnError(String what,
            String drl) {
        PolicyEvaluator agency = agency(AgencyProfile.builder().rules("rules/tamper.drl", HEADER + drl).build());

        int refused = 0;
        for (Post post : FLAGGED) {
            Decision alone = Posts.STANDARD.evaluate(post);
            Decision tampered = agency.evaluate(post);

            assertTrue(tampered.outcome().compareTo(alone.outcome()) >= 0, () -> what + ": " + alone.outcome()
                    + " became " + tampered.explain());
            for (Finding f : alone.findings()) {
                assertTrue(tampered.findings().stream().anyMatch(t -> t.clause().equals(f.clause())
                        && t.verdict().compareTo(f.verdict()) >= 0), () -> what + " lost " + f.clause() + ":\n"
                        + tampered.explain());
            }
            if (tampered.errors().stream().anyMatch(e -> e.message().contains("311.40 is protected"))) {
                refused++;
            }
        }
        // a rule that found nothing to tamper with in a post (no depiction to delete) left it alone
        assertTrue(refused >= 2, what + ": the attempt was reported in " + refused + " decisions");
    }

    @Test
    void anExceptionTheProfileDeclaresForAStandardClauseLiftsItWithoutError() {
        String grant = HEADER + """
                rule "AG-2 training videos may show the patch"
                    salience -50
                when
                    $c : Concern( clause == "311.40-1.1" )
                then
                    insert(ExceptionGrant.lifting("311.40-1.1", "TRAINING_VIDEO", $c.getMedia()));
                end
                """;
        Post patch = personalPost().media(photo("img-1", Labels.PATCH)).build();
        PolicyEvaluator declared = agency(AgencyProfile.builder().exception("311.40-1.1", "TRAINING_VIDEO")
                .rules("rules/grant.drl", grant).build());
        PolicyEvaluator undeclared = agency(AgencyProfile.builder().rules("rules/grant.drl", grant).build());

        Decision lifted = declared.evaluate(patch);
        assertEquals(Outcome.ALLOW, lifted.outcome(), lifted::explain);
        assertTrue(lifted.errors().isEmpty(), lifted::explain);
        assertEquals(List.of(new Exemption("311.40-1.1", "TRAINING_VIDEO", "img-1")), lifted.exceptions());

        Decision refused = undeclared.evaluate(patch);
        assertEquals(Outcome.DENY, refused.outcome(), refused::explain);
        assertTrue(refused.exceptions().isEmpty(), refused::explain);
        assertTrue(refused.errors().get(0).message().contains("TRAINING_VIDEO"), refused::explain);
    }

    @Test
    void theDeclaredExceptionsAreCheckedAtBuildTimeAndChangeThePolicyDigest() {
        PolicyBuildException e = assertThrows(PolicyBuildException.class, () -> agency(AgencyProfile.builder()
                .exception("CCSO-9.9", "ANYTHING").exception("311.40-1.1", "lower case").build()));
        assertTrue(e.problems().toString().contains("CCSO-9.9"), e::getMessage);
        assertTrue(e.problems().toString().contains("UPPER_SNAKE_CASE"), e::getMessage);

        Post post = personalPost().build();
        assertFalse(Posts.STANDARD.evaluate(post).audit().policyDigest().equals(agency(AgencyProfile.builder()
                .exception("311.40-1.1", "TRAINING_VIDEO").build()).evaluate(post).audit().policyDigest()));
    }

    @Test
    void anAgencyRuleThatMayDoWhatItLikesWithItsOwnFactsIsNoTampering() {
        String own = HEADER + """
                declare Tally
                    n : int
                end
                rule "AG-3 counts"
                when
                    PostFact()
                then
                    insert(new Tally(0));
                end
                rule "AG-3 counts to three"
                when
                    $t : Tally( n < 3 )
                then
                    modify($t) { setN($t.getN() + 1) }
                end
                rule "AG-3 done counting"
                when
                    $t : Tally( n == 3 )
                then
                    delete($t);
                end
                """;
        Decision d = agency(AgencyProfile.builder().rules("rules/own.drl", own).build())
                .evaluate(personalPost().media(photo("img-1", Labels.BADGE)).build());

        assertTrue(d.errors().isEmpty(), d::explain);
        assertEquals(Outcome.DENY, d.outcome());
    }

    static Stream<Arguments> runawayRules() {
        return Stream.of(
                Arguments.of("sleeps", """
                        rule "AG-4 sleeps"
                        when
                            PostFact()
                        then
                            Thread.sleep(60_000);
                        end
                        """),
                Arguments.of("loops through the engine", """
                        declare Spin
                            n : long
                        end
                        rule "AG-4 starts spinning"
                        when
                            PostFact()
                        then
                            insert(new Spin(0));
                        end
                        rule "AG-4 spins"
                        when
                            $s : Spin( n >= 0 )
                        then
                            modify($s) { setN($s.getN() + 1) }
                        end
                        """),
                Arguments.of("recurses until the stack overflows", """
                        function long deeper(long n) {
                            return deeper(n + 1) + 1;
                        }
                        rule "AG-4 recurses"
                        when
                            PostFact()
                        then
                            deeper(0);
                        end
                        """),
                Arguments.of("throws", """
                        rule "AG-4 throws"
                            salience 5000
                        when
                            PostFact()
                        then
                            throw new IllegalStateException("bug");
                        end
                        """));
    }

    @ParameterizedTest(name = "a rule that {0}")
    @MethodSource("runawayRules")
    void aRuleThatRunsAwayOrFailsIsStoppedAndTheDecisionKeeps31140sFindings(String what, String drl) {
        PolicyEvaluator agency = PolicyEvaluator.builder().clock(Posts.CLOCK).timeBudget(Duration.ofMillis(300))
                .profile(AgencyProfile.builder().rules("rules/runaway.drl", HEADER + drl).build()).build();
        Post email = personalPostRegisteredWith(Posts.BUREAU_EMAIL).media(photo("img-1", Labels.BADGE)).build();

        Decision d = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> agency.evaluate(email));

        assertEquals(Outcome.DENY, d.outcome(), d::explain);
        assertTrue(d.findings().stream().anyMatch(f -> f.clause().equals("311.40-1.9")), d::explain);
        assertTrue(d.findings().stream().anyMatch(f -> f.clause().equals("311.40-1.1")), d::explain);
        assertTrue(d.errors().get(0).rule().startsWith("AG-4"), d::explain);
        // the evaluator is fine afterwards (a session an Error left behind is never reused)
        Decision again = agency.evaluate(email);
        // (a loop may meet the firing cap or the time budget first: the rule at fault is the same)
        assertEquals(List.of(d.outcome(), d.findings(), d.errors().get(0).rule()), List.of(again.outcome(),
                again.findings(), again.errors().get(0).rule()));
        assertFalse(Thread.currentThread().isInterrupted(), "the watchdog's interrupt was left behind");
    }

    @Test
    void aPostBeyondAnInputLimitIsRejectedQuicklyNamingTheFieldAndTheLimit() {
        Post.Builder big = personalPost();
        for (int i = 0; i < 300; i++) {
            big.media(photo("img-" + i, Labels.BADGE));
        }
        IllegalArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> assertThrows(IllegalArgumentException.class, () -> Posts.STANDARD.evaluate(big.build())));
        assertTrue(e.getMessage().contains("media: 300 assets"), e::getMessage);
        assertTrue(e.getMessage().contains("limit of 100"), e::getMessage);

        PolicyEvaluator strict = PolicyEvaluator.builder().limits(new InputLimits(10, 1, 1, 1)).build();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> strict.evaluate(personalPost()
                .text("Sunset over the Columbia.").build())).getMessage().contains("text: 25 characters"));
    }

    @Test
    void aPostAtTheLimitsIsDecidedInUnderASecond() {
        Post.Builder full = personalPostRegisteredWith(Posts.BUREAU_EMAIL);
        for (int i = 0; i < 100; i++) {
            full.media(photo("img-" + i, Labels.BADGE, Labels.PATCH, Labels.UNIFORM));
            full.approval(Posts.permission("a-" + i, Posts.CHIEF, "311.40-1.1").media("img-" + (99 - i))
                    .build());
        }
        for (int i = 0; i < 700; i++) {
            full.label(label(Labels.PROTECTED_CLASS_BIAS, 0.6));
        }
        Post post = full.build();
        Posts.STANDARD.evaluate(post); // warm

        Decision d = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> Posts.STANDARD.evaluate(post));
        assertEquals(Outcome.DENY, d.outcome(), d::explain);
        assertTrue(d.errors().isEmpty(), () -> d.errors().toString());
    }

    @Test
    void aHundredThousandWeakLabelsCostALoopAndTheEmailViolationStaysDeny() {
        Post.Builder noisy = personalPostRegisteredWith(Posts.BUREAU_EMAIL);
        for (int i = 0; i < 100_000; i++) {
            noisy.label(label(Labels.PROTECTED_CLASS_BIAS, 0.01));
        }
        Post post = noisy.build();

        Decision d = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> Posts.STANDARD.evaluate(post));
        assertEquals(Outcome.DENY, d.outcome(), d::explain);
        assertTrue(d.errors().isEmpty(), () -> d.errors().toString());
    }

    private static PolicyEvaluator agency(AgencyProfile profile) {
        return PolicyEvaluator.builder().clock(Posts.CLOCK).profile(profile).build();
    }
}
