package org.sitrep.model;

import java.util.Arrays;

/**
 * What story clustering needs of an article, small enough to hold a million in memory: its date
 * window, its strongest features as sorted 64-bit hashes with their weighted counts, a MinHash
 * signature of its text for near-duplicate detection, and a unit-length embedding of its lede.
 * {@code recipe} names the way the profile was made (features, weights, embedding model), so that
 * profiles stored by an older Sitrep are made again rather than mixed with new ones.
 * The arrays belong to the profile: do not modify them.
 */
public record LinkProfile(String id, String contentHash, DateWindow window, long[] features, float[] counts,
                          int[] minHash, float[] lede, int recipe) {
    /** Sort key that does not depend on the order articles arrive in. */
    public String order() {
        return (contentHash == null ? "" : contentHash) + "\u0000" + id;
    }

    public LinkProfile withId(String newId) {
        return new LinkProfile(newId, contentHash, window, features, counts, minHash, lede, recipe);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkProfile p && id.equals(p.id) && java.util.Objects.equals(contentHash, p.contentHash)
                && window.equals(p.window) && Arrays.equals(features, p.features) && Arrays.equals(counts, p.counts)
                && Arrays.equals(minHash, p.minHash) && Arrays.equals(lede, p.lede) && recipe == p.recipe;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, contentHash, window, Arrays.hashCode(features));
    }

    @Override
    public String toString() {
        return "LinkProfile[" + id + ", " + window + ", " + features.length + " features]";
    }
}
