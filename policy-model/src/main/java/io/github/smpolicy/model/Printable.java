package io.github.smpolicy.model;

/**
 * Text from the input (post ids, file names) made safe to print: a control character, a C1 control,
 * a line or paragraph separator or a bidirectional-text control would let a post id forge a log line,
 * move the cursor of a terminal or reorder what a reader sees, so each is written as an escape
 * ({@code \n}, {@code \r}, {@code \t}, otherwise {@code \}{@code uXXXX}). Everything else is kept.
 */
public final class Printable {
    private Printable() {}

    /**
     * Escapes every character that could change how {@code text} prints, line breaks included.
     *
     * @param text the text; may be {@code null}
     * @return {@code text} escaped, on one line; {@code text} itself when nothing needed escaping; {@code null}
     *         for {@code null}
     */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !needsEscape(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c)) {
                out.append(c);
            } else {
                switch (c) {
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(String.format("\\u%04X", (int) c));
                }
            }
        }
        return out.toString();
    }

    /**
     * Escapes, line by line, every character but {@code \n} that could change how {@code text} prints.
     *
     * @param text the text; may be {@code null}
     * @return {@code text} with its lines kept and everything else escaped; {@code null} for {@code null}
     */
    public static String lines(String text) {
        return text == null ? null : String.join("\n", java.util.Arrays.stream(text.split("\n", -1))
                .map(Printable::of).toList());
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028' || c == '\u2029';
    }
}
