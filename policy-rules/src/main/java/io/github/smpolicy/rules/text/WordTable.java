package io.github.smpolicy.rules.text;

import java.util.Map;

/**
 * A read-only map from words to values, looked up by a token's characters and hash code: no string
 * made for the token, and a hash code compared before any character. Open addressing with linear
 * probing, at most half full. Immutable once built.
 */
final class WordTable<V> {
    private final char[][] keys;
    private final int[] hashes;
    private final Object[] values;
    private final int mask;
    private final int size;

    WordTable(Map<String, V> map) {
        int capacity = 4;
        while (capacity < 2 * map.size()) {
            capacity *= 2;
        }
        this.keys = new char[capacity][];
        this.hashes = new int[capacity];
        this.values = new Object[capacity];
        this.mask = capacity - 1;
        this.size = map.size();
        map.forEach((k, v) -> {
            int h = k.hashCode();
            int i = spread(h) & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = k.toCharArray();
            hashes[i] = h;
            values[i] = v;
        });
    }

    private static int spread(int h) {
        return h ^ h >>> 16;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The value of the token's word, or {@code null}. */
    V get(Tokens t, int i) {
        return get(t, i, t.length(i), t.hash(i));
    }

    /** The value of the token's first two letters (all of it if shorter), or {@code null}. */
    V getHead(Tokens t, int i) {
        return t.length(i) <= 2 ? get(t, i, t.length(i), t.hash(i)) : get(t, i, 2, t.headHash(i));
    }

    @SuppressWarnings("unchecked")
    private V get(Tokens t, int at, int length, int hash) {
        for (int i = spread(hash) & mask;; i = (i + 1) & mask) {
            char[] k = keys[i];
            if (k == null) {
                return null;
            }
            if (hashes[i] == hash && k.length == length && t.regionEquals(at, k)) {
                return (V) values[i];
            }
        }
    }
}
