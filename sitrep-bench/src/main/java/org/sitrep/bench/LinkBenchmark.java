package org.sitrep.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.link.Profiles;
import org.sitrep.model.LinkProfile;
import org.sitrep.link.Linker;
import org.sitrep.model.Corpus;
import org.sitrep.model.Document;
import org.sitrep.model.Layers;
import org.sitrep.model.Story;

/**
 * Time and peak heap of linking N synthetic articles ({@link SyntheticNews}): {@code blocked}
 * (Sitrep's linker) or {@code exhaustive} (every pair compared, the quadratic reference). Profiles
 * are made first and timed apart (in real use they are made once per article, at analysis). The
 * lede embeddings are zero vectors: embedding a lede is per-article analysis work (MiniLM, a few
 * milliseconds), and template ledes would all mean the same; the linker still pays its dot product
 * per candidate pair. Tokens are dropped once profiled, as the store would not hold them in memory. Prints one line of {@code key=value} figures per size,
 * with BCubed F1 of the stories against the generated episodes as a sanity check.
 * Usage: LinkBenchmark MODE SIZE...
 */
public final class LinkBenchmark {
    private LinkBenchmark() {}

    public static void main(String[] args) {
        String mode = args[0];
        float[] noMeaning = new float[384];
        for (int size = 1; size < args.length; size++) {
            int n = Integer.parseInt(args[size]);
            HeapPeaks.reset();
            long profileStart = System.nanoTime();
            List<Document> documents = new ArrayList<>(n);
            List<LinkProfile> profiles = new ArrayList<>(n);
            Map<String, Integer> episodeOf = new HashMap<>();
            new SyntheticNews(n, n).articles(n, a -> {
                Document d = a.document();
                profiles.add(Profiles.of(d, noMeaning));
                documents.add(d.with(Layers.TOKENS, List.of()).with(Layers.ENTITIES, List.of()));
                episodeOf.put(d.id(), a.episode());
            });
            // Generating and profiling, timed together: profiling is per-article work done once, at analysis.
            double profileSeconds = (System.nanoTime() - profileStart) / 1e9;
            long linkStart = System.nanoTime();
            Corpus corpus = (mode.equals("exhaustive") ? Linker.exhaustive() : new Linker()).link(documents, profiles);
            double linkSeconds = (System.nanoTime() - linkStart) / 1e9;
            System.out.printf(Locale.ROOT, "mode=%s articles=%d profile_s=%.2f link_s=%.2f peak_heap_mb=%d stories=%d events=%d "
                            + "episode_bcubed_f1=%.3f%n", mode, n, profileSeconds, linkSeconds, HeapPeaks.megabytes(),
                    corpus.stories().size(), corpus.events().size(), bcubed(corpus.stories(), episodeOf));
        }
    }

    /** BCubed F1 of stories against episodes: a copy or report counts with its episode. */
    private static double bcubed(List<Story> stories, Map<String, Integer> episodeOf) {
        Map<Integer, Integer> episodeSize = new HashMap<>();
        episodeOf.values().forEach(e -> episodeSize.merge(e, 1, Integer::sum));
        double precision = 0;
        double recall = 0;
        for (Story s : stories) {
            Map<Integer, Integer> counts = new HashMap<>();
            s.articles().forEach(a -> counts.merge(episodeOf.get(a), 1, Integer::sum));
            for (String a : s.articles()) {
                int same = counts.get(episodeOf.get(a));
                precision += (double) same / s.articles().size();
                recall += (double) same / episodeSize.get(episodeOf.get(a));
            }
        }
        precision /= episodeOf.size();
        recall /= episodeOf.size();
        return 2 * precision * recall / (precision + recall);
    }
}
