package io.github.smpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API is only the API: the module exports the documented packages and no other, and no
 * hand-written class outside them is public (the class path has no module boundary, so visibility is it).
 */
class ModuleBoundaryTest {
    private static final Set<String> EXPORTED = Set.of("io.github.smpolicy.rules", "io.github.smpolicy.rules.api",
            "io.github.smpolicy.rules.text");

    @Test
    void theModuleExportsTheApiPackagesOnly() throws IOException, URISyntaxException {
        ModuleDescriptor module;
        try (var in = Files.newInputStream(classes().resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        assertEquals("io.github.smpolicy.rules", module.name());
        assertEquals(EXPORTED, module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertTrue(module.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified));
        // slf4j is required, so that the module path resolves it without --add-modules
        assertTrue(module.requires().stream().anyMatch(r -> r.name().equals("org.slf4j")));
    }

    @Test
    void noPublicTypeOutsideTheExportedPackagesButTheGeneratedModel() throws Exception {
        Path classes = classes();
        List<String> leaks = new ArrayList<>();
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceFirst("\\.class$", "");
                if (name.equals("module-info") || name.equals(RuleModelGenerator.class.getName())) {
                    continue; // the build's own tool, left out of the jar
                }
                String pkg = name.substring(0, name.lastIndexOf('.'));
                packages.add(pkg);
                if (EXPORTED.contains(pkg) || pkg.startsWith(RuleModelGenerator.MODEL_PACKAGE)) {
                    continue; // the model Drools generates is public by its making, and not exported
                }
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (Modifier.isPublic(type.getModifiers())) {
                    leaks.add(name);
                }
            }
        }
        assertEquals(List.of(), leaks);
        assertTrue(packages.stream().anyMatch(p -> p.startsWith(RuleModelGenerator.MODEL_PACKAGE)), packages.toString());
        for (String pkg : packages) {
            assertTrue(EXPORTED.contains(pkg) || pkg.startsWith(RuleModelGenerator.MODEL_PACKAGE), pkg);
        }
    }

    @Test
    void theRuleAuthoringPackageHoldsNoGeneratedClass() throws URISyntaxException, IOException {
        Path api = classes().resolve("io/github/smpolicy/rules/api");
        try (Stream<Path> files = Files.list(api)) {
            assertEquals(List.of(), files.filter(f -> Files.isDirectory(f)
                    || f.getFileName().toString().matches("(Rules|DomainClassesMetadata)[0-9A-F]{32}.*")).toList());
        }
    }

    /** The module's classes, where the tests run them from (a directory, or the jar). */
    private static Path classes() throws URISyntaxException, IOException {
        Path location = Path.of(PolicyEvaluator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return Files.isDirectory(location) ? location
                : java.nio.file.FileSystems.newFileSystem(location, (ClassLoader) null).getPath("/");
    }
}
