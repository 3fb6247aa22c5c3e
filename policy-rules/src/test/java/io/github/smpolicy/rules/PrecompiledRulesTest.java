package io.github.smpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.kie.api.io.ResourceType;

/** The standard rules' executable model, made by the build, against the DRL it was made from. */
class PrecompiledRulesTest {
    private static final String AGENCY = """
            package io.github.smpolicy.rules.api;

            rule "agency: the member's own post is attributed"
            when
                PostFact()
                Attribution( origin == Origin.POST )
            then
            end
            """;

    @Test
    void theBuildPrecompiledTheStandardRules() {
        assertTrue(PrecompiledRules.load(RuleBase.standardSources()).isPresent(),
                "no executable model of the standard rules on the class path: did the build run RuleModelGenerator?");
    }

    @Test
    void theModelLivesOutsideTheRuleAuthoringPackage() {
        PrecompiledRules.Index index = PrecompiledRules.indexOf(RuleBase.standardSources()).orElseThrow();
        for (String model : index.models()) {
            assertTrue(model.startsWith(RuleModelGenerator.MODEL_PACKAGE + "."), model);
        }
        // the rule package, which agency rules share, is still the DRL's
        assertEquals(List.of("io.github.smpolicy.rules.api"), PrecompiledRules.kieBase(index).orElseThrow()
                .getKiePackages().stream().map(p -> p.getName()).filter(n -> !n.startsWith("java.")).distinct().toList());
    }

    @Test
    void theModelHasTheRulesOfTheDrl() {
        KieBase model = PrecompiledRules.load(RuleBase.standardSources()).orElseThrow();
        KnowledgeBuilder drl = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (RuleBase.Source s : RuleBase.standardSources()) {
            drl.add(ResourceFactory.newByteArrayResource(s.drl()).setSourcePath(s.path()), ResourceType.DRL);
        }
        assertEquals(ruleNames(drl.newKieBase()), ruleNames(model));
    }

    @Test
    void theIndexHoldsWhatTheScannerFindsInTheStandardRules() {
        PrecompiledRules.Index index = PrecompiledRules.indexOf(RuleBase.standardSources()).orElseThrow();
        for (RuleBase.Source s : RuleBase.standardSources()) {
            String drl = new String(s.drl(), StandardCharsets.UTF_8);
            assertEquals(RuleScanner.traces(s.path(), drl), index.traces().get(s.path()), s.path());
            assertEquals(RuleScanner.citations(drl), index.citations().get(s.path()), s.path());
        }
    }

    @Test
    void aModelMadeFromOtherRuleFilesIsNotUsed() {
        List<RuleBase.Source> changed = new ArrayList<>(RuleBase.standardSources());
        RuleBase.Source last = changed.remove(changed.size() - 1);
        changed.add(new RuleBase.Source(last.path(),
                (new String(last.drl(), StandardCharsets.UTF_8) + "\n// edited\n").getBytes(StandardCharsets.UTF_8)));

        assertTrue(PrecompiledRules.load(changed).isEmpty());
    }

    @Test
    void agencyRulesCompileIntoTheRuleBaseOfThePrecompiledStandardRules() {
        List<RuleBase.Source> sources = new ArrayList<>(RuleBase.standardSources());
        sources.add(new RuleBase.Source("rules/agency.drl", AGENCY.getBytes(StandardCharsets.UTF_8)));

        RuleBase rules = RuleBase.compile(sources, clause -> true);

        var session = rules.newSession();
        try {
            Set<String> names = new TreeSet<>();
            names.addAll(ruleNames(session.getKieBase()));
            assertTrue(names.contains("io.github.smpolicy.rules.api: agency: the member's own post is attributed"), names.toString());
            assertTrue(names.containsAll(ruleNames(PrecompiledRules.load(RuleBase.standardSources()).orElseThrow())));
        } finally {
            session.dispose();
        }
    }

    @Test
    void theStandardRulesAloneAreBuiltOnceAndAnAgencysRulesNeverReachThem() {
        RuleBase standard = RuleBase.compile(RuleBase.standardSources(), clause -> true);
        List<RuleBase.Source> sources = new ArrayList<>(RuleBase.standardSources());
        sources.add(new RuleBase.Source("rules/agency.drl", AGENCY.getBytes(StandardCharsets.UTF_8)));

        RuleBase agency = RuleBase.compile(sources, clause -> true);

        assertSame(standard, RuleBase.compile(RuleBase.standardSources(), clause -> true));
        assertNotSame(standard, agency);
        assertSame(standard, agency.standardOnly());
        var session = standard.newSession();
        try {
            assertFalse(ruleNames(session.getKieBase()).contains(
                    "io.github.smpolicy.rules.api: agency: the member's own post is attributed"));
        } finally {
            session.dispose();
        }
    }

    @Test
    void aStandardRuleCitingAClauseTheCatalogueLacksStillFailsTheBuild() {
        PolicyBuildException e = assertThrows(PolicyBuildException.class,
                () -> RuleBase.compile(RuleBase.standardSources(), clause -> !clause.equals("311.40-1.6")));

        assertTrue(e.problems().stream().allMatch(p -> p.contains("cites clause 311.40-1.6")), e.problems().toString());
    }

    @Test
    void anAgencyRuleNamedLikeAStandardRuleFailsTheBuildNamingItsFileAndLine() {
        String standard = RuleScanner.traces(RuleBase.standardSources().get(0).path(),
                new String(RuleBase.standardSources().get(0).drl(), StandardCharsets.UTF_8)).get(0).rule();
        String drl = "package io.github.smpolicy.rules.api;\n\nrule \"" + standard + "\"\nwhen\n    PostFact()\nthen\nend\n";
        List<RuleBase.Source> sources = new ArrayList<>(RuleBase.standardSources());
        sources.add(new RuleBase.Source("rules/dup.drl", drl.getBytes(StandardCharsets.UTF_8)));

        PolicyBuildException e = assertThrows(PolicyBuildException.class, () -> RuleBase.compile(sources, c -> true));

        assertEquals(List.of("rules/dup.drl:3: Duplicate rule name: " + standard), e.problems());
    }

    private static Set<String> ruleNames(KieBase base) {
        Set<String> names = new TreeSet<>();
        for (KiePackage p : base.getKiePackages()) {
            for (Rule r : p.getRules()) {
                names.add(p.getName() + ": " + r.getName());
            }
        }
        return names;
    }
}
