package io.github.smpolicy.rules.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Look-alike letters of other scripts mapped to the Latin letter they imitate, read from
 * {@code confusables.txt}: the single-letter Latin prototypes of Unicode TR39's confusables data
 * for Cyrillic, Greek, Armenian and Cherokee letters (after NFKC, which already folds full-width
 * and mathematical forms).
 */
final class Confusables {
    private static final Map<Character, Character> LATIN = load();

    private Confusables() {}

    static Character latin(char c) {
        return c < 128 ? null : LATIN.get(c);
    }

    private static Map<Character, Character> load() {
        Map<Character, Character> map = new HashMap<>();
        try (InputStream in = Confusables.class.getResourceAsStream("confusables.txt")) {
            if (in == null) {
                throw new IOException("confusables.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String data = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (data.isEmpty()) {
                    continue;
                }
                String[] parts = data.split(";");
                char from = (char) Integer.parseInt(parts[0].strip(), 16);
                char to = (char) Integer.parseInt(parts[1].strip(), 16);
                map.put(from, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
