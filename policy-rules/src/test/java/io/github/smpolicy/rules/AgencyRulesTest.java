package io.github.smpolicy.rules;

import static io.github.smpolicy.rules.Posts.personalPost;
import static io.github.smpolicy.rules.Posts.photo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Exemption;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Label;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Agency profiles that add clauses, rules, vocabulary and lexicon to 311.40. */
class AgencyRulesTest {
    private static final String HEADER = """
            package io.github.smpolicy.rules.api;
            import java.util.List;
            import io.github.smpolicy.model.*;
            """;

    private static final String NO_MINORS = HEADER + """
            rule "CCSO-4.2 an asset depicts a minor"
            when
                $d : DepictionFact( element == "MINOR" )
                $at : Attribution( origin == $d.origin, !commentOnly )
            then
                insert(new Concern("CCSO-4.2", drools.getRule().getName(), "The post shows a minor.",
                    $d.getConfidence(), $at.getCap(), $d.evidence(), $d.getMedia(),
                    List.of(Remedies.removeMedia($d.getMedia()))));
            end
            """;

    private static AgencyProfile.Builder sheriff() {
        return AgencyProfile.builder().agency("CCSO", "Cascade County Sheriff's Office", "CCSO")
                .emailDomains("cascadecounty.example")
                .clause("CCSO-4.2", "Minors", "Members shall not post photographs of minors met on duty.")
                .depictions("MINOR");
    }

    @Test
    void anAgencyRuleRaisesAFindingThatQuotesTheAgencysOwnClause() {
        PolicyEvaluator evaluator = PolicyEvaluator.builder()
                .profile(sheriff().rules("rules/minors.drl", NO_MINORS).build()).build();

        Decision decision = evaluator.evaluate(personalPost().media(photo("img-1", "MINOR")).build());

        assertEquals(Outcome.DENY, decision.outcome());
        Finding finding = decision.finding("CCSO-4.2").orElseThrow();
        assertEquals("Members shall not post photographs of minors met on duty.", finding.clauseText());
        assertEquals("CCSO-4.2 an asset depicts a minor", finding.rule());
        assertEquals("311.40+CCSO", decision.policy().id());
    }

    @Test
    void standardClausesStillApplyBesideTheAgencysRules() {
        PolicyEvaluator evaluator = PolicyEvaluator.builder()
                .profile(sheriff().rules("rules/minors.drl", NO_MINORS).build()).build();

        Decision decision = evaluator.evaluate(personalPost().account(
                io.github.smpolicy.model.Account.personal("deputy@mail.cascadecounty.example"))
                .media(photo("img-1", "MINOR", "BADGE")).build());

        assertEquals(List.of("CCSO-4.2", "311.40-1.1", "311.40-1.9").stream().sorted().toList(),
                decision.findings().stream().map(Finding::clause).sorted().toList());
    }

