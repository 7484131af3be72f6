package org.sitrep.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.LinkProfile;

/**
 * Which earlier stories a story follows on from: one that ended at most {@link #GAP_DAYS} days
 * before it began and whose articles, taken together, are about the same things (cosine of the
 * stories' mean TF-IDF vectors at least {@link #SIMILARITY}): the next round of talks, the
 * aftermath of a battle. Look-alikes years apart are too far in time to follow one another.
 * Candidates come from the stories' strongest features, as for articles.
 */
final class FollowOns {
    static final int GAP_DAYS = 60;
    static final double SIMILARITY = 0.25;
    static final int KEPT = 2;
    private static final int KEYS = 10;

    private FollowOns() {}

    private record Summary(long[] features, float[] weights, long earliest, long latest) {}

    /** For each cluster (keyed by its id in {@code clusterOf}), the clusters it follows on from, most similar first. */
    static Map<Integer, List<Integer>> find(List<LinkProfile> units, float[][] vectors, int[] clusterOf) {
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            members.computeIfAbsent(clusterOf[i], c -> new ArrayList<>()).add(i);
        }
        Map<Integer, Summary> summaries = new HashMap<>();
        Map<Long, List<Integer>> postings = new HashMap<>();
        for (Map.Entry<Integer, List<Integer>> cluster : members.entrySet()) {
            Summary s = summary(cluster.getValue(), units, vectors);
            summaries.put(cluster.getKey(), s);
            for (long key : strongest(s)) {
                postings.computeIfAbsent(key, k -> new ArrayList<>()).add(cluster.getKey());
            }
        }
        Map<Integer, List<Integer>> follows = new HashMap<>();
        for (Map.Entry<Integer, Summary> later : summaries.entrySet()) {
            Summary b = later.getValue();
            Map<Integer, Double> earlier = new HashMap<>();
            for (long key : strongest(b)) {
                List<Integer> holders = postings.get(key);
                if (holders.size() > StoryBuilder.maxPostings(summaries.size())) {
                    continue;
                }
                for (int candidate : holders) {
                    Summary a = summaries.get(candidate);
                    if (candidate == later.getKey() || earlier.containsKey(candidate) || a.latest() >= b.earliest()
                            || b.earliest() - a.latest() > GAP_DAYS) {
                        continue;
                    }
                    double similarity = StoryBuilder.cosine(a.features(), a.weights(), b.features(), b.weights());
                    if (similarity >= SIMILARITY) {
                        earlier.put(candidate, similarity);
                    }
                }
            }
            if (!earlier.isEmpty()) {
                follows.put(later.getKey(), earlier.entrySet().stream()
                        .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .limit(KEPT).map(Map.Entry::getKey).toList());
            }
        }
        return follows;
    }

    /** The unit-length mean of the members' vectors, and the hull of their windows. */
    private static Summary summary(List<Integer> members, List<LinkProfile> units, float[][] vectors) {
        Map<Long, Double> sum = new HashMap<>();
        long earliest = Long.MAX_VALUE;
        long latest = Long.MIN_VALUE;
        for (int i : members) {
            LinkProfile p = units.get(i);
            for (int k = 0; k < p.features().length; k++) {
                sum.merge(p.features()[k], (double) vectors[i][k], Double::sum);
            }
            earliest = Math.min(earliest, p.window().earliest().toEpochDay());
            latest = Math.max(latest, p.window().latest().toEpochDay());
        }
        List<Map.Entry<Long, Double>> entries = new ArrayList<>(sum.entrySet());
        entries.sort(Map.Entry.comparingByKey());
        double norm = Math.sqrt(entries.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
        long[] features = new long[entries.size()];
        float[] weights = new float[entries.size()];
        for (int k = 0; k < features.length; k++) {
            features[k] = entries.get(k).getKey();
            weights[k] = norm == 0 ? 0 : (float) (entries.get(k).getValue() / norm);
        }
        return new Summary(features, weights, earliest, latest);
    }

    private static List<Long> strongest(Summary s) {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < s.features().length; k++) {
            order.add(k);
        }
        order.sort(Comparator.comparing((Integer k) -> -s.weights()[k]).thenComparing(k -> s.features()[k]));
        return order.subList(0, Math.min(KEYS, order.size())).stream().map(k -> s.features()[k]).toList();
    }
}
