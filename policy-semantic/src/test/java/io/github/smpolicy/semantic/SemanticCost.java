package io.github.smpolicy.semantic;

import io.github.smpolicy.model.Account;
import io.github.smpolicy.model.Action;
import io.github.smpolicy.model.Member;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Role;
import io.github.smpolicy.rules.PolicyEvaluator;
import io.github.smpolicy.rules.quality.CorpusRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code --semantic} costs: the model's and the heads' load time, and the time per typical post
 * (~150 characters of the member's own words, every text new so the cache never answers) on one
 * thread through {@link PolicyEvaluator#evaluate}. Also writes {@code target/typical-posts.jsonl}
 * (3,000 such posts) for {@code policy-check evaluate --semantic --threads 2} under {@code /usr/bin/time -v}.
 * The texts are cut from train and dev posts (never test) and numbered so that no two are alike.
 */
public final class SemanticCost {
    private SemanticCost() {}

    public static void main(String[] args) throws IOException {
        List<String> texts = typicalTexts(4000);
        long t0 = System.nanoTime();
        Heads heads = Heads.bundled();
        long t1 = System.nanoTime();
        io.github.smpolicy.rules.text.TextAnalyser.forProfile(io.github.smpolicy.rules.AgencyProfile.portland());
        long t2 = System.nanoTime();
        new MiniLm();
        long t3 = System.nanoTime();
        SemanticAnalyser analyser = SemanticAnalyser.standard();
        long t4 = System.nanoTime();
        System.out.printf(Locale.ROOT, "heads %s: read in %.0f ms; the lexicon (shared with the evaluator) built in %.0f ms;"
                + " the model loaded in %.0f ms; then the analyser (heads, model, digest) in %.0f ms%n",
                heads.version(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6);
        PolicyEvaluator evaluator = PolicyEvaluator.builder().analyser(analyser).build();
        Instant at = Instant.parse("2026-03-01T18:00:00Z");
        int warm = 500;
        for (int round = 0; round < 3; round++) {
            long start = 0;
            for (int i = 0; i < 1000 + warm; i++) {
                if (i == warm) {
                    start = System.nanoTime();
                }
                String text = texts.get((round * 1500 + i) % texts.size()) + " r" + round;
                evaluator.evaluate(Post.builder("p-" + i, at).author(new Member("m-1", null, Role.MEMBER))
                        .account(Account.personal("member@example.com")).action(Action.PUBLISH).text(text).build());
            }
            System.out.printf(Locale.ROOT, "round %d: %.2f ms per typical post, one thread%n", round,
                    (System.nanoTime() - start) / 1e6 / 1000);
        }
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            jsonl.append("{\"id\": \"t-").append(i).append("\", \"postedAt\": \"2026-03-01T18:00:00Z\", ")
                    .append("\"author\": {\"id\": \"m-1\"}, \"account\": {\"platform\": \"facebook\", \"handle\": \"m1\", ")
                    .append("\"registrationEmail\": \"m1@example.com\"}, \"text\": \"")
                    .append(texts.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append(" t").append(i)
                    .append("\"}\n");
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "typical-posts.jsonl"), jsonl, StandardCharsets.UTF_8);
        System.out.println("wrote target/typical-posts.jsonl");
    }

    /** The members' own words of train and dev posts, cut to ~150 characters at a word, numbered. */
    static List<String> typicalTexts(int n) {
        List<String> cut = new ArrayList<>();
        for (CorpusRecord r : TrainHeads.pool()) {
            String t = r.text().replaceAll("[\\p{Cntrl}]", " ").strip();
            if (t.length() < 60) {
                continue;
            }
            int end = t.length() <= 150 ? t.length() : Math.max(60, t.lastIndexOf(' ', 150));
            cut.add(t.substring(0, end));
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            texts.add(cut.get(i % cut.size()) + " n" + i);
        }
        return texts;
    }
}
