package io.github.smpolicy.rules.quality;

import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.rules.PolicyEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * How an evaluator decides a split of the corpus: per clause and per form, recall (the share of the
 * clause's posts with a finding of that clause, whatever its verdict) and precision (the share of
 * findings of a clause on posts labelled with it); the share of must-ALLOW posts flagged and denied;
 * and posts a person must see ({@code REVIEW} band) that were denied.
 */
public final class QualityScore {
    public static final List<String> CLAUSES = List.of("311.40-1.3", "311.40-1.4", "311.40-1.5", "311.40-1.6",
            "311.40-1.7", "311.40-1.8");
    public static final List<String> FORMS = List.of("explicit", "implicit", "obfuscated");

    /** A record and the decision it got. */
    public record Result(CorpusRecord record, Decision decision) {
        public Set<String> found() {
            return decision.findings().stream().map(Finding::clause).collect(Collectors.toSet());
        }

        public boolean caught(String clause) {
            return found().contains(clause);
        }

        /** The clauses found, with their verdicts: for reading a miss or a false flag. */
        public String describe() {
            return record.id() + " [" + record.form() + " " + record.kind() + "] expected " + record.clauses() + " "
                    + record.band() + ", got " + decision.outcome() + " " + new TreeMap<>(decision.findings().stream()
                            .collect(Collectors.toMap(Finding::clause, f -> f.verdict().name())));
        }
    }

    private final List<Result> results;

    private QualityScore(List<Result> results) {
        this.results = List.copyOf(results);
    }

    public static QualityScore of(PolicyEvaluator evaluator, List<CorpusRecord> records) {
        List<Result> results = new ArrayList<>();
        for (CorpusRecord r : records) {
            results.add(new Result(r, evaluator.evaluate(Corpus.post(r))));
        }
        return new QualityScore(results);
    }

    /** The score of decisions made elsewhere (such as by a different evaluator for each fold of a cross-validation). */
    public static QualityScore of(List<Result> results) {
        return new QualityScore(results);
    }

    public List<Result> results() {
        return results;
    }

    /** Caught / expected over the (post, clause) pairs the filter keeps. */
    public Ratio recall(Predicate<CorpusRecord> which, String clause) {
        int n = 0;
        int caught = 0;
        for (Result r : results) {
            if (which.test(r.record())) {
                for (String c : r.record().clauses()) {
                    if (clause == null || clause.equals(c)) {
                        n++;
                        caught += r.caught(c) ? 1 : 0;
                    }
                }
            }
        }
        return new Ratio(caught, n);
    }

    public Ratio recall(String clause) {
        return recall(r -> true, clause);
    }

    public Ratio recall(String clause, String form) {
        return recall(r -> r.form().equals(form), clause);
    }

    /** Of the posts with a finding of the clause, those labelled with it. */
    public Ratio precision(String clause) {
        int flagged = 0;
        int right = 0;
        for (Result r : results) {
            if (r.caught(clause)) {
                flagged++;
                right += r.record().clauses().contains(clause) ? 1 : 0;
            }
        }
        return new Ratio(right, flagged);
    }

    public Ratio mustAllowFlagged() {
        return share(CorpusRecord::mustAllow, r -> r.decision().outcome() != Outcome.ALLOW);
    }

    public Ratio mustAllowDenied() {
        return share(CorpusRecord::mustAllow, r -> r.decision().outcome() == Outcome.DENY);
    }

    /** Posts a person must see (band REVIEW) that were denied: stronger than the wording allows. */
    public Ratio reviewBandDenied() {
        return share(r -> r.band().equals("REVIEW"), r -> r.decision().outcome() == Outcome.DENY);
    }

    private Ratio share(Predicate<CorpusRecord> of, Predicate<Result> hit) {
        List<Result> base = results.stream().filter(r -> of.test(r.record())).toList();
        return new Ratio((int) base.stream().filter(hit).count(), base.size());
    }

    public List<Result> misses() {
        return results.stream().filter(r -> r.record().clauses().stream().anyMatch(c -> !r.caught(c))).toList();
    }

    public List<Result> mustAllowFlaggedPosts() {
        return results.stream().filter(r -> r.record().mustAllow() && r.decision().outcome() != Outcome.ALLOW).toList();
    }

