package io.github.smpolicy.rules.text;

/** Emoji that stand for a word in threats, slurs and ridicule, read as that word. */
final class Emoji {
    private Emoji() {}

    /** The word the emoji stands for, or {@code null}; a switch, so no boxing of the code point. */
    static String word(int cp) {
        return switch (cp) {
            case 0x1F52B -> "shoot";    // pistol: "I will 🔫 him"
            case 0x1F52A -> "stab";     // kitchen knife
            case 0x1F5E1 -> "stab";     // dagger
            case 0x1F4A3 -> "bomb";     // bomb
            case 0x1F480, 0x2620 -> "dead"; // skull, skull and crossbones
            case 0x26B0 -> "coffin";    // coffin
            case 0x1FA78 -> "blood";    // drop of blood
            case 0x1FAA2 -> "rope";     // knot: "🪢 and a tall tree"
            case 0x1F333 -> "tree";     // deciduous tree
            case 0x1F412, 0x1F435 -> "monkey"; // monkey, monkey face: people called monkeys
            case 0x1F98D -> "gorilla";  // gorilla: the same
            case 0x1F349 -> "watermelon"; // watermelon: the racist trope beside a monkey, under Black people
            case 0x1F921 -> "clown";    // clown face: "our capt is a 🤡"
            case 0x1F3AA -> "circus";   // circus tent: "this place is a 🎪"
            default -> null;
        };
    }

    /**
     * Whether the emoji laughs (tears of joy, rolling on the floor, grinning squint, sweat smile, a cat's
     * tears of joy): laughter under a posting turns "delete this" into a wink.
     */
    static boolean laughs(int cp) {
        return cp == 0x1F602 || cp == 0x1F923 || cp == 0x1F606 || cp == 0x1F605 || cp == 0x1F639;
    }
}
