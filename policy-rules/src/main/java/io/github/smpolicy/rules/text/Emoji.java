package io.github.smpolicy.rules.text;

import java.util.Map;

/** Emoji that stand for a word in threats and slurs, read as that word. */
final class Emoji {
    private static final Map<Integer, String> WORDS = Map.of(
            0x1F52B, "shoot",    // pistol: "I will 🔫 him"
            0x1F52A, "stab",     // kitchen knife
            0x1F5E1, "stab",     // dagger
            0x1F4A3, "bomb",     // bomb
            0x1F480, "dead",     // skull
            0x26B0, "coffin",    // coffin
            0x1FA78, "blood");   // drop of blood

    private Emoji() {}

    static String word(int cp) {
        return WORDS.get(cp);
    }
}
