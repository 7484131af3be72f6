package org.sitrep.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coreference of event mentions that carry no PLOVER type (a benchmark's gold mentions, say),
 * within the stories their articles belong to. Two mentions may name one event when they name the
 * same predicate ({@link Predicates}), or predicates close in meaning (MiniLM cosine of their
 * trigger words at least {@link #SYNONYM_SIMILARITY}); a speech act ("said") is its own event
 * outside its article. Clusters grow by average link, so one loose pair cannot chain two events.
 */
public final class EventCoreference {
    static final double SYNONYM_SIMILARITY = 0.7;
    static final double MERGE_SIMILARITY = 0.5;
    private static final Set<String> SPEECH = Set.of("say", "tell", "state", "add");

    /** One mention: its key, article, story, predicate (a verb lemma) and trigger words. */
    public record Mention<K>(K key, String document, String story, String predicate, String trigger) {}

    private final Embeddings embeddings;

    public EventCoreference(Embeddings embeddings) {
        this.embeddings = embeddings;
    }

    /** Mention key → cluster id. */
    public <K> Map<K, String> cluster(List<Mention<K>> mentions) {
        Map<String, List<Mention<K>>> byStory = new HashMap<>();
        mentions.forEach(m -> byStory.computeIfAbsent(m.story(), s -> new ArrayList<>()).add(m));
        Map<K, String> out = new HashMap<>();
        for (List<Mention<K>> story : byStory.values()) {
            List<AverageLink.Edge> edges = new ArrayList<>();
            for (int i = 0; i < story.size(); i++) {
                for (int j = i + 1; j < story.size(); j++) {
                    double similarity = similarity(story.get(i), story.get(j));
                    if (similarity > 0) {
                        edges.add(new AverageLink.Edge(i, j, similarity));
                    }
                }
            }
            int[] clusterOf = AverageLink.cluster(story.size(), edges, MERGE_SIMILARITY, AverageLink.always());
            for (int i = 0; i < story.size(); i++) {
                Mention<K> m = story.get(i);
                out.put(m.key(), m.story() + "/" + clusterOf[i]);
            }
        }
        return out;
    }

    private double similarity(Mention<?> a, Mention<?> b) {
        boolean speech = SPEECH.contains(a.predicate()) || SPEECH.contains(b.predicate());
        if (speech && !a.document().equals(b.document())) {
            return 0;
        }
        if (a.predicate().equals(b.predicate())) {
            return 1;
        }
        double cos = Embeddings.cosine(embeddings.cached(a.trigger()), embeddings.cached(b.trigger()));
        return cos >= SYNONYM_SIMILARITY ? cos : 0;
    }
}
