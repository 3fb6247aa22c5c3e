package io.github.smpolicy.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standard rules as the Drools executable model {@link RuleModelGenerator} made of them at build
 * time: a rule base in a fraction of the time compiling the DRL takes.
 *
 * <p>The build writes {@link #INDEX} beside the model classes: the digest of the DRL files the model
 * was made from, the model classes, and what {@link RuleScanner} finds in those files (traces and
 * clause citations), so that neither the DRL nor the scan is redone at run time. An index whose digest
 * differs from the DRL on the class path (an IDE build that skipped the generator, say) is not used:
 * {@link #indexOf} answers empty and the caller compiles and scans the DRL.
 */
final class PrecompiledRules {
    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRules.class);
    /** Class-path resource, one entry a line: {@code key=value}, fields separated by tabs. */
    static final String INDEX = "io/github/smpolicy/rules/internal/standard-rules.model";
    private static final String SOURCES = "sources=";
    private static final String MODEL = "model=";
    private static final String TRACE = "trace=";
    private static final String CITATION = "citation=";
    private static final String FIELD = "\t";
    private static final String ITEM = "\u001f";

    private PrecompiledRules() {}

    /** The index of the precompiled model: its classes, and the scan of each rule file, by path. */
    record Index(List<String> models, Map<String, List<RuleTrace>> traces,
                 Map<String, List<RuleScanner.Citation>> citations) {}

    /** The index of the model made of exactly {@code sources}; empty when there is none, or it is of other files. */
    static Optional<Index> indexOf(List<RuleBase.Source> sources) {
        String text;
        try (InputStream in = PrecompiledRules.class.getModule().getResourceAsStream(INDEX)) {
            if (in == null) {
                LOG.debug("no precompiled rules ({} is not on the class path): compiling the DRL", INDEX);
                return Optional.empty();
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("cannot read {}: compiling the DRL", INDEX, e);
            return Optional.empty();
        }
        String digest = null;
        List<String> models = new ArrayList<>();
        Map<String, List<RuleTrace>> traces = new LinkedHashMap<>();
        Map<String, List<RuleScanner.Citation>> citations = new LinkedHashMap<>();
        for (RuleBase.Source s : sources) {
            traces.put(s.path(), new ArrayList<>());
            citations.put(s.path(), new ArrayList<>());
        }
        try {
            for (String line : text.split("\n")) {
                if (line.startsWith(SOURCES)) {
                    digest = line.substring(SOURCES.length());
                } else if (line.startsWith(MODEL)) {
                    models.add(line.substring(MODEL.length()));
                } else if (line.startsWith(TRACE)) {
                    String[] f = line.substring(TRACE.length()).split(FIELD, -1);
                    traces.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new RuleTrace(f[2], f[0], Integer.parseInt(f[1]), items(f[3]), items(f[4])));
                } else if (line.startsWith(CITATION)) {
                    String[] f = line.substring(CITATION.length()).split(FIELD, -1);
                    citations.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new RuleScanner.Citation(f[2], f[3], Integer.parseInt(f[1])));
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("{} is damaged: compiling the DRL", INDEX, e);
            return Optional.empty();
        }
        if (models.isEmpty() || !digest(sources).equals(digest)) {
            LOG.warn("the precompiled rules ({}) were not made from the rule files on the class path: compiling the DRL",
                    INDEX);
            return Optional.empty();
        }
        return Optional.of(new Index(List.copyOf(models), traces, citations));
    }

    /** A new rule base of the model {@code index} names; empty, and logged, when its classes do not load. */
    static Optional<InternalKnowledgeBase> kieBase(Index index) {
        ClassLoader loader = PrecompiledRules.class.getClassLoader();
        List<Model> models = new ArrayList<>();
        for (String name : index.models()) {
            try {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                LOG.warn("cannot load the precompiled rules ({}): compiling the DRL", name, e);
                return Optional.empty();
            }
        }
        return Optional.of(KieBaseBuilder.createKieBaseFromModel(models, RuleBase.configuration()));
    }

    /** The rule base of the precompiled model of exactly {@code sources}, or empty when there is none. */
    static Optional<InternalKnowledgeBase> load(List<RuleBase.Source> sources) {
        return indexOf(sources).flatMap(PrecompiledRules::kieBase);
    }

    /** The text of the index of the model {@code models}, made of {@code sources}: for the build. */
    static String index(List<RuleBase.Source> sources, List<String> models) {
        StringBuilder index = new StringBuilder();
        index.append(SOURCES).append(digest(sources)).append('\n');
        for (String model : models) {
            index.append(MODEL).append(check(model)).append('\n');
        }
        for (RuleBase.Source s : sources) {
            String drl = new String(s.drl(), StandardCharsets.UTF_8);
            for (RuleTrace t : RuleScanner.traces(s.path(), drl)) {
                index.append(TRACE).append(String.join(FIELD, check(s.path()), Integer.toString(t.line()),
                        check(t.rule()), items(t.clauses()), items(t.exceptions()))).append('\n');
            }
            for (RuleScanner.Citation c : RuleScanner.citations(drl)) {
                index.append(CITATION).append(String.join(FIELD, check(s.path()), Integer.toString(c.line()),
                        check(c.rule()), check(c.clause()))).append('\n');
            }
        }
        return index.toString();
    }

    /** SHA-256 over the paths and contents of {@code sources}, in order. */
    static String digest(List<RuleBase.Source> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleBase.Source s : sources) {
                sha.update(s.path().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Integer.toString(s.drl().length).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(s.drl());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> items(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split(ITEM, -1));
    }

    private static String items(List<String> values) {
        values.forEach(PrecompiledRules::check);
        return String.join(ITEM, values);
    }

    private static String check(String value) {
        if (value.isEmpty() || value.contains(FIELD) || value.contains(ITEM) || value.contains("\n")) {
            throw new IllegalArgumentException("cannot write '" + value + "' to " + INDEX);
        }
        return value;
    }
}
