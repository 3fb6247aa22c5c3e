package io.github.smpolicy.rules.text;

import io.github.smpolicy.rules.ContentSignal;
import io.github.smpolicy.rules.quality.Corpus;
import io.github.smpolicy.rules.quality.CorpusRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * For whoever tunes the lexicon: each entry of the built-in lexicon on its own, over the train and dev
 * splits (never test), with the posts labelled with its clause it matches and the must-ALLOW posts it
 * matches. An entry that matches more must-ALLOW posts than posts of its clause costs more than it
 * catches. A match counts where the rule book lets it count: the member's own words always; the shared
 * posting's for a share, and for a comment or a like only for 1.6 and 1.7.
 *
 * <p>Usage: {@code java ... io.github.smpolicy.rules.text.LexiconEntryAudit [minimum must-ALLOW matches]}
 */
public final class LexiconEntryAudit {
    private LexiconEntryAudit() {}

    static final Map<String, String> CLAUSE = Map.ofEntries(
            Map.entry("SENSITIVE_INFORMATION", "311.40-1.3"),
            Map.entry("DISCREDITS_BUREAU", "311.40-1.4"), Map.entry("MISCONDUCT_ADVOCACY", "311.40-1.4"),
            Map.entry("COMPLAINT", "311.40-1.5"), Map.entry("ADMINISTRATIVE_INVESTIGATION", "311.40-1.5"),
            Map.entry("CRIMINAL_INVESTIGATION", "311.40-1.5"), Map.entry("LEGAL_CLAIM", "311.40-1.5"),
            Map.entry("COURT_CASE", "311.40-1.5"),
            Map.entry("HARASSMENT", "311.40-1.6"), Map.entry("DISCRIMINATION", "311.40-1.6"),
            Map.entry("THREAT_OF_VIOLENCE", "311.40-1.6"), Map.entry("PROPOSED_VIOLATION_OF_LAW", "311.40-1.6"),
            Map.entry("PUBLIC_SAFETY_ENDANGERMENT", "311.40-1.6"),
            Map.entry("PROTECTED_CLASS_BIAS", "311.40-1.7"), Map.entry("REPRESENTS_AGENCY_VIEWS", "311.40-1.8"));
    /** An entry that never matches, naming the groups the analyser consults whatever the entries are. */
    private static final String CONTEXT = "CONTEXT_ONLY 0.01 : zzqqzzqqzz if @tie @condemn @ownviews";
    private static final double REVIEW = 0.5;

    public static void main(String[] args) {
        int minimum = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        List<CorpusRecord> records = new ArrayList<>(Corpus.load("train"));
        records.addAll(Corpus.load("dev"));
        String text = resource();
        String[] lines = text.split("\n", -1);
        StringBuilder groups = new StringBuilder();
        List<Integer> entryLines = new ArrayList<>();
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.startsWith("@")) {
                groups.append(line).append('\n');
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                entryLines.add(n);
            }
        }
        String[] rows = new String[entryLines.size()];
        IntStream.range(0, entryLines.size()).parallel().forEach(k -> {
            int n = entryLines.get(k);
            String one = groups + lines[n].strip() + "\n" + CONTEXT + "\n";
            TextAnalyser analyser = new TextAnalyser(Lexicon.parse(List.of("entry"), List.of(one)), "audit");
            int caught = 0;
            int wrong = 0;
            for (CorpusRecord r : records) {
                Set<String> found = new java.util.HashSet<>();
                for (ContentSignal s : analyser.analyse(r.text(), "post")) {
                    if (s.confidence() >= REVIEW && CLAUSE.containsKey(s.signal())) {
                        found.add(CLAUSE.get(s.signal()));
                    }
                }
                if (r.shared() != null) {
                    boolean all = r.action().equals("SHARE");
                    for (ContentSignal s : analyser.analyse(r.shared(), "shared")) {
                        String c = CLAUSE.get(s.signal());
                        if (s.confidence() >= REVIEW && c != null
                                && (all || c.equals("311.40-1.6") || c.equals("311.40-1.7"))) {
                            found.add(c);
                        }
                    }
                }
                for (String c : found) {
                    if (r.clauses().isEmpty()) {
                        wrong++;
                    } else if (r.clauses().contains(c)) {
                        caught++;
                    }
                }
            }
            if (wrong >= minimum) {
                rows[k] = String.format("%s%4d caught %4d must-ALLOW  line %d: %s", wrong > caught ? "!" : " ",
                        caught, wrong, n + 1, lines[n].strip().length() > 140
                                ? lines[n].strip().substring(0, 140) + "…" : lines[n].strip());
            }
        });
        System.out.println("entries matching at least " + minimum + " must-ALLOW post(s) of train + dev ("
                + records.size() + " posts); '!' where they match more must-ALLOW posts than posts of their clause");
        for (String row : rows) {
            if (row != null) {
                System.out.println(row);
            }
        }
    }

    private static String resource() {
        try (InputStream in = TextAnalyser.class.getResourceAsStream("lexicon-311.40.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
