package io.github.smpolicy.rules.quality;

import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.rules.PolicyEvaluator;
import java.util.List;

/**
 * Lists what the lexicon alone misses and flags wrongly on the train or dev split, for whoever tunes
 * it. Refuses the test split: it is scored, never read for tuning.
 */
public final class LexiconDiagnostics {
    private LexiconDiagnostics() {}

    public static void main(String[] args) {
        String split = args.length > 0 ? args[0] : "dev";
        if (split.equals("test")) {
            throw new IllegalArgumentException("the test split is never read for tuning");
        }
        List<CorpusRecord> records = Corpus.load(split);
        QualityScore score = QualityScore.of(PolicyEvaluator.builder().wordModel(false).build(), records);
        System.out.println(score.table("Lexicon alone, " + split + " split"));
        System.out.println("misses:");
        score.misses().forEach(r -> System.out.println("- " + r.describe() + "\n    " + text(r.record())));
        System.out.println("must-ALLOW flagged:");
        score.mustAllowFlaggedPosts().forEach(r -> System.out.println("- " + r.describe() + "\n    " + text(r.record())));
        System.out.println("REVIEW band denied:");
        score.results().stream().filter(r -> r.record().band().equals("REVIEW")
                && r.decision().outcome() == Outcome.DENY)
                .forEach(r -> System.out.println("- " + r.describe() + "\n    " + text(r.record())));
    }

    private static String text(CorpusRecord r) {
        return r.action() + ": " + r.text().replace('\n', ' ') + (r.shared() == null ? "" : "  || shared: "
                + r.shared().replace('\n', ' '));
    }
}
