package io.github.smpolicy.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code policy-check test --report}: the scenarios' results as JUnit XML or JSON. */
final class TestReport {
    private TestReport() {}

    /** {"passed": N, "failed": N, "scenarios": [{"name", "file", "line", "passed", "outcome", "differences"}]}. */
    static String json(List<ScenarioRunner.Result> results) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        long passed = results.stream().filter(ScenarioRunner.Result::passed).count();
        json.put("passed", passed).put("failed", results.size() - passed);
        ArrayNode scenarios = json.putArray("scenarios");
        for (ScenarioRunner.Result r : results) {
            ObjectNode scenario = scenarios.addObject().put("name", r.name()).put("file", r.file().toString())
                    .put("line", r.line()).put("passed", r.passed());
            if (r.decision() != null) {
                scenario.put("outcome", r.decision().outcome().name());
            }
            r.differences().forEach(scenario.putArray("differences")::add);
        }
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JUnit XML as CI servers read it: a testsuite per scenario file, a testcase per scenario. */
    static String junit(List<ScenarioRunner.Result> results) {
        Map<Path, List<ScenarioRunner.Result>> byFile = new LinkedHashMap<>();
        results.forEach(r -> byFile.computeIfAbsent(r.file(), f -> new java.util.ArrayList<>()).add(r));
        long failures = results.stream().filter(r -> !r.passed()).count();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites name=\"policy-check test\" tests=\"").append(results.size())
                .append("\" failures=\"").append(failures).append("\">\n");
        for (var suite : byFile.entrySet()) {
            String file = suite.getKey().toString();
            long failed = suite.getValue().stream().filter(r -> !r.passed()).count();
            xml.append("  <testsuite name=\"").append(escape(file)).append("\" tests=\"").append(suite.getValue().size())
                    .append("\" failures=\"").append(failed).append("\" errors=\"0\" skipped=\"0\">\n");
            for (ScenarioRunner.Result r : suite.getValue()) {
                xml.append("    <testcase name=\"").append(escape(r.name())).append("\" classname=\"")
                        .append(escape(file)).append("\" file=\"").append(escape(file)).append("\" line=\"")
                        .append(r.line()).append('"');
                if (r.passed()) {
                    xml.append("/>\n");
                } else {
                    String differences = String.join("; ", r.differences());
                    xml.append(">\n      <failure message=\"").append(escape(differences)).append("\">")
                            .append(escape(String.join("\n", r.differences()))).append("</failure>\n    </testcase>\n");
                }
            }
            xml.append("  </testsuite>\n");
        }
        return xml.append("</testsuites>\n").toString();
    }

    /** Text for an XML attribute or element; characters XML 1.0 cannot hold become U+FFFD. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                case '\t' -> out.append("&#9;");
                case '\r' -> out.append("&#13;");
                default -> {
                    boolean legal = c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000;
                    out.appendCodePoint(legal ? c : 0xFFFD);
                }
            }
        });
        return out.toString();
    }
}
