package io.github.smpolicy.semantic;

import io.github.smpolicy.rules.AgencyProfile;
import io.github.smpolicy.rules.PolicyEvaluator;
import io.github.smpolicy.rules.quality.CorpusRecord;
import io.github.smpolicy.rules.quality.QualityScore;
import io.github.smpolicy.rules.quality.QualityScore.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Out-of-fold figures of the lexicon with the semantic analyser on train and dev (the test split is never
 * read): the records fall in {@value TrainHeads#FOLDS} folds by writer and kind ({@link TrainHeads#fold});
 * each fold is decided by the real evaluator with heads fitted on the other folds (and the earlier
 * corpus), thresholded on the other folds' out-of-fold scores alone, so no figure rests on a choice made
 * with the fold's labels. Prints the quality tables for train and dev together and for dev alone, and
 * writes them to {@code target/quality-cv.md}. Run by {@code policy-semantic/scripts/cross-validate.sh}.
 *
 * <p>Arguments: {@code [budget] [greedy|uniform] [l2] [epochs] [lowest]}, the shipped configuration
 * ({@link TrainHeads.Config#SHIPPED}) by default; several budgets, modes or lowest thresholds may be given
 * as {@code 0.02,0.03}; {@code [l2]} is the embedding's L2, {@code -Dcv.wordL2=…} the hashed words'.
 * {@code -Dcv.sharedPositives=false} and {@code -Dcv.trainOnly=true} fit the heads
 * the way they were fitted before this pass.
 */
public final class CrossValidation {
    private CrossValidation() {}

    public static void main(String[] args) throws IOException {
        TrainHeads.Config shipped = TrainHeads.Config.SHIPPED;
        String[] budgets = args.length > 0 ? args[0].split(",") : new String[] {String.valueOf(shipped.budget())};
        String[] modes = args.length > 1 ? args[1].split(",") : new String[] {shipped.greedy() ? "greedy" : "uniform"};
        boolean greedy = modes[0].equals("greedy");
        double l2 = args.length > 2 ? Double.parseDouble(args[2]) : shipped.l2();
        int epochs = args.length > 3 ? Integer.parseInt(args[3]) : shipped.epochs();
        String[] lowests = args.length > 4 ? args[4].split(",") : new String[] {String.valueOf(shipped.lowest())};

        List<CorpusRecord> pool = TrainHeads.pool();
        List<TrainHeads.Post> posts = pool.stream().map(TrainHeads.Post::of).toList();
        List<TrainHeads.Example> earlier = TrainHeads.earlierCorpus();
        long start = System.nanoTime();
        List<List<Heads.Head>> foldHeads = new ArrayList<>();
        double wordL2 = Double.parseDouble(System.getProperty("cv.wordL2", String.valueOf(shipped.wordL2())));
        TrainHeads.Config fitting = new TrainHeads.Config(l2, wordL2, epochs, shipped.budget(), greedy, shipped.lowest(),
                Boolean.parseBoolean(System.getProperty("cv.sharedPositives", String.valueOf(shipped.sharedPositives()))),
                Boolean.getBoolean("cv.trainOnly"));
        double[][] oof = TrainHeads.outOfFold(posts, earlier, fitting, foldHeads);
        System.out.printf(Locale.ROOT, "fitted %d folds in %.1f s%n", TrainHeads.FOLDS, (System.nanoTime() - start) / 1e9);

        StringBuilder out = new StringBuilder();
        QualityScore lexicon = QualityScore.of(PolicyEvaluator.builder().wordModel(false).build(), pool);
        out.append(table("Lexicon alone, train + dev", lexicon.results(), null));
        out.append(table("Lexicon alone, dev", lexicon.results(), "dev"));
        // the shipped heads on dev, for comparison (in sample wherever they were trained or thresholded on dev)
        SemanticAnalyser shippedAnalyser = new SemanticAnalyser(Heads.bundled(), AgencyProfile.portland(),
                TrainHeads::embedding);
        List<Result> shippedResults = QualityScore.of(PolicyEvaluator.builder().analyser(shippedAnalyser).build(),
                pool).results();
        out.append(table("Lexicon + semantic, shipped heads " + Heads.bundled().version() + ", dev", shippedResults, "dev"));
        out.append(opinions("Shipped heads " + Heads.bundled().version(), shippedResults));
        for (String mode : modes) for (String b : budgets) for (String lowest : lowests) {
            TrainHeads.Config config = fitting.with(Double.parseDouble(b), mode.equals("greedy"), Double.parseDouble(lowest));
            List<Result> results = new ArrayList<>();
            for (int k = 0; k < TrainHeads.FOLDS; k++) {
                final int fold = k;
                double[] t = TrainHeads.thresholds(posts, oof, config, i -> TrainHeads.fold(pool.get(i)) != fold);
                List<Heads.Head> heads = new ArrayList<>();
                for (int h = 0; h < t.length; h++) {
                    Heads.Head f = foldHeads.get(k).get(h);
                    heads.add(new Heads.Head(f.clause(), f.signal(), t[h], f.bias(), f.weights(), f.words()));
                }
                SemanticAnalyser analyser = new SemanticAnalyser(new Heads("cv-" + k, heads), AgencyProfile.portland(),
                        TrainHeads::embedding);
                PolicyEvaluator both = PolicyEvaluator.builder().analyser(analyser).build();
                List<CorpusRecord> records = pool.stream().filter(r -> TrainHeads.fold(r) == fold).toList();
                results.addAll(QualityScore.of(both, records).results());
            }
            if (Boolean.getBoolean("cv.byAction")) {
                System.out.println(byAction(results));
            }
            String name = "Lexicon + semantic, out of fold (" + config + ")";
            out.append(table(name + ", train + dev", results, null));
            out.append(table(name + ", dev", results, "dev"));
            out.append(opinions(name, results));
        }
        System.out.println(out);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "quality-cv.md"), out, StandardCharsets.UTF_8);
    }

    /**
     * Recall by action, by how many words of their own the members wrote and by form, and the share of
     * must-ALLOW posts flagged by the same: where the misses are ({@code -Dcv.byAction=true}). Counted by
     * post: a violation is caught when the decision has a finding of one of its clauses.
     */
    private static String byAction(List<Result> results) {
        java.util.Map<String, int[]> by = new java.util.TreeMap<>();
        for (Result r : results) {
            CorpusRecord rec = r.record();
            int words = rec.text().isBlank() ? 0 : rec.text().strip().split("\\s+").length;
            String key = rec.action() + (words == 0 ? ", no words" : words < TrainHeads.OWN_WORDS ? ", few words" : ", own words")
                    + (rec.mustAllow() ? ", must-ALLOW (flagged)" : ", " + rec.form());
            java.util.Set<String> found = r.decision().findings().stream().map(io.github.smpolicy.model.Finding::clause)
                    .collect(java.util.stream.Collectors.toSet());
            int[] c = by.computeIfAbsent(key, x -> new int[2]);
            c[0]++;
            c[1] += rec.mustAllow() ? (r.decision().outcome() != io.github.smpolicy.model.Outcome.ALLOW ? 1 : 0)
                    : (rec.clauses().stream().anyMatch(found::contains) ? 1 : 0);
        }
        StringBuilder out = new StringBuilder("**By action, own words and form (posts)**\n\n| posts | n | caught or flagged |\n|---|---:|---:|\n");
        by.forEach((k, c) -> out.append(String.format(Locale.ROOT, "| %s | %d | %.2f (%d) |%n", k, c[0], c[1] / (double) c[0], c[1])));
        return out.toString();
    }

    /** What the semantic analyser's opinions alone catch and flag (whether or not the lexicon also did). */
    private static String opinions(String title, List<Result> results) {
        StringBuilder out = new StringBuilder("**" + title + ": opinions alone**\n\n| clause | train + dev | dev |\n|---|---:|---:|\n");
        for (String clause : QualityScore.CLAUSES) {
            out.append("| ").append(clause).append(" | ").append(opinionRecall(results, clause, null)).append(" | ")
                    .append(opinionRecall(results, clause, "dev")).append(" |\n");
        }
        out.append("| all | ").append(opinionRecall(results, null, null)).append(" | ")
                .append(opinionRecall(results, null, "dev")).append(" |\n");
        for (String split : new String[] {null, "dev"}) {
            List<Result> allow = results.stream().filter(r -> r.record().mustAllow()
                    && (split == null || r.record().split().equals(split))).toList();
            long flagged = allow.stream().filter(r -> !opinionClauses(r).isEmpty()).count();
            out.append(String.format(Locale.ROOT, "%n- must-ALLOW posts with an opinion, %s: %d/%d (%.1f%%)",
                    split == null ? "train + dev" : split, flagged, allow.size(), 100.0 * flagged / allow.size()));
        }
        return out.append("\n\n").toString();
    }

    private static java.util.Set<String> opinionClauses(Result r) {
        return r.decision().findings().stream().filter(f -> f.evidence().stream().anyMatch(
                e -> e instanceof io.github.smpolicy.model.Evidence.TextEvidence t && t.opinion()))
                .map(io.github.smpolicy.model.Finding::clause).collect(java.util.stream.Collectors.toSet());
    }

    private static QualityScore.Ratio opinionRecall(List<Result> results, String clause, String split) {
        int n = 0;
        int caught = 0;
        for (Result r : results) {
            if (split == null || r.record().split().equals(split)) {
                for (String c : r.record().clauses()) {
                    if (clause == null || clause.equals(c)) {
                        n++;
                        caught += opinionClauses(r).contains(c) ? 1 : 0;
                    }
                }
            }
        }
        return new QualityScore.Ratio(caught, n);
    }

    private static String table(String title, List<Result> results, String split) {
        List<Result> kept = results.stream().filter(r -> split == null || r.record().split().equals(split)).toList();
        return QualityScore.of(kept).table(title) + "\n";
    }
}
