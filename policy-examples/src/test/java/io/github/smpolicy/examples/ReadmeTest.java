package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README is part of the build: its quick start compiles and runs as pasted, and no link in it or
 * in {@code docs/} points to a file that does not exist.
 */
class ReadmeTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path README = ROOT.resolve("README.md");

    @Test
    void quickStartCompilesAndRunsAsPasted(@TempDir Path dir) throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String quickStart = section(readme, "## Quick start");
        List<String> blocks = javaBlocks(quickStart);
        assertEquals(1, blocks.size(), "the quick start holds exactly one ```java block");
        String source = blocks.get(0);
        assertFalse(source.contains("package "), "the quick start is a package-less class, as pasted");
        Matcher name = Pattern.compile("public\\s+class\\s+(\\w+)").matcher(source);
        assertTrue(name.find(), "the quick start declares a public class");
        String className = name.group(1);

        Path file = dir.resolve(className + ".java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = compiler.getTask(diagnostics, null, null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString(),
                        "--release", "17", "-Xlint:all", "-Werror"),
                null, compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file))
                .call();
        assertTrue(compiled, () -> "the README's quick start does not compile:\n" + diagnostics);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                ReadmeTest.class.getClassLoader())) {
            Method main = loader.loadClass(className).getMethod("main", String[].class);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(stdout);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        List<String> lines = printed.lines().toList();
        assertFalse(lines.isEmpty(), "the quick start prints nothing");
        assertEquals("DENY", lines.get(0), "the quick start's comment says DENY:\n" + printed);
        assertTrue(printed.contains("311.40-1.1"), "the explanation names clause 311.40-1.1:\n" + printed);
    }

    @Test
    void everyRelativeLinkPointsToAFile() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(README);
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        assertTrue(pages.size() > 5, "docs/ is read");
        List<String> broken = new ArrayList<>();
        Pattern link = Pattern.compile("\\]\\(([^)\\s]+)\\)");
        for (Path page : pages) {
            String text = withoutCodeBlocks(Files.readString(page, StandardCharsets.UTF_8));
            Matcher m = link.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z][a-z0-9+.-]*:.*")) {
                    continue; // https:, mailto:
                }
                String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                if (path.isEmpty()) {
                    continue; // an anchor on the same page
                }
                Path resolved = page.getParent().resolve(path).normalize();
                if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                    broken.add(ROOT.relativize(page) + ": " + target);
                }
            }
        }
        assertEquals(List.of(), broken, "links to files that do not exist in the repository");
    }

    @Test
    void theReadmeCitesNoFileOutsideTheRepository() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        for (String outside : List.of("../shared", "json-contract.md`", "interpretation.md", "`directive-311.40.md`")) {
            assertFalse(readme.contains(outside), () -> "the README cites " + outside);
        }
        assertTrue(readme.contains("mvn -B -q package -DskipTests && policy-examples/bin/policy-check"
                + " evaluate --format text policy-examples/samples/posts.jsonl"), "the README's main command");
        assertTrue(readme.contains("\nmvn -B verify\n"), "the README's test command");
        String ci = Files.readString(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8);
        assertTrue(ci.contains("\nmvn -B verify\n"), ".ci/run runs the README's test command verbatim");
        assertTrue(ci.contains("\npolicy-examples/bin/policy-check evaluate --format text policy-examples/samples/posts.jsonl"),
                ".ci/run runs the README's main command (after the build the test command made)");
    }

    /** The text from a heading to the next heading of the same or a higher level. */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "the README has a section " + heading);
        int next = markdown.indexOf("\n## ", start + heading.length() + 2);
        return next < 0 ? markdown.substring(start) : markdown.substring(start, next);
    }

    private static List<String> javaBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^```java\\n(.*?)^```$", Pattern.DOTALL).matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private static String withoutCodeBlocks(String markdown) {
        return markdown.replaceAll("(?ms)^```.*?^```$", "");
    }
}
