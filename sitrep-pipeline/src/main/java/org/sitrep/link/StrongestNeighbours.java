package org.sitrep.link;

/**
 * Keeps, for each item, its {@link #capacity} most similar neighbours (ties to the lower index), in
 * one min-heap of primitive arrays per item: memory stays proportional to the items, however
 * dense the candidate pairs. An edge is kept when it is among the strongest of either end.
 */
final class StrongestNeighbours {
    private final int capacity;
    private final int[] others;
    private final float[] similarities;
    private final int[] sizes;

    StrongestNeighbours(int items, int capacity) {
        this.capacity = capacity;
        others = new int[items * capacity];
        similarities = new float[items * capacity];
        sizes = new int[items];
    }

    void offer(int a, int b, double similarity) {
        offerOne(a, b, (float) similarity);
        offerOne(b, a, (float) similarity);
    }

    /** The kept edges as a symmetric graph, ready for {@link AverageLink}. */
    IntDoubleMap[] graph() {
        IntDoubleMap[] graph = new IntDoubleMap[sizes.length];
        for (int i = 0; i < graph.length; i++) {
            graph[i] = new IntDoubleMap();
        }
        for (int i = 0; i < sizes.length; i++) {
            for (int k = 0; k < sizes[i]; k++) {
                int j = others[i * capacity + k];
                float s = similarities[i * capacity + k];
                graph[i].put(j, s);
                graph[j].put(i, s);
            }
        }
        return graph;
    }

    private void offerOne(int item, int other, float similarity) {
        int base = item * capacity;
        int size = sizes[item];
        if (size < capacity) {
            others[base + size] = other;
            similarities[base + size] = similarity;
            sizes[item] = size + 1;
            siftUp(base, size);
        } else if (weaker(base, 0, other, similarity)) {
            others[base] = other;
            similarities[base] = similarity;
            siftDown(base, capacity);
        }
    }

    /** Whether the heap's entry at {@code slot} is weaker than (other, similarity). */
    private boolean weaker(int base, int slot, int other, float similarity) {
        float s = similarities[base + slot];
        return s < similarity || (s == similarity && others[base + slot] > other);
    }

    private boolean weaker(int base, int x, int y) {
        return weaker(base, x, others[base + y], similarities[base + y]);
    }

    private void siftUp(int base, int slot) {
        while (slot > 0) {
            int parent = (slot - 1) / 2;
            if (!weaker(base, slot, parent)) {
                return;
            }
            swap(base, slot, parent);
            slot = parent;
        }
    }

    private void siftDown(int base, int size) {
        int slot = 0;
        while (true) {
            int weakest = slot;
            for (int child = 2 * slot + 1; child <= 2 * slot + 2 && child < size; child++) {
                if (weaker(base, child, weakest)) {
                    weakest = child;
                }
            }
            if (weakest == slot) {
                return;
            }
            swap(base, slot, weakest);
            slot = weakest;
        }
    }

    private void swap(int base, int x, int y) {
        int o = others[base + x];
        others[base + x] = others[base + y];
        others[base + y] = o;
        float s = similarities[base + x];
        similarities[base + x] = similarities[base + y];
        similarities[base + y] = s;
    }
}
