package io.github.smpolicy.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standard rules as the Drools executable model {@link RuleModelGenerator} made of them at build
 * time: a rule base in about a tenth of the time compiling the DRL takes.
 *
 * <p>The build writes {@link #INDEX} beside the model classes: the digest of the DRL files the model
 * was made from, then the model classes. A model whose digest differs from the DRL on the class path
 * (an IDE build that skipped the generator, say) is not used: {@link #load} answers empty and the
 * caller compiles the DRL.
 */
final class PrecompiledRules {
    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRules.class);
    /** Class-path resource: {@code sources=<digest>} then one {@code model=<class>} line per model class. */
    static final String INDEX = "io/github/smpolicy/rules/internal/standard-rules.model";
    static final String SOURCES_KEY = "sources=";
    static final String MODEL_KEY = "model=";

    private PrecompiledRules() {}

    /** The rule base of the precompiled model of exactly {@code sources}, or empty when there is none. */
    static Optional<InternalKnowledgeBase> load(List<RuleBase.Source> sources) {
        ClassLoader loader = PrecompiledRules.class.getClassLoader();
        String index;
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                LOG.debug("no precompiled rules ({} is not on the class path): compiling the DRL", INDEX);
                return Optional.empty();
            }
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("cannot read {}: compiling the DRL", INDEX, e);
            return Optional.empty();
        }
        String digest = null;
        List<String> classes = new ArrayList<>();
        for (String line : index.split("\n")) {
            if (line.startsWith(SOURCES_KEY)) {
                digest = line.substring(SOURCES_KEY.length()).strip();
            } else if (line.startsWith(MODEL_KEY)) {
                classes.add(line.substring(MODEL_KEY.length()).strip());
            }
        }
        if (classes.isEmpty() || !digest(sources).equals(digest)) {
            LOG.warn("the precompiled rules ({}) were not made from the rule files on the class path: compiling the DRL",
                    INDEX);
            return Optional.empty();
        }
        List<Model> models = new ArrayList<>();
        for (String name : classes) {
            try {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                LOG.warn("cannot load the precompiled rules ({}): compiling the DRL", name, e);
                return Optional.empty();
            }
        }
        return Optional.of(KieBaseBuilder.createKieBaseFromModel(models));
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
}
