package io.github.smpolicy.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what each rule of a DRL file cites: the clause ids of the concerns it raises and the
 * exceptions it grants, from the literals of {@code new Concern("…"} and
 * {@code ExceptionGrant.lifting("…", "…"} / {@code softening(…, "…")}. Used to check at build time
 * that every cited clause exists, and for the traceability table.
 */
final class RuleScanner {
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule\\s+\"([^\"]+)\"");
    private static final Pattern END = Pattern.compile("(?m)^[ \\t]*end[ \\t]*$");
    private static final Pattern CONCERN = Pattern.compile("new\\s+Concern\\s*\\(\\s*\"([^\"]+)\"");
    private static final Pattern LIFTING = Pattern.compile(
            "ExceptionGrant\\.lifting\\s*\\(\\s*\"([^\"]+)\"\\s*,\\s*\"([^\"]+)\"");
    private static final Pattern SOFTENING = Pattern.compile("ExceptionGrant\\.softening\\s*\\([^,]+,\\s*\"([^\"]+)\"");

    private RuleScanner() {}

    /** A clause literal found in a rule, with the line it is on. */
    record Citation(String rule, String clause, int line) {}

    static List<RuleTrace> traces(String file, String drl) {
        List<RuleTrace> traces = new ArrayList<>();
        forEachRule(drl, (name, start, end) -> {
            String body = drl.substring(start, end);
            List<String> clauses = new ArrayList<>();
            List<String> exceptions = new ArrayList<>();
            Matcher m = CONCERN.matcher(body);
            while (m.find()) {
                addOnce(clauses, m.group(1));
            }
            m = LIFTING.matcher(body);
            while (m.find()) {
                addOnce(exceptions, m.group(1) + "/" + m.group(2));
            }
            m = SOFTENING.matcher(body);
            while (m.find()) {
                addOnce(exceptions, "*/" + m.group(1));
            }
            traces.add(new RuleTrace(name, file, line(drl, start), clauses, exceptions));
        });
        return traces;
    }

    static List<Citation> citations(String drl) {
        List<Citation> citations = new ArrayList<>();
        forEachRule(drl, (name, start, end) -> {
            Matcher m = CONCERN.matcher(drl).region(start, end);
            while (m.find()) {
                citations.add(new Citation(name, m.group(1), line(drl, m.start())));
            }
            m = LIFTING.matcher(drl).region(start, end);
            while (m.find()) {
                citations.add(new Citation(name, m.group(1), line(drl, m.start())));
            }
        });
        return citations;
    }

    private interface RuleBody {
        void accept(String name, int start, int end);
    }

    private static void forEachRule(String drl, RuleBody body) {
        Matcher rule = RULE.matcher(drl);
        Matcher end = END.matcher(drl);
        while (rule.find()) {
            int stop = end.find(rule.end()) ? end.start() : drl.length();
            body.accept(rule.group(1), rule.start(), stop);
        }
    }

    private static void addOnce(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
