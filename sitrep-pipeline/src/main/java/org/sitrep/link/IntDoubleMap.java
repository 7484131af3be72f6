package org.sitrep.link;

import java.util.Arrays;

/**
 * A map from non-negative int keys to double values, open addressing in two primitive arrays:
 * a fifth of the memory of a {@code HashMap<Integer, Double>}, which matters with millions of edges.
 */
final class IntDoubleMap {
    private static final int EMPTY = -1;
    private static final int REMOVED = -2;
    private int[] keys;
    private double[] values;
    private int size;
    private int used;

    IntDoubleMap() {
        keys = new int[4];
        values = new double[4];
        Arrays.fill(keys, EMPTY);
    }

    int size() {
        return size;
    }

    double get(int key) {
        int slot = find(key);
        return slot < 0 ? 0 : values[slot];
    }

    void add(int key, double value) {
        int slot = find(key);
        if (slot >= 0) {
            values[slot] += value;
            return;
        }
        if ((used + 1) * 4 > keys.length * 3) {
            resize(size * 4 > keys.length ? keys.length * 2 : keys.length);
        }
        slot = mix(key) & (keys.length - 1);
        while (keys[slot] >= 0) {
            slot = (slot + 1) & (keys.length - 1);
        }
        if (keys[slot] == EMPTY) {
            used++;
        }
        keys[slot] = key;
        values[slot] = value;
        size++;
    }

    void put(int key, double value) {
        remove(key);
        add(key, value);
    }

    void remove(int key) {
        int slot = find(key);
        if (slot >= 0) {
            keys[slot] = REMOVED;
            size--;
        }
    }

    /** Calls {@code action} for each entry; the map must not change meanwhile. */
    void forEach(Entry action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] >= 0) {
                action.accept(keys[i], values[i]);
            }
        }
    }

    interface Entry {
        void accept(int key, double value);
    }

    private int find(int key) {
        int slot = mix(key) & (keys.length - 1);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return slot;
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        return -1;
    }

    private void resize(int capacity) {
        int[] oldKeys = keys;
        double[] oldValues = values;
        keys = new int[capacity];
        values = new double[capacity];
        Arrays.fill(keys, EMPTY);
        size = 0;
        used = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] >= 0) {
                add(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
