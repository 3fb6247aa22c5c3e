package io.github.smpolicy.rules.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inflected forms of a lexicon word — plural or third person, past, participle, gerund — so that
 * the lexicon says {@code bullet}, {@code terrorist}, {@code put} once and reads "bullets",
 * "terrorists", "putting". Regular English endings plus the irregular verbs that threats and bias are
 * written with. Forms that are no English word cost nothing: no text holds them.
 */
final class Inflections {
    private static final Map<String, List<String>> IRREGULAR = Map.ofEntries(
            Map.entry("shoot", List.of("shot", "shooting", "shoots")),
            Map.entry("shot", List.of("shoot", "shooting", "shots")),
            Map.entry("run", List.of("ran", "running", "runs")),
            Map.entry("hang", List.of("hung", "hanged", "hanging", "hangs")),
            Map.entry("beat", List.of("beaten", "beating", "beats")),
            Map.entry("burn", List.of("burnt", "burned", "burning", "burns")),
            Map.entry("take", List.of("took", "taken", "taking", "takes")),
            Map.entry("teach", List.of("taught", "teaching", "teaches")),
            Map.entry("put", List.of("puts", "putting")),
            Map.entry("hit", List.of("hits", "hitting")),
            Map.entry("cut", List.of("cuts", "cutting")),
            Map.entry("die", List.of("died", "dies", "dying")),
            Map.entry("lie", List.of("lied", "lies", "lying")),
            Map.entry("bleed", List.of("bled", "bleeding", "bleeds")),
            Map.entry("fight", List.of("fought", "fighting", "fights")),
            Map.entry("leave", List.of("left", "leaving", "leaves")),
            Map.entry("break", List.of("broke", "broken", "breaking", "breaks")),
            Map.entry("drive", List.of("drove", "driven", "driving", "drives")),
            Map.entry("get", List.of("got", "gotten", "getting", "gets")),
            Map.entry("keep", List.of("kept", "keeping", "keeps")),
            Map.entry("send", List.of("sent", "sending", "sends")),
            Map.entry("blow", List.of("blew", "blown", "blowing", "blows")),
            Map.entry("throw", List.of("threw", "thrown", "throwing", "throws")),
            Map.entry("light", List.of("lit", "lighting", "lights")),
            Map.entry("string", List.of("strung", "stringing")),
            Map.entry("stab", List.of("stabbed", "stabbing", "stabs")),
            Map.entry("drop", List.of("dropped", "dropping", "drops")),
            Map.entry("plan", List.of("planned", "planning", "plans")),
            Map.entry("gun", List.of("gunned", "gunning", "guns")),
            Map.entry("leak", List.of("leaked", "leaking", "leaks")),
            Map.entry("sue", List.of("sued", "suing", "sues")));

    /**
     * How the register spells common words: "thru", "tho", "cuz", "ppl". A lexicon word with one of these
     * is also read in its informal spellings, wherever it stands in a phrase.
     */
    private static final Map<String, List<String>> INFORMAL = Map.ofEntries(
            Map.entry("through", List.of("thru")),
            Map.entry("though", List.of("tho")),
            Map.entry("because", List.of("cuz", "coz", "bc")),
            Map.entry("your", List.of("ur")),
            Map.entry("people", List.of("ppl")),
            Map.entry("tonight", List.of("tonite")),
            Map.entry("probably", List.of("prolly")),
            Map.entry("about", List.of("abt")),
            Map.entry("please", List.of("pls", "plz")),
            Map.entry("before", List.of("b4")),
            Map.entry("okay", List.of("ok")),
            Map.entry("nothing", List.of("nothin")),
            Map.entry("something", List.of("somethin")));

    private Inflections() {}

    /**
     * A form and its informal spellings ({@link #INFORMAL}). Not the dropped g of a gerund ("shootin") nor
     * "u" for "you": expanded here they cost the lexicon's build ~65 and ~35 ms of start-up (every phrase
     * with such a word once per spelling), so the text's side reads them instead ({@link Tokens}' spellOut).
     */
    static List<String> spellings(String form) {
        List<String> informal = INFORMAL.get(form);
        if (informal == null) {
            return List.of(form);
        }
        List<String> out = new java.util.ArrayList<>(informal.size() + 1);
        out.add(form);
        out.addAll(informal);
        return out;
    }

    /** The word and its inflections; the word alone if it is short, has no letters only, or is a number. */
    static Set<String> of(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        if (word.length() < 3 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return forms;
        }
        if (!IRREGULAR.containsKey(word) && word.endsWith("ing") && word.length() > 5) {
            forms.add(word + "s"); // a gerund is also a noun: "hanging", "hangings"
            return forms;
        }
        if (!IRREGULAR.containsKey(word) && (word.endsWith("ing") || word.endsWith("ed") || word.endsWith("s")
                || word.endsWith("ly"))) {
            return forms; // already inflected (or an adverb): the lexicon wrote the form it means
        }
        List<String> irregular = IRREGULAR.get(word);
        if (irregular != null) {
            forms.addAll(irregular);
            return forms;
        }
        char last = word.charAt(word.length() - 1);
        String stem = word.substring(0, word.length() - 1);
        boolean consonantY = last == 'y' && !vowel(word.charAt(word.length() - 2));
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch") || word.endsWith("sh")) {
            forms.add(word + "es");
        } else if (consonantY) {
            forms.add(stem + "ies");
        } else {
            forms.add(word + "s");
        }
        if (last == 'e') {
            forms.add(word + "d");
            if (!word.endsWith("ee")) {
                forms.add(stem + "ing");
            }
        } else if (consonantY) {
            forms.add(stem + "ied");
            forms.add(word + "ing");
        } else {
            forms.add(word + "ed");
            forms.add(word + "ing");
            if (shortClosed(word)) {
                forms.add(word + last + "ed");
                forms.add(word + last + "ing");
            }
        }
        return forms;
    }

    /** Consonant, single vowel, consonant at the end of a short word: "run", "stab" double the last letter. */
    private static boolean shortClosed(String w) {
        int n = w.length();
        char c = w.charAt(n - 1);
        return n <= 4 && !vowel(c) && c != 'w' && c != 'x' && c != 'y' && vowel(w.charAt(n - 2))
                && !vowel(w.charAt(n - 3));
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
