package io.github.smpolicy.semantic;

import io.github.smpolicy.rules.text.WordModel;

/**
 * What a head reads of a window: its sentence embedding, and its words and pairs of adjacent words
 * hashed into {@value #BUCKETS} buckets (each once). The embedding carries what the window means; the
 * words carry what the embedding blurs — "should've shot him" and "shot 4 under par" embed close.
 *
 * @param embedding the window's unit-length embedding
 * @param words     the distinct buckets of its words and word pairs, ascending
 */
record Features(float[] embedding, int[] words) {
    static final int BUCKETS = WordModel.BUCKETS;

    /** The features of a window given as de-obfuscated words joined by single spaces: its buckets as the word model hashes them. */
    static Features of(String window, float[] embedding) {
        return new Features(embedding, WordModel.buckets(window));
    }

    /** Each word's share of the window: 1/sqrt(words), so that a long window does not outweigh a short one. */
    double wordScale() {
        return 1.0 / Math.sqrt(Math.max(1, words.length));
    }
}
