package io.github.smpolicy.rules.text;

import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.rules.PolicyEvaluator;
import io.github.smpolicy.rules.quality.Corpus;
import io.github.smpolicy.rules.quality.CorpusRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * For whoever tunes the lexicon: each entry of the built-in lexicon on its own, over the train and dev
 * splits (never test). Every post the entry finds anything in is decided by the real rules with that
 * entry as the only text analysis, so a match counts where the rule book lets it count (a comment's
 * posting only for 1.6 and 1.7, the 1.5 tie, thresholds). It prints, per entry, the posts labelled with a
 * clause it found and the must-ALLOW posts it flagged; an entry that flags more must-ALLOW posts than it
 * catches costs more than it gives.
 *
 * <p>Usage: {@code java ... io.github.smpolicy.rules.text.LexiconEntryAudit [minimum must-ALLOW posts flagged]}, or
 * {@code LexiconEntryAudit --line N [N ...]} to list the posts the entries on those lines of the lexicon catch and flag.
 */
public final class LexiconEntryAudit {
    private LexiconEntryAudit() {}

    /** An entry that never matches, naming the groups the analyser consults whatever its entries are. */
    private static final String CONTEXT = "CONTEXT_ONLY 0.01 : zzqqzzqqzz if @tie @condemn @ownviews";

    public static void main(String[] args) {
        boolean listing = args.length > 0 && args[0].equals("--line");
        Set<Integer> listed = new HashSet<>();
        if (listing) {
            for (int i = 1; i < args.length; i++) {
                listed.add(Integer.parseInt(args[i]));
            }
        }
        int minimum = listing ? 0 : args.length > 0 ? Integer.parseInt(args[0]) : 1;
        List<CorpusRecord> records = new ArrayList<>(Corpus.load("train"));
        records.addAll(Corpus.load("dev"));
        String[] lines = TextAnalyser.resource(TextAnalyser.STANDARD).split("\n", -1);
        StringBuilder groups = new StringBuilder();
        List<Integer> entryLines = new ArrayList<>();
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.startsWith("@")) {
                groups.append(line).append('\n');
            } else if (!line.isEmpty() && !line.startsWith("#") && (!listing || listed.contains(n + 1))) {
                entryLines.add(n);
            }
        }
        String[] rows = new String[entryLines.size()];
        IntStream.range(0, entryLines.size()).parallel().forEach(k -> {
            int n = entryLines.get(k);
            String one = groups + lines[n].strip() + "\n" + CONTEXT + "\n";
            TextAnalyser entry = new TextAnalyser(Lexicon.parse(List.of("entry"), List.of(one)), "audit");
            PolicyEvaluator alone = PolicyEvaluator.builder().textAnalysis(false).wordModel(false).analyser(entry).build();
            int caught = 0;
            int flagged = 0;
            StringBuilder posts = new StringBuilder();
            for (CorpusRecord r : records) {
                if (entry.analyse(r.text(), "post").isEmpty()
                        && (r.shared() == null || entry.analyse(r.shared(), "shared").isEmpty())) {
                    continue; // nothing found: the rules would find nothing either
                }
                Decision d = alone.evaluate(Corpus.post(r));
                boolean flags = r.mustAllow() && d.outcome() != Outcome.ALLOW;
                boolean catches = !r.mustAllow()
                        && d.findings().stream().map(Finding::clause).anyMatch(r.clauses()::contains);
                flagged += flags ? 1 : 0;
                caught += catches ? 1 : 0;
                if (listing && (flags || catches)) {
                    String text = (r.text() + (r.shared() == null ? "" : " || shared: " + r.shared())).replace('\n', ' ');
                    posts.append(flags ? "    FLAGS  " : "    CATCHES ").append(r.id()).append(": ")
                            .append(text.length() > 200 ? text.substring(0, 200) + "…" : text).append('\n');
                }
            }
            if (flagged >= minimum) {
                String entryText = lines[n].strip();
                rows[k] = String.format("%s%4d caught %4d must-ALLOW flagged  line %d: %s", flagged > caught ? "!" : " ",
                        caught, flagged, n + 1, entryText.length() > 140 ? entryText.substring(0, 140) + "…" : entryText)
                        + (listing ? "\n" + posts : "");
            }
        });
        System.out.println("entries flagging at least " + minimum + " must-ALLOW post(s) of train + dev ("
                + records.size() + " posts); '!' where they flag more must-ALLOW posts than they catch");
        for (String row : rows) {
            if (row != null) {
                System.out.println(row);
            }
        }
    }
}
