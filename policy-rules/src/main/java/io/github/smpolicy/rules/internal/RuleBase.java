package io.github.smpolicy.rules.internal;

import io.github.smpolicy.rules.PolicyBuildException;
import io.github.smpolicy.rules.RuleTrace;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kie.api.KieBase;
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
public final class RuleBase {
    /** The standard rules, in the resource package of the facts they reason about. */
    public static final List<String> STANDARD = List.of("sharing.drl", "thresholds.drl", "approvals.drl",
            "311.40-1.1.drl", "311.40-1.2.drl", "311.40-1.3.drl", "311.40-1.4.drl", "311.40-1.5.drl",
            "311.40-1.6.drl", "311.40-1.7.drl", "311.40-1.8.drl", "311.40-1.9.drl", "311.40-P2.drl",
            "311.40-P3.drl", "outcome.drl");
    private static final String PACKAGE_PATH = "io/github/smpolicy/rules/api/";

    private final KieBase kieBase;
    private final List<RuleTrace> traces;

    private final KieSessionsPool sessions;

    private RuleBase(KieBase kieBase, List<RuleTrace> traces) {
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.traces = List.copyOf(traces);
    }

    /** What each rule cites, in file order. */
    public List<RuleTrace> traces() {
        return traces;
    }

    /** A rule file: where it comes from (for messages) and its text. */
    public record Source(String path, byte[] drl) {}

    /** The standard rule files, read from the class path. */
    public static List<Source> standardSources() {
        List<Source> sources = new ArrayList<>();
        for (String name : STANDARD) {
            String path = PACKAGE_PATH + name;
            try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(path)) {
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
     */
    public static RuleBase compile(List<Source> sources, Predicate<String> knownClause) {
        List<String> problems = new ArrayList<>();
        List<RuleTrace> traces = new ArrayList<>();
        for (Source source : sources) {
            String drl = new String(source.drl(), StandardCharsets.UTF_8);
            traces.addAll(RuleScanner.traces(source.path(), drl));
            for (RuleScanner.Citation c : RuleScanner.citations(drl)) {
                if (!knownClause.test(c.clause())) {
                    problems.add(source.path() + ":" + c.line() + ": rule \"" + c.rule() + "\" cites clause "
                            + c.clause() + ", which no catalogue defines");
                }
            }
        }
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (Source source : sources) {
            Resource resource = ResourceFactory.newByteArrayResource(source.drl());
            resource.setSourcePath(source.path());
            builder.add(resource, ResourceType.DRL);
        }
        if (builder.hasErrors()) {
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
        }
        if (!problems.isEmpty()) {
            throw new PolicyBuildException(problems);
        }
        return new RuleBase(builder.newKieBase(), traces);
    }

    /** A session for one evaluation, empty; the caller disposes it, which returns it to the pool. */
    public KieSession newSession() {
        return sessions.newKieSession();
    }
}
