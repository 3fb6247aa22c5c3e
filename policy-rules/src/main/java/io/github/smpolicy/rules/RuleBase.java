package io.github.smpolicy.rules;

import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * The compiled rules: a Drools {@link KieBase}, which holds no runtime data and is safe to share,
 * and a pool of sessions on it. Every evaluation takes a session of its own from the pool and gives
 * it back on {@code dispose()}, which resets it (facts, agenda, node memories) for the next one; a
 * reset session keeps the node and segment memories Drools otherwise builds anew for every session,
 * which was a third of the engine's cost per evaluation. The pool grows to as many sessions as
 * there are evaluations at once and is safe to use from any thread.
 */
final class RuleBase {
    /** The standard rules, in the resource package of the facts they reason about. */
    static final List<String> STANDARD = List.of("sharing.drl", "thresholds.drl", "approvals.drl",
            "311.40-1.1.drl", "311.40-1.2.drl", "311.40-1.3.drl", "311.40-1.4.drl", "311.40-1.5.drl",
            "311.40-1.6.drl", "311.40-1.7.drl", "311.40-1.8.drl", "311.40-1.9.drl", "311.40-P2.drl",
            "311.40-P3.drl", "outcome.drl");
    static final String PACKAGE_PATH = "io/github/smpolicy/rules/api/";
    /**
     * System property: {@code false} compiles the standard rules from their DRL, as an agency's are,
     * instead of loading the executable model the build made of them (to compare the two, or to rule
     * the model out when hunting a problem).
     */
    static final String PRECOMPILED = "io.github.smpolicy.rules.precompiled";

    private final KieBase kieBase;
    private final List<RuleTrace> traces;

    private final KieSessionsPool sessions;
    /** The agency's rules, by package and name: every rule of the base that is not one of the standard rules. */
    private final Set<String> agencyRules;
    /** The rule objects of the base by identity, agency's and standard, for a look-up per fact change without hashing names. */
    private final Set<Rule> agencyRuleObjects = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final Set<Rule> standardRuleObjects = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** The standard rules alone, built the first time an evaluation with agency rules fails. */
    private volatile RuleBase standardOnly;

    /** Guards {@link #standardRules}. */
    private static final Object STANDARD_LOCK = new Object();
    /**
     * The standard rules from their executable model, with nothing added, built once per class loader:
     * nothing is ever added to this base (an agency's rules go into a base of their own), and a rule base
     * and its session pool are safe to share, so every evaluator of the standard rules alone shares it.
     */
    private static RuleBase standardRules;

    private RuleBase(KieBase kieBase, List<RuleTrace> traces, Set<String> agencyRules) {
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.traces = List.copyOf(traces);
        this.agencyRules = Set.copyOf(agencyRules);
        if (!agencyRules.isEmpty()) {
            for (KiePackage pkg : kieBase.getKiePackages()) {
                for (Rule rule : pkg.getRules()) {
                    (agencyRules.contains(key(pkg.getName(), rule.getName())) ? agencyRuleObjects : standardRuleObjects)
                            .add(rule);
                }
            }
        }
    }

    /** Whether the base holds rules besides the standard ones: an agency's. */
    boolean hasAgencyRules() {
        return !agencyRules.isEmpty();
    }

    /** Whether {@code rule}, a rule of this base, is one of the agency's rather than a standard rule. */
    boolean isAgencyRule(Rule rule) {
        if (agencyRules.isEmpty() || standardRuleObjects.contains(rule)) {
            return false;
        }
        // the sets are filled once, in the constructor, and only read after: safe to share
        return agencyRuleObjects.contains(rule) || agencyRules.contains(key(rule.getPackageName(), rule.getName()));
    }

    private static String key(String pkg, String rule) {
        return pkg + "/" + rule; // a package name has no slash
    }

    /**
     * The standard rules without the agency's: what 311.40 alone decides, the floor of a decision whose
     * evaluation an agency rule broke. Built on first use; this base when it has no agency rules.
     */
    RuleBase standardOnly() {
        if (agencyRules.isEmpty()) {
            return this;
        }
        RuleBase floor = standardOnly;
        if (floor == null) {
            synchronized (this) {
                floor = standardOnly;
                if (floor == null) {
                    floor = compile(standardSources(), clause -> true);
                    standardOnly = floor;
                }
            }
        }
        return floor;
    }

    /** What each rule cites, in file order. */
    List<RuleTrace> traces() {
        return traces;
    }

