package org.sitrep.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.link.Linker;
import org.sitrep.link.Profiles;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Pipeline;

/**
 * Articles per second and peak heap of one configuration on a corpus: {@code sitrep} (clean, the
 * whole per-article pipeline and the article's link profile, then linking) or {@code corenlp} (CoreNLP's plain chain tokenize,
 * ssplit, pos, lemma, ner, depparse on the same cleaned texts). Run each configuration in its own
 * JVM so that peak heap is its own; {@code scripts/benchmark} runs both and prints the ratios.
 * Prints one line of {@code key=value} figures at the end.
 */
public final class PipelineBenchmark {
    private PipelineBenchmark() {}

    private static void record(Map<String, Long> stageNanos, String stage, long nanos) {
        synchronized (stageNanos) {
            stageNanos.merge(stage, nanos, Long::sum);
        }
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path corpus = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int threads = Runtime.getRuntime().availableProcessors();
        ArticleCleaner cleaner = new ArticleCleaner();
        List<Document> cleaned = new ArticleReader().read(List.of(corpus)).articles().stream().map(cleaner::clean).toList();
        Map<String, Long> stageNanos = new LinkedHashMap<>();
        String referenceLoad = "";
        if (mode.equals("sitrep")) {
            // The actor table and the gazetteer, loaded cold on their own before the pipeline loads them again.
            long start = System.nanoTime();
            org.sitrep.resolve.ActorTable.load(List.of());
            double actors = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            org.sitrep.resolve.Gazetteer.load(org.sitrep.resolve.Countries.load());
            double gazetteer = (System.nanoTime() - start) / 1e9;
            referenceLoad = String.format(Locale.ROOT, " actor_table_load_s=%.2f gazetteer_load_s=%.2f", actors, gazetteer);
        }
        long loadStart = System.nanoTime();
        Consumer<Document> work;
        if (mode.equals("sitrep")) {
            Pipeline pipeline = org.sitrep.pipeline.StandardPipeline.build(List.of(), LocalDate.now());
            work = d -> {
                Document analysed = pipeline.apply(d, (stage, nanos) -> record(stageNanos, stage.name(), nanos));
                // The link profile (with its MiniLM lede embedding) is made once per article, as Analysis does.
                long start = System.nanoTime();
                Profiles.of(analysed);
                record(stageNanos, "link-profile", System.nanoTime() - start);
            };
        } else {
            Properties props = new Properties();
            props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
            StanfordCoreNLP nlp = new StanfordCoreNLP(props);
            work = d -> nlp.annotate(new Annotation(d.text()));
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        cleaned.forEach(work);
        stageNanos.clear();
        HeapPeaks.reset();
        long timeTaggingBefore = CoreNlpAnnotator.timeTaggingNanos();
        long sutimeTokensBefore = CoreNlpAnnotator.sutimeTokens();
        long sequentialStart = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            cleaned.forEach(work);
        }
        double sequential = rounds * cleaned.size() / ((System.nanoTime() - sequentialStart) / 1e9);
        Map<String, Long> perStage = new LinkedHashMap<>(stageNanos);
        String timeWork = "";
        if (mode.equals("sitrep")) {
            // Time work: tagging inside annotate (common forms and SUTime), refine-time and date-article.
            double articles = rounds * cleaned.size();
            double tagging = (CoreNlpAnnotator.timeTaggingNanos() - timeTaggingBefore) / 1e6 / articles;
            double rest = (perStage.getOrDefault("refine-time", 0L) + perStage.getOrDefault("date-article", 0L)) / 1e6 / articles;
            timeWork = String.format(Locale.ROOT, " time_tagging_ms_per_article=%.1f time_work_share=%.3f sutime_tokens_per_article=%.1f",
                    tagging, (tagging + rest) / (1000 / sequential), (CoreNlpAnnotator.sutimeTokens() - sutimeTokensBefore) / articles);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long parallelStart = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (Document d : cleaned) {
                futures.add(pool.submit(() -> work.accept(d)));
            }
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double parallel = rounds * cleaned.size() / ((System.nanoTime() - parallelStart) / 1e9);
        pool.shutdown();
        double linkMs = 0;
        if (mode.equals("sitrep")) {
            Pipeline pipeline = org.sitrep.pipeline.StandardPipeline.build(List.of(), LocalDate.now());
            List<Document> analysed = cleaned.stream().map(pipeline::apply).toList();
            // Profiles are per-article work, timed above as link-profile; linking starts from them.
            var profiles = analysed.stream().map(Profiles::of).toList();
            long linkStart = System.nanoTime();
            new Linker().link(analysed, profiles);
            linkMs = (System.nanoTime() - linkStart) / 1e6;
        }
        StringBuilder stages = new StringBuilder();
        perStage.forEach((stage, nanos) -> stages.append(String.format(Locale.ROOT, " %s_ms_per_article=%.1f", stage,
                nanos / 1e6 / (rounds * cleaned.size()))));
        System.out.printf(Locale.ROOT, "mode=%s articles=%d rounds=%d threads=%d load_s=%.1f sequential_articles_per_s=%.2f "
                        + "parallel_articles_per_s=%.2f peak_heap_mb=%d link_ms=%.1f%s%s%s%n", mode, cleaned.size(), rounds, threads,
                loadSeconds, sequential, parallel, HeapPeaks.megabytes(), linkMs, referenceLoad, timeWork, stages);
    }
}
