package org.sitrep.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.DateWindow;
import org.sitrep.model.LinkProfile;

/**
 * Groups articles into stories. Copies join their original. The other articles are clustered by
 * average link over TF-IDF cosine similarity of their profiles; only articles within
 * {@link #STORY_GAP_DAYS} days of each other are compared, and two clusters join only if every
 * article of one is within {@link #STORY_SPAN_DAYS} days of every article of the other: a story
 * goes on for weeks while reports keep coming, a report after weeks of silence starts a story that
 * follows on from it ({@link FollowOns}), and look-alike reports of other years stay apart.
 * Candidate pairs come from an inverted index: an
 * article is compared only with articles that hold one of its {@link #BLOCKING_KEYS} most
 * distinctive features, and features held by more than half a percent of the articles are not
 * used as keys (they are too common to identify an episode), so the cost grows with the articles,
 * not with their square. Articles are taken in content-hash order: the result does not depend on the
 * order they arrive in.
 */
final class StoryBuilder {
    static final int STORY_GAP_DAYS = 14;
    /**
     * How far apart two articles of one story may be. On ECB+, whose texts print their dates, a
     * sub-topic's follow-ups come up to eight weeks after the first report (charges weighed weeks
     * after an arrest, a second clinic after the first).
     */
    static final int STORY_SPAN_DAYS = 60;
    /** Least mean cosine for two clusters to join. */
    static final double MERGE_SIMILARITY = 0.18;
    /** Pairs less similar than this are not kept as edges: they cannot lift a mean to the threshold. */
    static final double EDGE_SIMILARITY = 0.05;
    /**
     * Each article keeps its edges to its most similar articles only: in a dense week of news the
     * pairs grow with the square of the articles, and the weakest ones barely move a mean.
     */
    static final int NEIGHBOURS = 30;
    static final int BLOCKING_KEYS = 20;
    /**
     * A feature held by more than this share of the articles (and more than {@link #MIN_POSTINGS})
     * is too common to identify an episode and is not a key.
     */
    static final double MAX_POSTINGS_SHARE = 0.005;
    static final int MIN_POSTINGS = 100;
    /** Index entries hold a key hash cut to 40 bits and an article number of 24 bits: a collision only adds a candidate. */
    private static final int ARTICLE_BITS = 24;
    private static final long ARTICLE_MASK = (1L << ARTICLE_BITS) - 1;
    private static final long KEY_MASK = (1L << (64 - ARTICLE_BITS - 1)) - 1;
    /**
     * Lede meaning: the MiniLM cosine of two ledes, above {@link #LEDE_MEANING_FLOOR}, raises their word
     * similarity by this factor, so reports of one event in other words ("crossed into", "entered")
     * meet. It scales what the articles share and adds nothing to articles that share no words or
     * names: look-alike ledes about other people and places stay apart.
     */
    static final double LEDE_MEANING_GAIN = 3;
    static final double LEDE_MEANING_FLOOR = 0.5;

    /**
     * Stories as lists of profiles, each list in content-hash order, the lists by their first member;
     * each copy's original, by article id; and for each story, the earlier stories it follows on from
     * (indices into the list of stories).
     */
    record Grouping(List<List<LinkProfile>> stories, Map<String, String> originalOf, List<List<Integer>> follows) {}

    private final boolean exhaustive;

    /** @param exhaustive compare every pair of articles instead of blocking (to check blocking, or for a few hundred articles) */
    StoryBuilder(boolean exhaustive) {
        this.exhaustive = exhaustive;
    }

