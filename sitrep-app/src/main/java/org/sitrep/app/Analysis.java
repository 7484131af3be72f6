package org.sitrep.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.clean.Cleaner;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.RawArticle;
import org.sitrep.link.Linker;
import org.sitrep.link.Profiles;
import org.sitrep.model.AnalysisRecipe;
import org.sitrep.model.Corpus;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Document;
import org.sitrep.model.LinkProfile;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StandardPipeline;
import org.sitrep.report.OutputWriter;
import org.sitrep.store.JdbcStore;
import org.sitrep.store.Store;

/**
 * One run: read the inputs, analyse each new article (in parallel) and store it, link everything
 * stored, write the outputs. Articles already stored (same content) are not analysed again, unless
 * an older Sitrep analysed them ({@link StandardPipeline#RECIPE}) or other actor tables were given:
 * then their new analysis replaces the old. A bad input is reported by name and skipped; the run goes on and its exit code says so.
 */
final class Analysis {
    private Analysis() {}

    static int run(List<Path> inputs, Path out, AnalysisOptions options, PrintWriter err) throws Exception {
        IngestResult read = new ArticleReader(options.maxBytes).read(inputs);
        List<Diagnostic> problems = Collections.synchronizedList(new ArrayList<>(read.diagnostics()));
        try (Store store = JdbcStore.open(options.storeUrl(out))) {
            AnalysisRecipe recipe = StandardPipeline.recipe(options.actorTables);
            List<RawArticle> fresh = new ArrayList<>();
            int outdated = 0;
            for (RawArticle a : read.articles()) {
                Optional<AnalysisRecipe> stored = store.analysisRecipe(a.contentHash());
                if (stored.isEmpty() || stored.get().outdatedBy(recipe)) {
                    fresh.add(a);
                    outdated += stored.isPresent() ? 1 : 0;
                }
            }
            if (!fresh.isEmpty()) {
                Pipeline pipeline = StandardPipeline.build(options.actorTables, options.readOnOrToday());
                analyse(fresh, pipeline, recipe, store, problems, options.threads, err);
            }
            Corpus corpus = link(store);
            store.replaceLinks(corpus.events(), corpus.stories());
            new OutputWriter().write(corpus, out);
            for (Diagnostic d : problems) {
                err.println("skipped " + d);
            }
            if (outdated > 0) {
                err.printf("%d stored articles analysed by an older Sitrep or with other actor tables were analysed again%n", outdated);
            }
            int stillOutdated = store.outdatedBy(recipe);
            if (stillOutdated > 0) {
                err.printf("%d stored articles keep an analysis by an older Sitrep or with other actor tables: read their inputs again to renew it%n",
                        stillOutdated);
            }
            err.printf("%d inputs read, %d new articles analysed, %d already stored, %d skipped; %d articles, %d events, %d stories in the store%n",
                    read.articles().size() + read.diagnostics().size(), fresh.size() - outdated - (problems.size() - read.diagnostics().size()),
                    read.articles().size() - fresh.size(), problems.size(), corpus.documents().size(), corpus.events().size(),
                    corpus.stories().size());
            err.flush();
            return problems.isEmpty() ? 0 : SitrepCommand.SKIPPED_INPUTS;
        }
    }

    /**
     * Links every stored article; an article stored without a profile, or with one of an older
     * recipe, gets its profile now, once.
     */
    private static Corpus link(Store store) {
        List<Document> documents = store.documents();
        Map<String, LinkProfile> profiles = store.profiles();
        List<LinkProfile> ordered = new ArrayList<>();
        for (Document d : documents) {
            LinkProfile p = profiles.get(d.id());
            if (p == null || p.recipe() != Profiles.RECIPE) {
                p = Profiles.of(d);
                store.putProfile(p);
            }
            ordered.add(p);
        }
        return new Linker().link(documents, ordered);
    }

    private static void analyse(List<RawArticle> articles, Pipeline pipeline, AnalysisRecipe recipe, Store store,
                                List<Diagnostic> problems, int threads, PrintWriter err) throws InterruptedException {
        Cleaner cleaner = new ArticleCleaner();
        Progress progress = new Progress(articles.size(), err);
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (RawArticle raw : articles) {
                futures.add(pool.submit(() -> {
                    try {
                        Document analysed = pipeline.apply(cleaner.clean(raw));
                        store.put(analysed, Profiles.of(analysed), recipe);
                    } catch (Cleaner.NoBodyException e) {
                        problems.add(new Diagnostic(Diagnostic.Code.NO_BODY, raw.source(), e.getMessage()));
                    } catch (RuntimeException e) {
                        problems.add(new Diagnostic(Diagnostic.Code.FAILED, raw.source(), String.valueOf(e.getMessage())));
                    }
                    progress.update(done.incrementAndGet());
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdown();
            progress.finish();
        }
    }
}
