package org.sitrep.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.LinkProfile;

/**
 * Near-duplicate articles (syndicated copies, updated versions): MinHash over word 4-grams, with
 * locality-sensitive banding so that only articles sharing a band are compared. Two articles are
 * copies when the estimated Jaccard similarity of their 4-grams reaches {@link #COPY_SIMILARITY}.
 * A copy reports nothing new: it adds a mention and a source to its original's story and events.
 */
final class NearDuplicates {
    static final int HASHES = 64;
    static final int BANDS = 16;
    static final double COPY_SIMILARITY = 0.7;
    private static final int SHINGLE = 4;

    private NearDuplicates() {}

    static int[] signature(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int[] min = new int[HASHES];
        java.util.Arrays.fill(min, Integer.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            long h = Profiles.hash(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + SHINGLE)));
            for (int k = 0; k < HASHES; k++) {
                int v = (int) (mix(h + k * 0x9E3779B97F4A7C15L) >>> 33);
                if (v < min[k]) {
                    min[k] = v;
                }
            }
        }
        return min;
    }

    /** For each profile, the index of the original it copies (the first copy in the given order), or itself. */
    static int[] originals(List<LinkProfile> profiles) {
        int n = profiles.size();
        int[] original = new int[n];
        for (int i = 0; i < n; i++) {
            original[i] = i;
        }
        int rows = HASHES / BANDS;
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int[] sig = profiles.get(i).minHash();
            if (sig[0] == Integer.MAX_VALUE) {
                continue;
            }
            for (int b = 0; b < BANDS; b++) {
                long key = b;
                for (int r = 0; r < rows; r++) {
                    key = key * 0x100000001b3L + sig[b * rows + r];
                }
                buckets.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> bucket : buckets.values()) {
            for (int x = 1; x < bucket.size(); x++) {
                for (int y = 0; y < x; y++) {
                    int a = bucket.get(y);
                    int b = bucket.get(x);
                    if (find(original, a) != find(original, b) && similarity(profiles.get(a).minHash(), profiles.get(b).minHash()) >= COPY_SIMILARITY) {
                        int ra = find(original, a);
                        int rb = find(original, b);
                        original[Math.max(ra, rb)] = Math.min(ra, rb);
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            original[i] = find(original, i);
        }
        return original;
    }

    static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int k = 0; k < HASHES; k++) {
            same += a[k] == b[k] ? 1 : 0;
        }
        return (double) same / HASHES;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
