package io.github.smpolicy.semantic;

import java.util.Arrays;

/**
 * What a head reads of a window: its sentence embedding, and its words and pairs of adjacent words
 * hashed into {@value #BUCKETS} buckets (each once). The embedding carries what the window means; the
 * words carry what the embedding blurs — "should've shot him" and "shot 4 under par" embed close.
 *
 * @param embedding the window's unit-length embedding
 * @param words     the distinct buckets of its words and word pairs, ascending
 */
record Features(float[] embedding, int[] words) {
    static final int BUCKETS = 1 << 15;

    /** The features of a window given as de-obfuscated words joined by single spaces. */
    static Features of(String window, float[] embedding) {
        String[] w = window.isEmpty() ? new String[0] : window.split(" ");
        int[] buckets = new int[w.length * 2];
        int n = 0;
        for (int i = 0; i < w.length; i++) {
            buckets[n++] = bucket(w[i]);
            if (i + 1 < w.length) {
                buckets[n++] = bucket(w[i] + " " + w[i + 1]);
            }
        }
        return new Features(embedding, Arrays.stream(buckets, 0, n).distinct().sorted().toArray());
    }

    /** {@link String#hashCode()} is fixed by the Java specification, so buckets are the same on every JVM. */
    static int bucket(String ngram) {
        return Math.floorMod(ngram.hashCode(), BUCKETS);
    }

    /** Each word's share of the window: 1/sqrt(words), so that a long window does not outweigh a short one. */
    double wordScale() {
        return 1.0 / Math.sqrt(Math.max(1, words.length));
    }
}