    Grouping group(List<LinkProfile> input) {
        // Articles numbered by earliest day: the first of a set of copies is their original, and the
        // candidate scan can stop early. Ties keep content-hash order, which arrival cannot change.
        List<LinkProfile> profiles = new ArrayList<>(input);
        profiles.sort(Comparator.comparing((LinkProfile p) -> p.window().earliest()).thenComparing(LinkProfile::order));
        int n = profiles.size();
        int[] original = NearDuplicates.originals(profiles);
        List<Integer> unique = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (original[i] == i) {
                unique.add(i);
            }
        }
        List<LinkProfile> units = unique.stream().map(profiles::get).toList();
        Map<Long, Integer> df = documentFrequencies(units);
        float[][] vectors = tfidf(units, df);
        StrongestNeighbours neighbours = new StrongestNeighbours(units.size(), NEIGHBOURS);
        if (exhaustive) {
            allPairs(units, vectors, neighbours);
        } else {
            candidatePairs(units, vectors, df, neighbours);
        }
        int[] clusterOf = AverageLink.cluster(neighbours.graph(), MERGE_SIMILARITY, timeGuard(units));
        Map<Integer, List<Integer>> followsCluster = FollowOns.find(units, vectors, clusterOf);
        Map<Integer, List<LinkProfile>> stories = new HashMap<>();
        Map<String, String> originalOf = new HashMap<>();
        Map<Integer, Integer> unitOf = new HashMap<>();
        for (int u = 0; u < unique.size(); u++) {
            unitOf.put(unique.get(u), u);
        }
        for (int i = 0; i < n; i++) {
            int story = clusterOf[unitOf.get(original[i])];
            stories.computeIfAbsent(story, s -> new ArrayList<>()).add(profiles.get(i));
            if (original[i] != i) {
                originalOf.put(profiles.get(i).id(), profiles.get(original[i]).id());
            }
        }
        List<Integer> clusters = new ArrayList<>(stories.keySet());
        clusters.sort(Comparator.comparing(c -> stories.get(c).get(0).order()));
        Map<Integer, Integer> position = new HashMap<>();
        for (int k = 0; k < clusters.size(); k++) {
            position.put(clusters.get(k), k);
        }
        List<List<LinkProfile>> out = clusters.stream().map(stories::get).toList();
        List<List<Integer>> follows = clusters.stream()
                .map(c -> followsCluster.getOrDefault(c, List.of()).stream().map(position::get).toList())
                .toList();
        return new Grouping(out, originalOf, follows);
    }

    /** TF-IDF weights aligned with each profile's features, unit length. */
    private static float[][] tfidf(List<LinkProfile> profiles, Map<Long, Integer> df) {
        int n = profiles.size();
        float[][] vectors = new float[n][];
        for (int i = 0; i < n; i++) {
            LinkProfile p = profiles.get(i);
            float[] v = new float[p.features().length];
            double norm = 0;
            for (int k = 0; k < v.length; k++) {
                v[k] = (float) ((1 + Math.log(p.counts()[k])) * Math.log(1.0 + (double) n / df.get(p.features()[k])));
                norm += v[k] * v[k];
            }
            float length = (float) Math.sqrt(norm);
            for (int k = 0; k < v.length; k++) {
                v[k] = length == 0 ? 0 : v[k] / length;
            }
            vectors[i] = v;
        }
        return vectors;
    }

    private static Map<Long, Integer> documentFrequencies(List<LinkProfile> profiles) {
        Map<Long, Integer> df = new HashMap<>();
        for (LinkProfile p : profiles) {
            for (long f : p.features()) {
                df.merge(f, 1, Integer::sum);
            }
        }
        return df;
    }

    /**
     * Pairs of articles close in time that share a blocking key, with their similarity. The index is
     * one sorted array of (key, article) packed in longs; articles are numbered by their earliest
     * day, so a scan along a key's run stops at the first article too late to be close.
     */
    private static void candidatePairs(List<LinkProfile> profiles, float[][] vectors, Map<Long, Integer> df,
                                       StrongestNeighbours neighbours) {
        int n = profiles.size();
        int maxPostings = maxPostings(n);
        if (n > ARTICLE_MASK) {
            throw new IllegalArgumentException(n + " articles: the story index holds at most " + ARTICLE_MASK);
        }
        long[][] keys = new long[n][];
        long[] index = new long[n * BLOCKING_KEYS];
        int size = 0;
        for (int i = 0; i < n; i++) {
            keys[i] = blockingKeys(profiles.get(i), vectors[i], df, maxPostings);
            for (long key : keys[i]) {
                index[size++] = (key << ARTICLE_BITS) | i;
            }
        }
        index = Arrays.copyOf(index, size);
        Arrays.sort(index);
        int[] lastSeenBy = new int[n];
        Arrays.fill(lastSeenBy, -1);
        for (int i = 0; i < n; i++) {
            long latestClose = profiles.get(i).window().latest().toEpochDay() + STORY_GAP_DAYS;
            for (long key : keys[i]) {
                // The run of this key starts after the entry of article i itself.
                int at = Arrays.binarySearch(index, (key << ARTICLE_BITS) | i) + 1;
                for (; at < size && (index[at] >>> ARTICLE_BITS) == (key & KEY_MASK); at++) {
                    int j = (int) (index[at] & ARTICLE_MASK);
                    if (profiles.get(j).window().earliest().toEpochDay() > latestClose) {
                        break;
                    }
                    if (lastSeenBy[j] != i) {
                        lastSeenBy[j] = i;
                        offerIfSimilar(neighbours, profiles, vectors, i, j);
                    }
                }
            }
        }
    }

    private static void allPairs(List<LinkProfile> profiles, float[][] vectors, StrongestNeighbours neighbours) {
        for (int i = 0; i < profiles.size(); i++) {
            for (int j = i + 1; j < profiles.size(); j++) {
                offerIfSimilar(neighbours, profiles, vectors, i, j);
            }
        }
    }

    private static void offerIfSimilar(StrongestNeighbours neighbours, List<LinkProfile> profiles, float[][] vectors, int i, int j) {
        LinkProfile a = profiles.get(i);
        LinkProfile b = profiles.get(j);
        if (a.window().gapDays(b.window()) > STORY_GAP_DAYS) {
            return;
        }
        double words = cosine(a.features(), vectors[i], b.features(), vectors[j]);
        double meaning = Math.max(0, Embeddings.cosine(a.lede(), b.lede()) - LEDE_MEANING_FLOOR);
        double similarity = words * (1 + LEDE_MEANING_GAIN * meaning);
        if (similarity >= EDGE_SIMILARITY) {
            neighbours.offer(i, j, similarity);
        }
    }

    /** The profile's most heavily weighted features that are rare enough to look up, cut to the index's key width. */
    private static long[] blockingKeys(LinkProfile p, float[] weights, Map<Long, Integer> df, int maxPostings) {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < weights.length; k++) {
            int frequency = df.get(p.features()[k]);
            if (frequency > 1 && frequency <= maxPostings) {
                order.add(k);
            }
        }
        order.sort((x, y) -> weights[x] != weights[y] ? Float.compare(weights[y], weights[x]) : Long.compare(p.features()[x], p.features()[y]));
        return order.subList(0, Math.min(BLOCKING_KEYS, order.size())).stream()
                .mapToLong(k -> p.features()[k] & KEY_MASK).distinct().toArray();
    }

    /** The most holders a feature may have and still be a blocking key, among {@code items}. */
    static int maxPostings(int items) {
        return Math.max(MIN_POSTINGS, (int) (items * MAX_POSTINGS_SHARE));
    }

    /** Dot product of two sparse unit vectors whose features are sorted. */
    static double cosine(long[] fa, float[] wa, long[] fb, float[] wb) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < fa.length && j < fb.length) {
            if (fa[i] == fb[j]) {
                dot += wa[i++] * wb[j++];
            } else if (fa[i] < fb[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    /** The latest first day and the earliest last day of a cluster's windows: all pairs are close when these are. */
    private record Bounds(long maxEarliest, long minLatest) {}

    private static AverageLink.Guard<Bounds> timeGuard(List<LinkProfile> profiles) {
        return new AverageLink.Guard<>() {
            public Bounds of(int item) {
                DateWindow w = profiles.get(item).window();
                return new Bounds(w.earliest().toEpochDay(), w.latest().toEpochDay());
            }

            public Bounds merge(Bounds a, Bounds b) {
                return new Bounds(Math.max(a.maxEarliest(), b.maxEarliest()), Math.min(a.minLatest(), b.minLatest()));
            }

            public boolean compatible(Bounds a, Bounds b) {
                return a.maxEarliest() - b.minLatest() <= STORY_SPAN_DAYS && b.maxEarliest() - a.minLatest() <= STORY_SPAN_DAYS;
            }
        };
    }
}
