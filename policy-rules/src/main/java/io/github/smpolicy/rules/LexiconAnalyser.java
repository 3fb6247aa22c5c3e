package io.github.smpolicy.rules;

import io.github.smpolicy.model.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the terms of a lexicon in a text, case-insensitively and on word boundaries, and raises
 * each entry's signal with its confidence. Case is folded one {@code char} at a time, so offsets
 * into the folded text are offsets into the original. Immutable and thread-safe.
 */
public final class LexiconAnalyser implements ContentAnalyser {
    private final List<LexiconEntry> entries;
    private final List<String> foldedTerms;

    public LexiconAnalyser(List<LexiconEntry> entries) {
        this.entries = List.copyOf(entries);
        this.foldedTerms = this.entries.stream().map(e -> fold(e.term().strip())).toList();
    }

    public List<LexiconEntry> entries() {
        return entries;
    }

    @Override
    public List<ContentSignal> analyse(String text, String where) {
        String folded = fold(text);
        List<ContentSignal> signals = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String term = foldedTerms.get(i);
            for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
                int end = at + term.length();
                if (boundary(folded, at - 1) && boundary(folded, end)) {
                    LexiconEntry e = entries.get(i);
                    signals.add(new ContentSignal(e.signal(), e.confidence(),
                            new TextSpan(at, end, text.substring(at, end), where)));
                }
            }
        }
        return signals;
    }

    private static boolean boundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }

    private static String fold(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
