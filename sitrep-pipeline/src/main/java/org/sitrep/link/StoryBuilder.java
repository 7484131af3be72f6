package org.sitrep.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.ActorMention;
import org.sitrep.model.DateWindow;
import org.sitrep.model.Document;
import org.sitrep.model.Layers;
import org.sitrep.model.EventMention;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Groups articles into stories: agglomerative clustering over TF-IDF cosine similarity of content
 * lemmas, canonical actors and places (the lede weighted up), most similar pairs first. Two
 * articles may join when their ledes report the same kind of event by the same country's actors
 * (or their texts are very similar), and only if their date windows come within
 * {@link #STORY_GAP_DAYS} days of each other, so look-alike reports years apart stay apart.
 * All pairs are compared: fine for hundreds of articles; blocking for larger corpora is future work.
 */
final class StoryBuilder {
    static final int STORY_GAP_DAYS = 14;
    /** Least TF-IDF cosine for two articles to share a story when their ledes report the same kind of event. */
    static final double MIN_SIMILARITY = 0.12;
    /** Cosine at which articles share a story whatever their ledes report. */
    static final double STRONG_SIMILARITY = 0.40;
    static final int LEDE_SENTENCES = 2;
    static final int LEDE_WEIGHT = 5;
    private static final Set<String> STOP = Set.of("be", "have", "say", "do", "make", "take", "go", "get", "also", "other",
            "year", "week", "day", "time", "which", "who", "more", "many", "part", "include", "give", "come", "since", "s");

    List<List<Document>> group(List<Document> documents) {
        List<Map<String, Double>> vectors = tfidf(documents);
        int n = documents.size();
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Document a = documents.get(i);
                Document b = documents.get(j);
                double similarity = cosine(vectors.get(i), vectors.get(j));
                if (closeInTime(a, b) && similarity >= MIN_SIMILARITY
                        && (similarity >= STRONG_SIMILARITY || ledeEventsMatch(a, b))) {
                    pairs.add(new double[] {similarity, i, j});
                }
            }
        }
        // Most similar pairs first; two stories join only if every article of one is close in time to every article of the other.
        pairs.sort((x, y) -> Double.compare(y[0], x[0]));
        List<List<Integer>> clusters = new ArrayList<>();
        int[] clusterOf = new int[n];
        for (int i = 0; i < n; i++) {
            clusters.add(new ArrayList<>(List.of(i)));
            clusterOf[i] = i;
        }
        for (double[] pair : pairs) {
            int ci = clusterOf[(int) pair[1]];
            int cj = clusterOf[(int) pair[2]];
            if (ci == cj || !allCloseInTime(clusters.get(ci), clusters.get(cj), documents)) {
                continue;
            }
            for (int member : clusters.get(cj)) {
                clusterOf[member] = ci;
            }
            clusters.get(ci).addAll(clusters.get(cj));
            clusters.get(cj).clear();
        }
        List<List<Document>> out = new ArrayList<>();
        for (List<Integer> cluster : clusters) {
            if (!cluster.isEmpty()) {
                out.add(cluster.stream().sorted().map(documents::get).toList());
            }
        }
        out.sort(Comparator.comparing(g -> g.get(0).id()));
        return out;
    }

    private static boolean allCloseInTime(List<Integer> a, List<Integer> b, List<Document> documents) {
        for (int i : a) {
            for (int j : b) {
                if (!closeInTime(documents.get(i), documents.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Both ledes report an event of one type, by actors of a shared country or at the same place: the same episode is likely. */
    private static boolean ledeEventsMatch(Document a, Document b) {
        for (EventMention x : ledeEvents(a)) {
            for (EventMention y : ledeEvents(b)) {
                boolean sharedActors = codes(x).stream().anyMatch(codes(y)::contains);
                boolean samePlace = x.place() != null && y.place() != null && !x.place().place().isCountry()
                        && x.place().place().equals(y.place().place());
                if (x.type().equals(y.type()) && x.status() == EventMention.Status.ASSERTED && y.status() == x.status()
                        && (sharedActors || samePlace)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<EventMention> ledeEvents(Document d) {
        int ledeEnd = ledeEnd(d);
        return d.layer(Layers.EVENTS).stream().filter(e -> e.mentions().stream().anyMatch(m -> m.start() < ledeEnd)).toList();
    }

    private static Set<String> codes(EventMention e) {
        Set<String> codes = new java.util.HashSet<>();
        for (ActorMention a : e.actors()) {
            if (a.actor().code() != null) {
                codes.add(a.actor().code());
            }
        }
        return codes;
    }

    private static int ledeEnd(Document d) {
        List<Sentence> sentences = d.layer(Layers.SENTENCES);
        return sentences.isEmpty() ? 0 : sentences.get(Math.min(LEDE_SENTENCES, sentences.size()) - 1).end();
    }

    private static boolean closeInTime(Document a, Document b) {
        DateWindow wa = a.published().window();
        DateWindow wb = b.published().window();
        return wa.gapDays(wb) <= STORY_GAP_DAYS;
    }

    static List<Map<String, Double>> tfidf(List<Document> documents) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Document d : documents) {
            Map<String, Integer> c = features(d);
            counts.add(c);
            c.keySet().forEach(f -> df.merge(f, 1, Integer::sum));
        }
        List<Map<String, Double>> vectors = new ArrayList<>();
        int n = documents.size();
        for (Map<String, Integer> c : counts) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                double w = (1 + Math.log(e.getValue())) * Math.log(1.0 + (double) n / df.get(e.getKey()));
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double length = Math.sqrt(norm);
            v.replaceAll((k, w) -> length == 0 ? 0 : w / length);
            vectors.add(v);
        }
        return vectors;
    }

    /**
     * Content lemmas, actors and places; those of the lede (the first {@link #LEDE_SENTENCES}
     * sentences, where news states its main event) count {@link #LEDE_WEIGHT} times, because
     * articles on one topic share background but articles on one episode share their lede.
     */
    private static Map<String, Integer> features(Document d) {
        Map<String, Integer> c = new HashMap<>();
        int ledeEnd = ledeEnd(d);
        for (Token t : d.layer(Layers.TOKENS)) {
            int weight = t.start() < ledeEnd ? LEDE_WEIGHT : 1;
            String pos = t.pos();
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if ((pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ") || pos.equals("CD"))
                    && lemma.length() > 1 && !STOP.contains(lemma) && Character.isLetterOrDigit(lemma.charAt(0))) {
                c.merge("w:" + lemma, weight, Integer::sum);
            }
        }
        for (ActorMention a : d.layer(Layers.ACTORS)) {
            if (a.actor() != null) {
                c.merge("a:" + a.actor().name(), 1, Integer::sum);
            }
        }
        for (PlaceMention p : d.layer(Layers.PLACES)) {
            c.merge("p:" + p.place().name(), 1, Integer::sum);
        }
        return c;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() < b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }
}