    /** The ids of the must-ALLOW posts denied: the error the product must never make. */
    public List<String> mustAllowDeniedIds() {
        return results.stream().filter(r -> r.record().mustAllow() && r.decision().outcome() == Outcome.DENY)
                .map(r -> r.record().id()).toList();
    }

    /**
     * The figures a build records and must keep: recall per clause, per form and per clause and form,
     * and the share of must-ALLOW posts flagged ({@code allowFlagged}: lower is better).
     */
    public Properties figures() {
        Properties p = new Properties();
        cells().forEach((key, ratio) -> p.setProperty(key, value(ratio)));
        return p;
    }

    /** The ratio behind each figure of {@link #figures()}, by its key. */
    private java.util.Map<String, Ratio> cells() {
        java.util.Map<String, Ratio> cells = new java.util.LinkedHashMap<>();
        for (String clause : CLAUSES) {
            cells.put("recall." + clause, recall(clause));
            for (String form : FORMS) {
                cells.put("recall." + clause + "." + form, recall(clause, form));
            }
        }
        for (String form : FORMS) {
            cells.put("recall." + form, recall((String) null, form));
        }
        cells.put("allowFlagged", mustAllowFlagged());
        return cells;
    }

    /**
     * The figures of {@link #figures()} that fell below those recorded in a resource beside {@code anchor}
     * (or, for {@code allowFlagged}, rose above them), each with both values,
     * allowing each figure to move by {@code slack} posts (a model's arithmetic may round differently
     * on another CPU; the lexicon's never does: give it 0).
     */
    public List<String> regressionsAgainst(Class<?> anchor, String resource, int slack) {
        Properties recorded = new Properties();
        try (java.io.InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new java.io.IOException(resource + " is missing");
            }
            recorded.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return regressionsAgainst(recorded, slack);
    }

    private List<String> regressionsAgainst(Properties recorded, int slack) {
        List<String> regressions = new ArrayList<>();
        java.util.Map<String, Ratio> now = cells();
        for (String key : new java.util.TreeSet<>(recorded.stringPropertyNames())) {
            double was = Double.parseDouble(recorded.getProperty(key));
            Ratio cell = now.get(key);
            double is = Double.parseDouble(value(cell));
            double allowed = cell.total() == 0 ? 0 : (double) slack / cell.total();
            boolean worse = key.startsWith("allowFlagged") ? is > was + allowed + 1e-9 : is < was - allowed - 1e-9;
            if (worse) {
                regressions.add(String.format(Locale.ROOT, "%s: recorded %.4f, now %.4f", key, was, is));
            }
        }
        return regressions;
    }

    private static String value(Ratio r) {
        return String.format(Locale.ROOT, "%.4f", r.value());
    }

    /** The report's table in Markdown: a row per clause, then all clauses, then the must-ALLOW lines. */
    public String table(String title) {
        StringBuilder out = new StringBuilder();
        out.append("**").append(title).append("**\n\n");
        out.append("| clause | posts | recall | explicit | implicit | obfuscated | precision |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (String clause : CLAUSES) {
            row(out, clause, clause, precision(clause).toString());
        }
        row(out, "all", null, "");
        out.append('\n');
        out.append(String.format(Locale.ROOT, "- must-ALLOW posts flagged: %s; denied: %s%n",
                mustAllowFlagged(), mustAllowDenied().count()));
        out.append(String.format(Locale.ROOT, "- posts a person must see (REVIEW band) denied: %s%n",
                reviewBandDenied()));
        return out.toString();
    }

    private void row(StringBuilder out, String name, String clause, String precision) {
        out.append("| ").append(name).append(" | ").append(recall(clause).total()).append(" | ")
                .append(recall(clause)).append(" | ");
        for (String form : FORMS) {
            out.append(recall(clause, form)).append(" | ");
        }
        out.append(precision).append(" |\n");
    }

    /** {@code count} of {@code total}, shown as a share with the counts. */
    public record Ratio(int count, int total) {
        public double value() {
            return total == 0 ? 1.0 : (double) count / total;
        }

        @Override
        public String toString() {
            return total == 0 ? "–" : String.format(Locale.ROOT, "%.2f (%d/%d)", value(), count, total);
        }
    }
}
