package io.github.smpolicy.semantic;

import io.github.smpolicy.rules.PolicyEvaluator;
import io.github.smpolicy.rules.quality.Corpus;
import io.github.smpolicy.rules.quality.CorpusRecord;
import io.github.smpolicy.rules.quality.QualityScore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The quality report: per clause and per form, recall and precision of the lexicon alone and of the
 * lexicon with the semantic analyser, and the must-ALLOW posts flagged and denied, on a split of the
 * register corpus (the frozen test split by default). Printed as Markdown and written to
 * {@code target/quality-<split>.md}. Run by {@code policy-semantic/scripts/quality-report.sh}.
 *
 * <p>{@code --details} lists each miss and each flagged must-ALLOW post, for the train and dev splits
 * only: the test split is scored, never read for tuning.
 */
public final class QualityReport {
    private QualityReport() {}

    public static void main(String[] args) throws IOException {
        String split = args.length > 0 ? args[0] : "test";
        boolean details = List.of(args).contains("--details");
        if (details && split.equals("test")) {
            throw new IllegalArgumentException("--details is for train and dev: nothing is tuned on the test split");
        }
        List<CorpusRecord> records = Corpus.load(split);
        PolicyEvaluator lexicon = PolicyEvaluator.standard();
        PolicyEvaluator both = PolicyEvaluator.builder().analyser(SemanticAnalyser.standard()).build();
        QualityScore alone = QualityScore.of(lexicon, records);
        QualityScore combined = QualityScore.of(both, records);
        StringBuilder out = new StringBuilder();
        out.append("### Register corpus, ").append(split).append(" split (").append(records.size())
                .append(" posts; sha-256 ").append(Corpus.digest(split), 0, 12).append("…)\n\n");
        out.append(alone.table("Lexicon alone")).append('\n');
        out.append(combined.table("Lexicon + semantic (" + SemanticAnalyser.standard().source() + ")")).append('\n');
        if (details) {
            out.append("#### Lexicon + semantic: misses\n\n");
            combined.misses().forEach(r -> out.append("- ").append(r.describe()).append('\n'));
            out.append("\n#### Lexicon + semantic: must-ALLOW posts flagged\n\n");
            combined.mustAllowFlaggedPosts().forEach(r -> out.append("- ").append(r.describe()).append('\n'));
            out.append("\n#### Lexicon alone: must-ALLOW posts flagged\n\n");
            alone.mustAllowFlaggedPosts().forEach(r -> out.append("- ").append(r.describe()).append('\n'));
        }
        System.out.println(out);
        Path file = Path.of("target", "quality-" + split + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }
}