    /** A rule file: where it comes from (for messages) and its text. */
    record Source(String path, byte[] drl) {}

    /** The standard rule files, read from the class path. */
    static List<Source> standardSources() {
        List<Source> sources = new ArrayList<>();
        for (String name : STANDARD) {
            String path = PACKAGE_PATH + name;
            try (InputStream in = RuleBase.class.getModule().getResourceAsStream(path)) {
                if (in == null) {
                    throw new PolicyBuildException(List.of(path + ": rule file missing from the class path"));
                }
                sources.add(new Source(path, in.readAllBytes()));
            } catch (IOException e) {
                throw new PolicyBuildException(List.of(path + ": " + e.getMessage()));
            }
        }
        return sources;
    }

    /**
     * Compiles the rule files into one rule base, or fails listing every problem with file and line:
     * DRL that does not compile, and concerns or exceptions citing a clause {@code knownClause} rejects.
     *
     * <p>When {@code sources} start with the {@link #standardSources() standard rules}, unchanged, those
     * are not compiled: the rule base starts from the executable model the build made of them
     * ({@link PrecompiledRules}), and only the files after them (an agency's) compile from DRL, into
     * that same rule base.
     */
    static RuleBase compile(List<Source> sources, Predicate<String> knownClause) {
        // the standard rules come precompiled (an executable model made at build time, with their scan);
        // rules added to them, an agency's, compile from DRL into the same rule base
        int standard = standardPrefix(sources);
        PrecompiledRules.Index index = standard == 0 || !Boolean.parseBoolean(System.getProperty(PRECOMPILED, "true"))
                ? null : PrecompiledRules.indexOf(sources.subList(0, standard)).orElse(null);

        List<String> problems = new ArrayList<>();
        List<RuleTrace> traces = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            List<RuleScanner.Citation> citations;
            if (index != null && i < standard) {
                traces.addAll(index.traces().getOrDefault(source.path(), List.of()));
                citations = index.citations().getOrDefault(source.path(), List.of());
            } else {
                String drl = new String(source.drl(), StandardCharsets.UTF_8);
                traces.addAll(RuleScanner.traces(source.path(), drl));
                citations = RuleScanner.citations(drl);
            }
            for (RuleScanner.Citation c : citations) {
                if (!knownClause.test(c.clause())) {
                    problems.add(source.path() + ":" + c.line() + ": rule \"" + c.rule() + "\" cites clause "
                            + c.clause() + ", which no catalogue defines");
                }
            }
        }
        if (index != null && standard == sources.size() && problems.isEmpty()) {
            RuleBase shared = standardRules(index, traces);
            if (shared != null) {
                return shared;
            }
        }
        InternalKnowledgeBase precompiled = index == null ? null : PrecompiledRules.kieBase(index).orElse(null);
        List<Source> toCompile = precompiled == null ? sources : sources.subList(standard, sources.size());
        int firstAgency = precompiled == null ? standard : 0;
        KnowledgeBuilder builder = null;
        Set<Resource> agencyResources = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (!toCompile.isEmpty() || precompiled == null) {
            builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
            for (int i = 0; i < toCompile.size(); i++) {
                Source source = toCompile.get(i);
                Resource resource = ResourceFactory.newByteArrayResource(source.drl());
                resource.setSourcePath(source.path());
                if (i >= firstAgency) {
                    agencyResources.add(resource);
                }
                builder.add(resource, ResourceType.DRL);
            }
            problems.addAll(describe(builder));
            if (precompiled != null) {
                problems.addAll(duplicates(precompiled, builder, traces));
            }
        }
        if (!problems.isEmpty()) {
            throw new PolicyBuildException(problems);
        }
        // without the standard rules first there is no 311.40 to protect: every rule counts as standard
        Set<String> agencyRules = new java.util.HashSet<>();
        if (builder != null && standard > 0) {
            for (KiePackage pkg : builder.getKnowledgePackages()) {
                for (Rule rule : pkg.getRules()) {
                    if (agencyResources.contains(((RuleImpl) rule).getResource())) {
                        agencyRules.add(key(pkg.getName(), rule.getName()));
                    }
                }
            }
        }
        KieBase kieBase;
        if (precompiled == null) {
            InternalKnowledgeBase compiled = org.drools.kiesession.rulebase.KnowledgeBaseFactory.newKnowledgeBase(configuration());
            compiled.addPackages(builder.getKnowledgePackages());
            kieBase = compiled;
        } else {
            if (builder != null) {
                precompiled.addPackages(builder.getKnowledgePackages());
            }
            kieBase = precompiled;
        }
        return new RuleBase(kieBase, traces, agencyRules);
    }

    /**
     * The standard rules alone, built on the first call and shared after it (a caller on another thread
     * waits for the build); {@code null} when the executable model does not load, and the caller compiles
     * the DRL instead.
     */
    private static RuleBase standardRules(PrecompiledRules.Index index, List<RuleTrace> traces) {
        synchronized (STANDARD_LOCK) {
            if (standardRules == null) {
                InternalKnowledgeBase base = PrecompiledRules.kieBase(index).orElse(null);
                if (base == null) {
                    return null;
                }
                standardRules = new RuleBase(base, traces, Set.of());
            }
            return standardRules;
        }
    }

    /** How many of {@code sources}, from the first, are the standard rule files in their order: all of them or none. */
    private static int standardPrefix(List<Source> sources) {
        if (sources.size() < STANDARD.size()) {
            return 0;
        }
        for (int i = 0; i < STANDARD.size(); i++) {
            if (!sources.get(i).path().equals(PACKAGE_PATH + STANDARD.get(i))) {
                return 0;
            }
        }
        return STANDARD.size();
    }

    /**
     * Rules of {@code builder} named like a rule of {@code base}, as the one build of all the DRL would
     * have reported them: adding the packages to the base would replace the standard rule silently.
     */
    private static List<String> duplicates(KieBase base, KnowledgeBuilder builder, List<RuleTrace> traces) {
        List<String> problems = new ArrayList<>();
        for (KiePackage pkg : builder.getKnowledgePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (base.getRule(pkg.getName(), rule.getName()) != null) {
                    Resource resource = ((RuleImpl) rule).getResource();
                    String path = resource == null ? "rules" : resource.getSourcePath();
                    String where = traces.stream().filter(t -> t.file().equals(path) && t.rule().equals(rule.getName()))
                            .map(t -> ":" + t.line()).findFirst().orElse("");
                    problems.add(path + where + ": Duplicate rule name: " + rule.getName());
                }
            }
        }
        return problems;
    }

    /** The builder's errors, each with its file and line where Drools knows them. */
    private static List<String> describe(KnowledgeBuilder builder) {
        List<String> problems = new ArrayList<>();
        List<String> located = new ArrayList<>();
        List<String> unlocated = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String path = error.getResource() == null ? "rules" : error.getResource().getSourcePath();
            int[] lines = error.getLines();
            boolean hasLine = lines != null && Arrays.stream(lines).anyMatch(l -> l > 0);
            String where = hasLine ? ":" + Arrays.stream(lines).filter(l -> l > 0)
                    .mapToObj(Integer::toString).reduce((a, b) -> a + "," + b).orElse("") : "";
            (hasLine ? located : unlocated).add(path + where + ": " + error.getMessage().strip());
        }
        problems.addAll(located);
        // Drools adds "Parser returned a null Package" after a syntax error: say it only when nothing better was said
        for (String p : unlocated) {
            String path = p.substring(0, p.indexOf(": "));
            if (located.stream().noneMatch(l -> l.startsWith(path + ":"))) {
                problems.add(p);
            }
        }
        return problems;
    }

    /**
     * How every rule base is configured: join memories unindexed. A post brings a dozen facts and its
     * rules derive a few dozen more, so a join never searches enough to pay for an index, and an indexed
     * memory is a hash table the session reset allocates anew for every post: labels only, 82 → 76 KB
     * allocated per typical post and ~4 µs less CPU; with 50 agency rules, 106 → 91 KB
     * ({@code CpuPerEvaluation}, docs/benchmarks.md).
     */
    static org.kie.api.KieBaseConfiguration configuration() {
        org.kie.api.KieBaseConfiguration conf = org.drools.core.impl.RuleBaseFactory.newKnowledgeBaseConfiguration();
        conf.setOption(org.kie.internal.conf.IndexLeftBetaMemoryOption.NO);
        conf.setOption(org.kie.internal.conf.IndexRightBetaMemoryOption.NO);
        return conf;
    }

    /** A session for one evaluation, empty; the caller disposes it, which returns it to the pool. */
    KieSession newSession() {
        return sessions.newKieSession();
    }
}
