package io.github.smpolicy.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.drools.codegen.common.GeneratedFile;
import org.drools.compiler.builder.impl.KnowledgeBuilderConfigurationImpl;
import org.drools.model.codegen.execmodel.ModelBuilderImpl;
import org.drools.model.codegen.execmodel.PackageSources;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.ReproducibleExecutableModelGenerationOption;
import org.kie.internal.io.ResourceFactory;
import org.kie.util.maven.support.ReleaseIdImpl;

/**
 * Build-time only (run by the policy-rules build, never shipped in its jar): turns the standard DRL
 * files into the Java sources of a Drools executable model, which the build compiles next to the
 * fact classes. {@link RuleBase} loads that model instead of compiling the DRL at run time.
 *
 * <p>Arguments: the directory the standard DRL files are read from (the module's class output, where
 * the resources were copied), the directory the Java sources are written to, and the directory the
 * {@link PrecompiledRules#INDEX} resource is written to.
 */
final class RuleModelGenerator {
    private RuleModelGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: RuleModelGenerator <drl root> <java source dir> <resource dir>");
        }
        Path drlRoot = Path.of(args[0]);
        Path javaOut = Path.of(args[1]);
        Path resourceOut = Path.of(args[2]);

        List<RuleBase.Source> sources = new ArrayList<>();
        for (String name : RuleBase.STANDARD) {
            String path = RuleBase.PACKAGE_PATH + name;
            sources.add(new RuleBase.Source(path, Files.readAllBytes(drlRoot.resolve(path))));
        }

        KnowledgeBuilderConfigurationImpl conf = KnowledgeBuilderFactory
                .newKnowledgeBuilderConfiguration(null, RuleModelGenerator.class.getClassLoader())
                .as(KnowledgeBuilderConfigurationImpl.KEY);
        // Two builds of one commit must give the same sources: without this, Drools builds the rules
        // in parallel, so the order of DomainClassesMetadata's classes and the rule names a shared
        // lambda records (and with them that lambda's class name) change from build to build.
        conf.setOption(ReproducibleExecutableModelGenerationOption.ENABLED);
        ModelBuilderImpl<PackageSources> builder = new ModelBuilderImpl<>(PackageSources::dumpSources, conf,
                new ReleaseIdImpl("io.github.smpolicy", "policy-rules", "standard"), false);
        CompositeKnowledgeBuilder batch = builder.batch();
        for (RuleBase.Source source : sources) {
            Resource resource = ResourceFactory.newByteArrayResource(source.drl());
            resource.setSourcePath(source.path());
            batch.add(resource, ResourceType.DRL);
        }
        batch.build();
        if (builder.hasErrors()) {
            StringBuilder message = new StringBuilder("the standard rules do not compile to an executable model:");
            for (KnowledgeBuilderError error : builder.getErrors()) {
                message.append("\n  ").append(error.getResource() == null ? "rules" : error.getResource().getSourcePath())
                        .append(java.util.Arrays.toString(error.getLines())).append(": ")
                        .append(error.getMessage().strip());
            }
            throw new IllegalStateException(message.toString());
        }

        // sources of an earlier model (of other DRL) would compile beside this one, or fail to
        if (Files.isDirectory(javaOut)) {
            try (Stream<Path> old = Files.walk(javaOut)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        TreeSet<String> models = new TreeSet<>();
        int files = 0;
        for (PackageSources packageSources : builder.getPackageSources()) {
            List<GeneratedFile> generated = new ArrayList<>();
            packageSources.collectGeneratedFiles(generated);
            for (GeneratedFile file : generated) {
                Path target = javaOut.resolve(relocate(file.relativePath()));
                Files.createDirectories(target.getParent());
                Files.writeString(target, relocateSource(new String(file.contents(), StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8);
                files++;
            }
            for (String model : packageSources.getModelNames()) {
                models.add(relocateClass(model));
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("the executable model of the standard rules has no model class");
        }

        // the index: which sources the model was made from (so a stale model is never used), its classes,
        // and the scan of the sources
        Path indexFile = resourceOut.resolve(PrecompiledRules.INDEX);
        Files.createDirectories(indexFile.getParent());
        Files.writeString(indexFile, PrecompiledRules.index(sources, List.copyOf(models)), StandardCharsets.UTF_8);
        System.out.printf("RuleModelGenerator: %d rule files -> %d Java sources, model %s%n",
                sources.size(), files, models);
    }

    /**
     * Drools writes the executable model in the Java package of the DRL's {@code package}, the
     * rule-authoring package {@code rules.api}: a model class and about a hundred packages of lambdas
     * that are no API. They are moved to {@link #MODEL_PACKAGE}; the rule package (the model's
     * {@code getName()}, each rule's package) stays {@code io.github.smpolicy.rules.api}, and the fact
     * classes keep their names. Only the generated class names are rewritten: the model class
     * ({@code Rules<hash>…}), its {@code DomainClassesMetadata<hash>} and the lambda packages
     * ({@code P<2 hex digits>}).
     */
    static final String MODEL_PACKAGE = "io.github.smpolicy.rules.internal.model";
    private static final String DRL_PACKAGE = "io.github.smpolicy.rules.api";
    private static final java.util.regex.Pattern GENERATED = java.util.regex.Pattern.compile(
            java.util.regex.Pattern.quote(DRL_PACKAGE + ".")
                    + "(P[0-9A-F]{2}\\b|Rules[0-9A-F]{32}|DomainClassesMetadata[0-9A-F]{32})");
    private static final java.util.regex.Pattern PACKAGE_LINE = java.util.regex.Pattern.compile(
            "^package " + java.util.regex.Pattern.quote(DRL_PACKAGE) + "(\\.P[0-9A-F]{2})?;", java.util.regex.Pattern.MULTILINE);

    static String relocate(String relativePath) {
        String from = DRL_PACKAGE.replace('.', '/') + "/";
        if (!relativePath.startsWith(from)) {
            throw new IllegalStateException("generated file outside " + DRL_PACKAGE + ": " + relativePath);
        }
        return MODEL_PACKAGE.replace('.', '/') + "/" + relativePath.substring(from.length());
    }

    static String relocateClass(String name) {
        String moved = GENERATED.matcher(name).replaceAll(MODEL_PACKAGE + ".$1");
        if (moved.equals(name)) {
            throw new IllegalStateException("model class outside " + DRL_PACKAGE + ": " + name);
        }
        return moved;
    }

    static String relocateSource(String source) {
        java.util.regex.Matcher pkg = PACKAGE_LINE.matcher(source);
        if (!pkg.find()) {
            throw new IllegalStateException("generated source outside " + DRL_PACKAGE + ":\n"
                    + source.substring(0, Math.min(200, source.length())));
        }
        // the model's own classes named the fact classes as classes of their package: import them
        String head = "package " + MODEL_PACKAGE + (pkg.group(1) == null ? "" : pkg.group(1)) + ";\nimport "
                + DRL_PACKAGE + ".*;";
        String moved = PACKAGE_LINE.matcher(source).replaceFirst(java.util.regex.Matcher.quoteReplacement(head));
        return GENERATED.matcher(moved).replaceAll(MODEL_PACKAGE + ".$1");
    }
}
