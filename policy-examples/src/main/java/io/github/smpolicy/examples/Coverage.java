package io.github.smpolicy.examples;

import io.github.smpolicy.model.Exemption;
import io.github.smpolicy.model.Clause;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.rules.ClauseCatalogue;
import io.github.smpolicy.rules.PolicyEvaluator;
import io.github.smpolicy.rules.RuleTrace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which clauses and exceptions of an evaluator's catalogue a set of scenarios exercised: the
 * traceability table from directive text ({@link Clause}) to rules ({@link RuleTrace}) to scenarios.
 *
 * <p>A clause is exercised by a scenario whose decision has a finding for it; an exception, by a
 * scenario whose decision applied it under that clause. The exceptions of a clause are those its
 * rules grant ({@code clause/EXCEPTION} in {@link PolicyEvaluator#traceability()}); an exception every
 * clause may get (<code>&#42;/UNION_ACTIVITY</code>) is listed under a clause only where a scenario exercised
 * it there. Clauses of the standard directive that no rule raises a finding for (311.40-P1, P3, P4)
 * are context: they cannot be exercised, and are not reported as gaps. An agency clause no rule cites
 * is a gap.
 *
 * <pre>{@code
 * ScenarioRunner runner = new ScenarioRunner();
 * runner.run(Path.of("scenarios.jsonl"));
 * Coverage coverage = runner.coverage().get(0);
 * assertEquals(List.of(), coverage.neverExercised());
 * }</pre>
 *
 * @param policy    the policy id of the evaluator, such as {@code 311.40+CCSO}
 * @param agency    the agency's name
 * @param scenarios how many scenarios were evaluated
 * @param clauses   every clause of the catalogue, in its order
 */
public record Coverage(String policy, String agency, int scenarios, List<ClauseCoverage> clauses) {
    private static final String ANY_CLAUSE = "*";

    /**
     * Copies the clause rows.
     *
     * @param policy    the policy id of the evaluator
     * @param agency    the agency's name
     * @param scenarios how many scenarios were evaluated
     * @param clauses   not {@code null}, no element {@code null}
     * @throws NullPointerException if {@code clauses} is or holds {@code null}
     */
    public Coverage {
        clauses = List.copyOf(clauses);
    }

    /**
     * One clause's row.
     *
     * @param clause     the clause, as the catalogue quotes it
     * @param rules      the rules that raise findings for it
     * @param findings   how many scenarios' decisions had a finding for it
     * @param exceptions its exceptions, each with how many scenarios exercised it
     * @param context    a clause of the standard directive that no rule raises a finding for
     */
    public record ClauseCoverage(Clause clause, List<RuleTrace> rules, int findings,
            List<ExceptionCoverage> exceptions, boolean context) {
        /**
         * Copies the lists.
         *
         * @param clause     the clause
         * @param rules      not {@code null}, no element {@code null}
         * @param findings   how many scenarios' decisions had a finding for it
         * @param exceptions not {@code null}, no element {@code null}
         * @param context    a clause of the standard directive that no rule raises a finding for
         * @throws NullPointerException if a list is or holds {@code null}
         */
        public ClauseCoverage {
            rules = List.copyOf(rules);
            exceptions = List.copyOf(exceptions);
        }

        /**
         * The clause's id.
         *
         * @return such as {@code 311.40-1.1}
         */
        public String id() {
            return clause.id();
        }

        /**
         * Whether a scenario's decision had a finding for it.
         *
         * @return {@code true} if {@link #findings()} is positive
         */
        public boolean exercised() {
            return findings > 0;
        }

        /**
         * The row of one of the clause's exceptions.
         *
         * @param word the exception word, such as {@code CEREMONY_PHOTO}
         * @return the row, or empty when the clause lists no such exception
         */
        public Optional<ExceptionCoverage> exception(String word) {
            return exceptions.stream().filter(e -> e.exception().equals(word)).findFirst();
        }
    }

    /**
     * One exception of a clause.
     *
     * @param exception the exception word, such as {@code CEREMONY_PHOTO}
     * @param scenarios how many scenarios' decisions applied it under the clause
     */
    public record ExceptionCoverage(String exception, int scenarios) {
        /**
         * Whether a scenario's decision applied it under the clause.
         *
         * @return {@code true} if {@link #scenarios()} is positive
         */
        public boolean exercised() {
            return scenarios > 0;
        }
    }

    /**
     * The coverage of {@code decisions}, all made by {@code evaluator}.
     *
     * @param evaluator the evaluator, whose catalogue and rules give the rows
     * @param decisions one per scenario evaluated
     * @return a row per clause of the evaluator's catalogue, in its order
     */
    public static Coverage of(PolicyEvaluator evaluator, List<Decision> decisions) {
        ClauseCatalogue standard = ClauseCatalogue.directive31140();
        List<RuleTrace> traces = evaluator.traceability();
        Map<String, Integer> findings = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> applied = new LinkedHashMap<>();
        for (Decision decision : decisions) {
            Set<String> clauses = new HashSet<>();
            decision.findings().stream().map(Finding::clause).forEach(clauses::add);
            clauses.forEach(c -> findings.merge(c, 1, Integer::sum));
            Set<Exemption> seen = new HashSet<>();
            for (Exemption e : decision.exceptions()) {
                // an exception counts once per scenario, whatever the number of assets it covered
                if (seen.add(new Exemption(e.clause(), e.exception(), null))) {
                    applied.computeIfAbsent(e.clause(), c -> new LinkedHashMap<>()).merge(e.exception(), 1, Integer::sum);
                }
            }
        }
        List<ClauseCoverage> rows = new ArrayList<>();
        for (Clause clause : evaluator.catalogue().all()) {
            String id = clause.id();
            List<RuleTrace> rules = traces.stream().filter(t -> t.clauses().contains(id)).toList();
            Map<String, Integer> exercised = applied.getOrDefault(id, Map.of());
            Map<String, Integer> exceptions = new LinkedHashMap<>();
            // the clause's own exceptions first, then those of every clause that a scenario applied here
            for (String clauseOfException : List.of(id, ANY_CLAUSE)) {
                for (RuleTrace trace : traces) {
                    for (String granted : trace.exceptions()) {
                        int slash = granted.indexOf('/');
                        String word = granted.substring(slash + 1);
                        if (granted.substring(0, slash).equals(clauseOfException)
                                && (clauseOfException.equals(id) || exercised.containsKey(word))) {
                            exceptions.putIfAbsent(word, exercised.getOrDefault(word, 0));
                        }
                    }
                }
            }
            // an exception a decision applied that no rule's text names (a rule computing its clause id)
            exercised.forEach(exceptions::putIfAbsent);
            List<ExceptionCoverage> exceptionRows = new ArrayList<>();
            exceptions.forEach((word, count) -> exceptionRows.add(new ExceptionCoverage(word, count)));
            rows.add(new ClauseCoverage(clause, rules, findings.getOrDefault(id, 0), exceptionRows,
                    rules.isEmpty() && standard.contains(id)));
        }
        return new Coverage(evaluator.policy().id(), evaluator.profile().name(), decisions.size(), rows);
    }

    /**
     * The row of one clause.
     *
     * @param id the clause id, such as {@code 311.40-1.1}
     * @return the row, or empty when the catalogue has no such clause
     */
    public Optional<ClauseCoverage> clause(String id) {
        return clauses.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * What no scenario exercised: clause ids (context clauses aside) and exceptions as
     * {@code clause/EXCEPTION}, in the catalogue's order.
     *
     * @return the gaps, such as {@code 311.40-1.8} or {@code 311.40-1.1/EXPRESS_PERMISSION}; empty when none
     */
    public List<String> neverExercised() {
        List<String> never = new ArrayList<>();
        for (ClauseCoverage c : clauses) {
            if (!c.context() && !c.exercised()) {
                never.add(c.id());
            }
            c.exceptions().stream().filter(e -> !e.exercised()).forEach(e -> never.add(c.id() + "/" + e.exception()));
        }
        return never;
    }

    /**
     * The table {@code policy-check test --coverage} prints: a row per clause (id, how many scenarios
     * had a finding for it, title), its rules and exceptions below it, then what was never exercised.
     *
     * @return the table, lines ended by the platform's line separator
     */
    public String table() {
        int idWidth = "CLAUSE".length();
        for (ClauseCoverage c : clauses) {
            idWidth = Math.max(idWidth, c.id().length());
        }
        String row = "%-" + idWidth + "s  %9s  %s%n";
        String detail = " ".repeat(idWidth + 13) + "%s%n";
        StringBuilder table = new StringBuilder();
        table.append(String.format("Coverage of policy %s (%s) by %s%n", policy, agency, scenarios(scenarios)));
        table.append(String.format(row, "CLAUSE", "SCENARIOS", "TITLE; RULES; EXCEPTIONS"));
        for (ClauseCoverage c : clauses) {
            table.append(String.format(row, c.id(), c.context() ? "-" : Integer.toString(c.findings()),
                    c.clause().title()));
            if (c.rules().isEmpty()) {
                table.append(String.format(detail, c.context() ? "no rule (context)" : "NO RULE cites this clause"));
            }
            for (RuleTrace r : c.rules()) {
                table.append(String.format(detail,
                        "rule \"" + r.rule() + "\" (" + fileName(r.file()) + ":" + r.line() + ")"));
            }
            for (ExceptionCoverage e : c.exceptions()) {
                table.append(String.format(detail, "exception " + e.exception() + ": "
                        + (e.exercised() ? "exercised by " + scenarios(e.scenarios()) : "NEVER exercised")));
            }
        }
        List<String> never = neverExercised();
        if (never.isEmpty()) {
            table.append(String.format("Never exercised by any scenario: none%n"));
            return table.toString();
        }
        table.append(String.format("Never exercised by any scenario (%d):%n", never.size()));
        int width = never.stream().mapToInt(String::length).max().orElse(0);
        for (String gap : never) {
            String why = clause(gap).map(c -> c.clause().title()
                    + (c.rules().isEmpty() ? " (no rule cites it)" : " (no scenario has a finding for it)"))
                    .orElse("(no scenario applied this exception)");
            table.append(String.format("  %-" + width + "s  %s%n", gap, why));
        }
        return table.toString();
    }

    private static String scenarios(int n) {
        return n + (n == 1 ? " scenario" : " scenarios");
    }

    private static String fileName(String file) {
        Path name = Path.of(file).getFileName();
        return name == null ? file : name.toString();
    }
}
