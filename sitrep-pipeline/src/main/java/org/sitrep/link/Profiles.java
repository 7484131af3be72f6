package org.sitrep.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.ActorMention;
import org.sitrep.model.DateWindow;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EventMention;
import org.sitrep.model.Layers;
import org.sitrep.model.LinkProfile;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Makes an article's {@link LinkProfile}: its strongest {@link #FEATURES} features (content lemmas,
 * names, actors, places, lede events; the lede and names weighted up) as 64-bit hashes with their
 * weighted counts, a MinHash signature of its word 4-grams, and the MiniLM embedding of its lede.
 * Made once per article, when it is analysed, and stored with it.
 */
public final class Profiles {
    /** Raise when the features, their weights or the embedding model change: stored profiles of another recipe are made again. */
    public static final int RECIPE = 1;
    static final int FEATURES = 200;
    static final int LEDE_SENTENCES = 2;
    static final int LEDE_WORDS = 60;
    /** Lede words count this many times: articles on one topic share background, articles on one episode share their lede. */
    static final int LEDE_WEIGHT = 5;
    /** A name counts this many times: names (people, places, organisations) tell look-alike episodes apart. */
    static final int NAME_WEIGHT = 8;
    /** A lede event (its type with an actor's country, or with its place) counts this many times: it is what the story is about. */
    static final int LEDE_EVENT_WEIGHT = 8;
    private static final Set<String> STOP = Set.of("be", "have", "say", "do", "make", "take", "go", "get", "also", "other",
            "year", "week", "day", "time", "which", "who", "more", "many", "part", "include", "give", "come", "since", "s");

    private Profiles() {}

    public static LinkProfile of(Document d) {
        return of(d, Embeddings.shared().of(ledeText(d)));
    }

    /**
     * The title and lede, whose meaning the profile embeds, cut to {@link #LEDE_WORDS} words: the
     * gist is in the first words, and the model's cost grows with the length.
     */
    public static String ledeText(Document d) {
        String lede = (d.title() == null ? "" : d.title() + ". ") + d.text().substring(0, Math.min(ledeEnd(d), d.text().length()));
        String[] words = lede.strip().split("\\s+");
        return words.length <= LEDE_WORDS ? lede.strip() : String.join(" ", java.util.Arrays.copyOf(words, LEDE_WORDS));
    }

    /** A profile with the lede embedded beforehand. */
    public static LinkProfile of(Document d, float[] lede) {
        Map<String, Integer> counts = new HashMap<>();
        int ledeEnd = ledeEnd(d);
        for (Token t : d.layer(Layers.TOKENS)) {
            String pos = t.pos();
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if ((pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ") || pos.equals("CD"))
                    && lemma.length() > 1 && !STOP.contains(lemma) && Character.isLetterOrDigit(lemma.charAt(0))) {
                counts.merge("w:" + lemma, t.start() < ledeEnd ? LEDE_WEIGHT : 1, Integer::sum);
            }
        }
        for (EntityMention e : d.layer(Layers.ENTITIES)) {
            counts.merge("e:" + e.text().toLowerCase(Locale.ROOT), NAME_WEIGHT, Integer::sum);
        }
        for (ActorMention a : d.layer(Layers.ACTORS)) {
            if (a.actor() != null) {
                counts.merge("a:" + a.actor().name(), 1, Integer::sum);
            }
        }
        for (PlaceMention p : d.layer(Layers.PLACES)) {
            counts.merge("p:" + p.place().name(), 1, Integer::sum);
        }
        for (EventMention e : d.layer(Layers.EVENTS)) {
            if (e.start() < ledeEnd && e.status() == EventMention.Status.ASSERTED) {
                for (ActorMention a : e.actors()) {
                    if (a.actor().code() != null) {
                        counts.merge("v:" + e.type() + "|" + a.actor().code(), LEDE_EVENT_WEIGHT, Integer::sum);
                    }
                }
                if (e.place() != null && !e.place().place().isCountry()) {
                    counts.merge("v:" + e.type() + "@" + e.place().place().name(), LEDE_EVENT_WEIGHT, Integer::sum);
                }
            }
        }
        return of(d.id(), d.contentHash(), d.published().window(), counts, d.text(), lede);
    }

    /** A profile from feature counts and the text to fingerprint. */
    public static LinkProfile of(String id, String contentHash, DateWindow window, Map<String, Integer> counts, String text, float[] lede) {
        List<Map.Entry<String, Integer>> strongest = new ArrayList<>(counts.entrySet());
        strongest.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        int k = Math.min(FEATURES, strongest.size());
        long[][] pairs = new long[k][];
        for (int i = 0; i < k; i++) {
            pairs[i] = new long[] {hash(strongest.get(i).getKey()), strongest.get(i).getValue()};
        }
        Arrays.sort(pairs, Comparator.comparingLong(p -> p[0]));
        long[] features = new long[k];
        float[] weights = new float[k];
        for (int i = 0; i < k; i++) {
            features[i] = pairs[i][0];
            weights[i] = pairs[i][1];
        }
        return new LinkProfile(id, contentHash, window, features, weights, NearDuplicates.signature(text), lede, RECIPE);
    }

    private static int ledeEnd(Document d) {
        List<Sentence> sentences = d.layer(Layers.SENTENCES);
        return sentences.isEmpty() ? 0 : sentences.get(Math.min(LEDE_SENTENCES, sentences.size()) - 1).end();
    }

    /** 64-bit FNV-1a: collisions among a corpus's features are negligible. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