    @Test
    void aDrlThatDoesNotCompileFailsTheBuildNamingItsFileAndLine() {
        String broken = HEADER + """
                rule "CCSO-4.2 broken"
                when
                    $d : DepictionFact( element == )
                then
                end
                """;
        PolicyBuildException e = assertThrows(PolicyBuildException.class, () -> PolicyEvaluator.builder()
                .profile(sheriff().rules("rules/broken.drl", broken).build()).build());

        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("rules/broken.drl:6")), e.getMessage());
    }

    @Test
    void aRuleCitingAClauseNoCatalogueDefinesFailsTheBuildNamingFileLineAndClause() {
        String drl = NO_MINORS.replace("new Concern(\"CCSO-4.2\"", "new Concern(\"CCSO-9.9\"");
        PolicyBuildException e = assertThrows(PolicyBuildException.class, () -> PolicyEvaluator.builder()
                .profile(sheriff().rules("rules/minors.drl", drl).build()).build());

        assertEquals(List.of("rules/minors.drl:9: rule \"CCSO-4.2 an asset depicts a minor\" cites clause CCSO-9.9,"
                + " which no catalogue defines"), e.problems());
    }

    @Test
    void everyProblemOfAProfileIsListedAtOnce() {
        String broken = HEADER + "rule \"x\" when then insert(; end\n";
        AgencyProfile profile = sheriff().rules("rules/broken.drl", broken).disableClause("311.40-7.7")
                .lexicon("NOT_A_LABEL", "case file", 0.7).build();

        PolicyBuildException e = assertThrows(PolicyBuildException.class,
                () -> PolicyEvaluator.builder().profile(profile).build());

        assertTrue(e.problems().stream().anyMatch(p -> p.contains("disabledClauses names 311.40-7.7")), e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("NOT_A_LABEL")), e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("rules/broken.drl")), e.getMessage());
    }

    @Test
    void anAgencyRuleCannotTurnAUnionLabelledViolationIntoDeny() {
        // after P3 has fired: insert a fresh VIOLATION judgement, and delete the union signal
        String bypass = HEADER + """
                rule "CCSO bypass: make every concern a violation again"
                    salience -1000
                when
                    $c : Concern()
                    not Judgement( concern == $c, verdict == Verdict.VIOLATION )
                then
                    insert(new Judgement($c, Verdict.VIOLATION));
                end

                rule "CCSO bypass: remove the union label"
                    salience -1000
                when
                    $s : SignalFact( name == "UNION_ACTIVITY" )
                then
                    delete($s);
                end
                """;
        PolicyEvaluator evaluator = PolicyEvaluator.builder()
                .profile(sheriff().rules("rules/bypass.drl", bypass).build()).build();

        Decision decision = evaluator.evaluate(personalPost().label(Label.of(Labels.UNION_ACTIVITY))
                .media(photo("img-1", "BADGE")).build());

        assertEquals(Outcome.REVIEW, decision.outcome(), decision::explain);
        assertEquals(Verdict.REVIEW, decision.finding("311.40-1.1").orElseThrow().verdict());
        assertTrue(decision.exceptions().contains(new Exemption("311.40-1.1", "UNION_ACTIVITY", null)));
    }

    @Test
    void anAgencyRuleThatThrowsGivesReviewWithTheErrorNeverAllow() {
        String throwing = HEADER + """
                rule "CCSO-4.2 a rule with a bug"
                when
                    PostFact()
                then
                    throw new IllegalStateException("agency rule bug quoting Jane Roe's post");
                end
                """;
        PolicyEvaluator evaluator = PolicyEvaluator.builder()
                .profile(sheriff().rules("rules/bug.drl", throwing).build()).build();

        Decision decision = evaluator.evaluate(personalPost().build());

        assertEquals(Outcome.REVIEW, decision.outcome());
        assertEquals("CCSO-4.2 a rule with a bug", decision.errors().get(0).rule());
        // the kind of failure, never the exception's message: it may quote the post or name the member
        assertTrue(decision.errors().get(0).message().contains("java.lang.IllegalStateException"),
                decision.errors().get(0)::message);
        assertFalse(decision.errors().toString().contains("Jane Roe"), decision.errors()::toString);
    }

    @Test
    void aLexiconEntryOfTheProfileRaisesItsSignalWithTheMatchedWordsAsEvidence() {
        PolicyEvaluator evaluator = PolicyEvaluator.builder()
                .profile(AgencyProfile.builder().lexicon(Labels.SENSITIVE_INFORMATION, "case file", 0.7).build()).build();
        String text = "Reading the Case File on the bus home.";

        Decision decision = evaluator.evaluate(personalPost().text(text).build());

        Finding finding = decision.finding("311.40-1.3").orElseThrow();
        assertEquals(Verdict.REVIEW, finding.verdict());
        var evidence = (io.github.smpolicy.model.Evidence.TextEvidence) finding.evidence().get(0);
        assertEquals("Case File", text.substring(evidence.text().start(), evidence.text().end()));
    }

    @Test
    void traceabilityNamesTheRulesCitingEachClauseAndTheExceptionsTheyGrant() {
        List<RuleTrace> traces = Posts.STANDARD.traceability();

        assertTrue(traces.stream().anyMatch(t -> t.clauses().contains("311.40-1.1")
                && t.rule().equals("311.40-1.1 an asset depicts Bureau insignia or marked property")));
        assertTrue(traces.stream().anyMatch(t -> t.exceptions().contains("311.40-1.1/CEREMONY_PHOTO")));
        assertTrue(traces.stream().anyMatch(t -> t.exceptions().contains("*/UNION_ACTIVITY")));
        for (String clause : List.of("311.40-1.1", "311.40-1.2", "311.40-1.3", "311.40-1.4", "311.40-1.5",
                "311.40-1.6", "311.40-1.7", "311.40-1.8", "311.40-1.9", "311.40-P2")) {
            assertTrue(traces.stream().anyMatch(t -> t.clauses().contains(clause)), clause);
        }
    }
}
