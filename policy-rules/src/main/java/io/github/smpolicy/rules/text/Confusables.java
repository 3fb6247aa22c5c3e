package io.github.smpolicy.rules.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Look-alike letters of other scripts mapped to the Latin letter they imitate, read from
 * {@code confusables.txt}: the single-letter Latin prototypes of Unicode TR39's confusables data
 * for Cyrillic, Greek, Armenian and Cherokee letters (after NFKC, which already folds full-width
 * and mathematical forms).
 *
 * <p>Kept as a table indexed by the character, up to the highest one mapped: no boxing, no hashing.
 */
final class Confusables {
    /** By character: the Latin letter it imitates, or itself. */
    private static final char[] LATIN = load();

    private Confusables() {}

    /** The Latin letter {@code c} imitates, or {@code c} itself if it imitates none (ASCII always). */
    static char latin(char c) {
        return c < 128 || c >= LATIN.length ? c : LATIN[c];
    }

    private static char[] load() {
        char[] table = new char[0];
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
                if (from >= table.length) {
                    int size = table.length;
                    table = Arrays.copyOf(table, Math.max(from + 1, 2 * size));
                    for (int c = size; c < table.length; c++) {
                        table[c] = (char) c;
                    }
                }
                table[from] = to;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
