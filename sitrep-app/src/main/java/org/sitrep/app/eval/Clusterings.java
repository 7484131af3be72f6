package org.sitrep.app.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a predicted clustering of items against a gold one, both given as item → cluster id
 * over the same items: pairwise and BCubed F1 for document clustering, and MUC, B3, CEAF-e and
 * their mean (the CoNLL F1) for coreference, computed as the reference CoNLL scorer does.
 */
final class Clusterings {
    private Clusterings() {}

    record Score(double precision, double recall, double f1) {
        static Score of(double precision, double recall) {
            return new Score(precision, recall, Metrics.f1(precision, recall));
        }
    }

    record Coreference(Score muc, Score b3, Score ceafe, double conllF1) {}

    static <T> Coreference coreference(Map<T, String> gold, Map<T, String> predicted) {
        List<Set<T>> key = clusters(gold);
        List<Set<T>> response = clusters(predicted);
        Score muc = Score.of(muc(response, key), muc(key, response));
        Score b3 = bcubed(gold, predicted);
        Score ceafe = ceafe(key, response);
        return new Coreference(muc, b3, ceafe, (muc.f1() + b3.f1() + ceafe.f1()) / 3);
    }

    static <T> List<Set<T>> clusters(Map<T, String> assignment) {
        return new ArrayList<>(byId(assignment).values());
    }

    /** MUC recall of {@code key} against {@code response} (swap them for precision): links kept. */
    private static <T> double muc(List<Set<T>> key, List<Set<T>> response) {
        Map<T, Integer> responseOf = index(response);
        double kept = 0;
        double links = 0;
        for (Set<T> chain : key) {
            Set<Integer> parts = new HashSet<>();
            int unaligned = 0;
            for (T item : chain) {
                Integer r = responseOf.get(item);
                if (r == null) {
                    unaligned++;
                } else {
                    parts.add(r);
                }
            }
            kept += chain.size() - (parts.size() + unaligned);
            links += chain.size() - 1;
        }
        return Metrics.ratio(kept, links);
    }

    /**
     * BCubed: for each item, the share of its predicted cluster that is in its gold cluster (precision,
     * over the predicted items) and back (recall, over the gold items). Items only one side has count
     * as that side's singletons, as in the reference scorer.
     */
    static <T> Score bcubed(Map<T, String> gold, Map<T, String> predicted) {
        return Score.of(bcubedRecall(predicted, gold), bcubedRecall(gold, predicted));
    }

    private static <T> double bcubedRecall(Map<T, String> key, Map<T, String> response) {
        Map<String, Set<T>> keyClusters = byId(key);
        Map<String, Set<T>> responseClusters = byId(response);
        double sum = 0;
        for (T item : key.keySet()) {
            Set<T> k = keyClusters.get(key.get(item));
            String r = response.get(item);
            double overlap = r == null ? 1 : responseClusters.get(r).stream().filter(k::contains).count();
            sum += overlap / k.size();
        }
        return Metrics.ratio(sum, key.size());
    }

    /** Pairwise: precision and recall of the item pairs put together. */
    static <T> Score pairwise(Map<T, String> gold, Map<T, String> predicted) {
        long together = pairs(byId(predicted).values());
        long goldTogether = pairs(byId(gold).values());
        long both = 0;
        for (Set<T> p : byId(predicted).values()) {
            Map<String, Integer> goldCounts = new HashMap<>();
            p.forEach(item -> goldCounts.merge(gold.get(item), 1, Integer::sum));
            for (int c : goldCounts.values()) {
                both += (long) c * (c - 1) / 2;
            }
        }
        return Score.of(Metrics.ratio(both, together), Metrics.ratio(both, goldTogether));
    }

    private static <T> long pairs(Collection<Set<T>> clusters) {
        return clusters.stream().mapToLong(c -> (long) c.size() * (c.size() - 1) / 2).sum();
    }

    /** CEAF-e: the best one-to-one alignment of key and response chains by φ4 similarity. */
    private static <T> Score ceafe(List<Set<T>> key, List<Set<T>> response) {
        // Chains that share no item score 0, so the alignment decomposes into connected components.
        Map<T, Integer> keyOf = index(key);
        Map<T, Integer> responseOf = index(response);
        int[] parent = new int[key.size() + response.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        responseOf.forEach((item, r) -> {
            Integer k = keyOf.get(item);
            if (k != null) {
                union(parent, k, key.size() + r);
            }
        });
        Map<Integer, List<Integer>> components = new HashMap<>();
        for (int i = 0; i < parent.length; i++) {
            components.computeIfAbsent(find(parent, i), c -> new ArrayList<>()).add(i);
        }
        double total = 0;
        for (List<Integer> component : components.values()) {
            List<Set<T>> ks = new ArrayList<>();
            List<Set<T>> rs = new ArrayList<>();
            for (int i : component) {
                if (i < key.size()) {
                    ks.add(key.get(i));
                } else {
                    rs.add(response.get(i - key.size()));
                }
            }
            if (ks.isEmpty() || rs.isEmpty()) {
                continue;
            }
            double[][] similarity = new double[ks.size()][rs.size()];
            for (int i = 0; i < ks.size(); i++) {
                for (int j = 0; j < rs.size(); j++) {
                    Set<T> r = rs.get(j);
                    long common = ks.get(i).stream().filter(r::contains).count();
                    similarity[i][j] = 2.0 * common / (ks.get(i).size() + r.size());
                }
            }
            total += Assignment.maximum(similarity);
        }
        return Score.of(Metrics.ratio(total, response.size()), Metrics.ratio(total, key.size()));
    }

    private static <T> Map<T, Integer> index(List<Set<T>> clusters) {
        Map<T, Integer> of = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (T item : clusters.get(i)) {
                of.put(item, i);
            }
        }
        return of;
    }

    private static <T> Map<String, Set<T>> byId(Map<T, String> assignment) {
        Map<String, Set<T>> byId = new HashMap<>();
        assignment.forEach((item, id) -> byId.computeIfAbsent(id, k -> new HashSet<>()).add(item));
        return byId;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
