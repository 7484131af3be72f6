package org.sitrep.link;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Agglomerative clustering by average link over a sparse similarity graph: the pair of clusters
 * with the highest mean similarity merges first (pairs without an edge count as 0), until no mean
 * reaches the threshold. A guard may forbid a merge (for instance, items too far apart in time).
 * Cost grows with the edges, not with the square of the items; ties break by item index, so the
 * result does not depend on the order edges are given in.
 */
final class AverageLink {
    private AverageLink() {}

    /** An undirected edge between items {@code a} and {@code b}. */
    record Edge(int a, int b, double similarity) {}

    /**
     * Per-cluster summaries that decide whether two clusters may merge.
     *
     * @param <S> the summary of a cluster
     */
    interface Guard<S> {
        S of(int item);

        S merge(S a, S b);

        boolean compatible(S a, S b);
    }

    /** A guard that allows every merge. */
    static Guard<Boolean> always() {
        return new Guard<>() {
            public Boolean of(int item) {
                return Boolean.TRUE;
            }

            public Boolean merge(Boolean a, Boolean b) {
                return Boolean.TRUE;
            }

            public boolean compatible(Boolean a, Boolean b) {
                return true;
            }
        };
    }

    private record Candidate(double mean, int a, int b, int versionA, int versionB) {}

    /** Cluster index of each item; a cluster's index is its smallest item. */
    static <S> int[] cluster(int n, List<Edge> edges, double threshold, Guard<S> guard) {
        IntDoubleMap[] graph = new IntDoubleMap[n];
        for (int i = 0; i < n; i++) {
            graph[i] = new IntDoubleMap();
        }
        for (Edge e : edges) {
            if (e.a() != e.b()) {
                graph[e.a()].add(e.b(), e.similarity());
                graph[e.b()].add(e.a(), e.similarity());
            }
        }
        return cluster(graph, threshold, guard);
    }

    /** The same over a symmetric graph of summed similarities, which the clustering consumes. */
    static <S> int[] cluster(IntDoubleMap[] sums, double threshold, Guard<S> guard) {
        int n = sums.length;
        List<S> summary = new ArrayList<>(n);
        int[] size = new int[n];
        int[] version = new int[n];
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            summary.add(guard.of(i));
            size[i] = 1;
            parent[i] = i;
        }
        PriorityQueue<Candidate> queue = new PriorityQueue<>((x, y) -> x.mean() != y.mean()
                ? Double.compare(y.mean(), x.mean())
                : x.a() != y.a() ? Integer.compare(x.a(), y.a()) : Integer.compare(x.b(), y.b()));
        for (int a = 0; a < n; a++) {
            int from = a;
            sums[a].forEach((b, sum) -> {
                if (from < b && sum >= threshold) {
                    queue.add(new Candidate(sum, from, b, 0, 0));
                }
            });
        }
        while (!queue.isEmpty()) {
            Candidate c = queue.poll();
            if (parent[c.a()] != c.a() || parent[c.b()] != c.b() || version[c.a()] != c.versionA()
                    || version[c.b()] != c.versionB()) {
                continue;
            }
            if (!guard.compatible(summary.get(c.a()), summary.get(c.b()))) {
                sums[c.a()].remove(c.b());
                sums[c.b()].remove(c.a());
                continue;
            }
            int keep = Math.min(c.a(), c.b());
            int gone = Math.max(c.a(), c.b());
            parent[gone] = keep;
            size[keep] += size[gone];
            summary.set(keep, guard.merge(summary.get(keep), summary.get(gone)));
            summary.set(gone, null);
            version[keep]++;
            IntDoubleMap into = sums[keep];
            into.remove(gone);
            sums[gone].forEach((other, sum) -> {
                if (other != keep) {
                    into.add(other, sum);
                    sums[other].remove(gone);
                }
            });
            sums[gone] = null;
            into.forEach((other, sum) -> {
                sums[other].put(keep, sum);
                double mean = sum / ((double) size[keep] * size[other]);
                if (mean >= threshold) {
                    int a = Math.min(keep, other);
                    int b = Math.max(keep, other);
                    queue.add(new Candidate(mean, a, b, version[a], version[b]));
                }
            });
        }
        int[] clusterOf = new int[n];
        for (int i = 0; i < n; i++) {
            int root = i;
            while (parent[root] != root) {
                root = parent[root];
            }
            clusterOf[i] = root;
        }
        return clusterOf;
    }
}
