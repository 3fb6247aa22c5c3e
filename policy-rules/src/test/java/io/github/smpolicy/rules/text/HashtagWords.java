package io.github.smpolicy.rules.text;

import io.github.smpolicy.rules.quality.Corpus;
import io.github.smpolicy.rules.quality.CorpusRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes {@code hashtag-words.txt}, the vocabulary {@link Hashtags} splits lower-case hashtags with: every
 * word of the register corpus's train and dev splits (never test) seen at least {@value #MIN_COUNT} times
 * outside hashtags, with its count, and every word of the standard lexicon (at least that count).
 * Deterministic; {@code HashtagWordsTest} checks the shipped file is what it writes.
 * Run: {@code HashtagWords [file]} from {@code policy-rules} (test classpath).
 */
public final class HashtagWords {
    static final int MIN_COUNT = 2;
    private static final Pattern HASHTAG = Pattern.compile("#\\w+");
    /** A lexicon word; not a group's name ("@notmine" is no word a hashtag is made of: "#notmine" is "not mine"). */
    private static final Pattern WORD = Pattern.compile("(?<![@a-z])[a-z]+");

    private HashtagWords() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0]
                : "src/main/resources/io/github/smpolicy/rules/text/" + Hashtags.RESOURCE);
        Files.writeString(out, generate(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    static String generate() {
        Map<String, Integer> counts = new HashMap<>();
        for (String split : List.of("train", "dev")) {
            for (CorpusRecord r : Corpus.load(split)) {
                count(r.text(), counts);
                if (r.shared() != null) {
                    count(r.shared(), counts);
                }
            }
        }
        counts.values().removeIf(c -> c < MIN_COUNT);
        counts.keySet().removeIf(w -> w.length() < 2 && !w.equals("a") && !w.equals("i"));
        for (String line : TextAnalyser.resource(TextAnalyser.STANDARD).split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            var m = WORD.matcher(line);
            while (m.find()) {
                if (m.group().length() >= 2) {
                    counts.merge(m.group(), MIN_COUNT, Math::max);
                }
            }
        }
        List<Map.Entry<String, Integer>> words = new ArrayList<>(counts.entrySet());
        words.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        StringBuilder out = new StringBuilder();
        out.append("# The words Hashtags splits a lower-case hashtag into, with their counts: the register corpus's train and\n")
                .append("# dev words seen at least ").append(MIN_COUNT)
                .append(" times outside hashtags, and the lexicon's words. Written by HashtagWords (tests).\n");
        for (Map.Entry<String, Integer> e : words) {
            out.append(e.getKey()).append(' ').append(e.getValue()).append('\n');
        }
        return out.toString();
    }

    private static void count(String text, Map<String, Integer> counts) {
        Tokens tokens = Tokens.of(HASHTAG.matcher(text).replaceAll(" "));
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.skeleton(i);
            // a number's unit ("2nd", "40mm": "nd", "mm") is no word a hashtag is made of: counted, "nd" (670 times)
            // split "#vindicated" into "vi nd icat ed"
            boolean unit = i > 0 && tokens.number(i - 1) && tokens.start(i) == tokens.end(i - 1);
            if (!unit && !tokens.number(i) && !tokens.stretched(i) && !tokens.hasWildcard(i) && WORD.matcher(w).matches()) {
                counts.merge(w, 1, Integer::sum);
            }
        }
    }
}
