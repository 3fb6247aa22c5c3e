package io.github.smpolicy.semantic;

import io.github.smpolicy.rules.PolicyEvaluator;
import io.github.smpolicy.rules.quality.Corpus;
import io.github.smpolicy.rules.quality.CorpusRecord;
import io.github.smpolicy.rules.quality.QualityScore;
import io.github.smpolicy.rules.text.WordModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The quality report: per clause and per form, recall and precision of the lexicon alone, of the default
 * evaluator (the lexicon with the built-in word model) and of the lexicon with the semantic analyser, and the must-ALLOW posts flagged and denied, on a split of the
 * register corpus (the frozen test split by default). Printed as Markdown and written to
 * {@code target/quality-<split>.md}. Run by {@code policy-semantic/scripts/quality-report.sh}.
 *
 * <p>{@code --details} lists each miss and each flagged must-ALLOW post, for the train and dev splits
 * only: the test split is scored, never read for tuning. Splits may be joined ({@code train,dev}), and
 * {@code --writers w7,w8} keeps the posts of those writers only (their ids' prefix): the score of writers
 * the lexicon and the heads have not yet seen. {@code test --record} writes the figures the build gates on
 * ({@code lexicon-figures.properties}, {@code default-figures.properties}, {@code semantic-figures.properties}) from this run: after a change
 * whose test-split figures docs/quality.md reports, never to make a regression pass unremarked.
 */
public final class QualityReport {
    private QualityReport() {}

    private static void record(QualityScore score, Path file, String title) throws IOException {
        try (java.io.Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            score.figures().store(w, title + ", as recorded by QualityReport test --record");
        }
        System.out.println("recorded " + file);
    }

    public static void main(String[] args) throws IOException {
        String split = args.length > 0 ? args[0] : "test";
        List<String> options = List.of(args);
        boolean details = options.contains("--details");
        List<String> splits = List.of(split.split(","));
        if (details && splits.contains("test")) {
            throw new IllegalArgumentException("--details is for train and dev: nothing is tuned on the test split");
        }
        int w = options.indexOf("--writers");
        Set<String> writers = w < 0 || w + 1 >= args.length ? null : Set.of(args[w + 1].split(","));
        List<CorpusRecord> records = new ArrayList<>();
        for (String s : splits) {
            for (CorpusRecord r : Corpus.load(s)) {
                if (writers == null || writers.contains(r.id().substring(0, Math.max(0, r.id().indexOf('-'))))) {
                    records.add(r);
                }
            }
        }
        PolicyEvaluator lexicon = PolicyEvaluator.builder().wordModel(false).build();
        PolicyEvaluator both = PolicyEvaluator.builder().analyser(SemanticAnalyser.standard()).build();
        QualityScore alone = QualityScore.of(lexicon, records);
        QualityScore standard = QualityScore.of(PolicyEvaluator.standard(), records);
        QualityScore combined = QualityScore.of(both, records);
        StringBuilder out = new StringBuilder();
        out.append("### Register corpus, ").append(split).append(splits.size() > 1 ? " splits" : " split");
        if (writers != null) {
            out.append(", writers ").append(String.join(", ", new java.util.TreeSet<>(writers)));
        }
        out.append(" (").append(records.size()).append(" posts");
        if (splits.size() == 1) {
            out.append("; sha-256 ").append(Corpus.digest(split), 0, 12).append('…');
        }
        out.append(")\n\n");
        out.append(alone.table("Lexicon alone")).append('\n');
        out.append(standard.table("Lexicon + word model (the default; " + WordModel.standard().source() + ")")).append('\n');
        out.append(combined.table("Lexicon + semantic (" + SemanticAnalyser.standard().source() + ")")).append('\n');
        if (details) {
            out.append("#### Lexicon + semantic: misses\n\n");
            combined.misses().forEach(r -> out.append("- ").append(r.describe()).append('\n'));
            out.append("\n#### Lexicon + semantic: must-ALLOW posts flagged\n\n");
            combined.mustAllowFlaggedPosts().forEach(r -> out.append("- ").append(r.describe()).append('\n'));
            out.append("\n#### Lexicon + word model: misses\n\n");
            standard.misses().forEach(r -> out.append("- ").append(r.describe()).append('\n'));
            out.append("\n#### Lexicon + word model: must-ALLOW posts flagged\n\n");
            standard.mustAllowFlaggedPosts().forEach(r -> out.append("- ").append(r.describe()).append('\n'));
            out.append("\n#### Lexicon alone: must-ALLOW posts flagged\n\n");
            alone.mustAllowFlaggedPosts().forEach(r -> out.append("- ").append(r.describe()).append('\n'));
        }
        System.out.println(out);
        if (options.contains("--record")) {
            if (!split.equals("test") || writers != null) {
                throw new IllegalArgumentException("--record is for the whole test split: the figures the build gates on");
            }
            record(alone, Path.of("..", "policy-rules", "src", "test", "resources", "corpus", "register",
                    "lexicon-figures.properties"), "The built-in lexicon on the register corpus's frozen test split");
            record(standard, Path.of("..", "policy-rules", "src", "test", "resources", "corpus", "register",
                    "default-figures.properties"), "The lexicon + word model (" + WordModel.standard().source()
                    + ", the default evaluator) on the register corpus's frozen test split");
            record(combined, Path.of("src", "test", "resources", "io", "github", "smpolicy", "semantic",
                    "semantic-figures.properties"), "Lexicon + semantic (" + SemanticAnalyser.standard().source()
                    + ") on the register corpus's frozen test split");
        }
        Path file = Path.of("target", "quality-" + split.replace(',', '+')
                + (writers == null ? "" : "-" + String.join("+", new java.util.TreeSet<>(writers))) + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }
}
