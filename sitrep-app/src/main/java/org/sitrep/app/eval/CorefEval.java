package org.sitrep.app.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.link.Embeddings;
import org.sitrep.link.EventCoreference;
import org.sitrep.link.Linker;
import org.sitrep.link.Predicates;
import org.sitrep.link.Profiles;
import org.sitrep.model.AnalysisRecipe;
import org.sitrep.model.Corpus;
import org.sitrep.model.Document;
import org.sitrep.model.EventMention;
import org.sitrep.model.Evidence;
import org.sitrep.model.Layers;
import org.sitrep.model.LinkProfile;
import org.sitrep.model.LinkedEvent;
import org.sitrep.model.Story;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StandardPipeline;
import org.sitrep.store.JdbcStore;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval coref DIR}: on the ECB+ layout, Sitrep clusters the documents itself (no gold
 * topics or sub-topics) and is scored against the gold sub-topics (pairwise and BCubed F1). Event
 * coreference is scored against the gold chains (MUC, B3, CEAF-e, CoNLL F1) three ways in one run:
 * the same-head-lemma baseline and Sitrep's coreference, both on the gold event mentions within
 * Sitrep's stories, and end to end, Sitrep's own event mentions as it links them (only mentions
 * in the sentences selected for annotation count, as the release recommends).
 */
@Command(name = "coref", mixinStandardHelpOptions = true,
        description = "Score document clustering and cross-document event coreference on ECB+.")
public final class CorefEval implements Callable<Integer> {
    /** The benchmark is analysed with the bundled actor table alone. */
    private static final AnalysisRecipe RECIPE = StandardPipeline.recipe(List.of());

    @Parameters(paramLabel = "DIR", description = "The ECB+ folder (holding ECB+/ and ECBplus_coreference_sentences.csv).")
    Path dir;

    @Option(names = "--read-on", description = "The day the articles are taken to be read (default: today).")
    LocalDate readOn;

    @Option(names = "--db", description = "Keep analysed documents in this store and reuse them on the next run.")
    String db;

    @Option(names = "--threads", description = "Documents analysed in parallel (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    /** A mention Sitrep found itself: an article and its trigger's span. */
    private record SystemMention(String document, int start, int end) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<EcbPlus.EcbDocument> gold = EcbPlus.read(dir);
        Map<String, LinkProfile> profiles = new HashMap<>();
        List<Document> analysed = analyse(gold, profiles);
        // Profiles of documents read back from a --db cache are made anew: the profile recipe may have changed since.
        Corpus corpus = new Linker().link(analysed,
                analysed.stream().map(d -> profiles.computeIfAbsent(d.id(), id -> Profiles.of(d))).toList());

        Map<String, String> goldTopic = new LinkedHashMap<>();
        gold.forEach(d -> goldTopic.put(d.name(), d.subTopic()));
        Map<String, String> storyOf = new HashMap<>();
        for (Story s : corpus.stories()) {
            s.articles().forEach(a -> storyOf.put(a, s.id()));
        }
        Clusterings.Score docPairs = Clusterings.pairwise(goldTopic, storyOf);
        Clusterings.Score docBcubed = Clusterings.bcubed(goldTopic, storyOf);

        Map<String, Document> byName = new HashMap<>();
        analysed.forEach(d -> byName.put(d.id(), d));
        Map<Object, String> goldChain = new LinkedHashMap<>();
        Map<Object, String> sameLemma = new HashMap<>();
        List<EventCoreference.Mention<Object>> mentions = new ArrayList<>();
        for (EcbPlus.EcbDocument d : gold) {
            Document doc = byName.get(d.name());
            for (EcbPlus.GoldMention m : d.mentions()) {
                goldChain.put(m, m.chain());
                Token head = head(doc, m.start(), m.end());
                sameLemma.put(m, storyOf.get(d.name()) + "|" + head.lemma().toLowerCase(Locale.ROOT));
                mentions.add(new EventCoreference.Mention<>(m, d.name(), storyOf.get(d.name()), Predicates.of(head),
                        d.text().substring(m.start(), m.end())));
            }
        }
        Clusterings.Coreference baseline = Clusterings.coreference(goldChain, sameLemma);
        Clusterings.Coreference sitrep = Clusterings.coreference(goldChain,
                new EventCoreference(Embeddings.shared()).cluster(mentions));
        Clusterings.Coreference endToEnd = Clusterings.coreference(goldChain, systemChains(gold, byName, corpus));

        out.printf(Locale.ROOT, "documents %d: gold sub-topics %d, Sitrep's stories %d; pairwise P %.4f R %.4f F1 %.4f; "
                        + "BCubed P %.4f R %.4f F1 %.4f%n", gold.size(), Clusterings.clusters(goldTopic).size(),
                corpus.stories().size(), docPairs.precision(), docPairs.recall(), docPairs.f1(), docBcubed.precision(),
                docBcubed.recall(), docBcubed.f1());
        print(out, "gold mentions, same-lemma baseline", baseline);
        print(out, "gold mentions, Sitrep", sitrep);
        print(out, "Sitrep's own mentions (end to end)", endToEnd);
        out.printf(Locale.ROOT, "{\"docs\": %d, \"doc_pairwise_f1\": %.4f, \"doc_bcubed_f1\": %.4f, \"mentions\": %d, "
                        + "\"baseline_conll_f1\": %.4f, \"event_conll_f1\": %.4f, \"end_to_end_conll_f1\": %.4f}%n",
                gold.size(), docPairs.f1(), docBcubed.f1(), goldChain.size(), baseline.conllF1(), sitrep.conllF1(),
                endToEnd.conllF1());
        out.flush();
        return 0;
    }

    /**
     * Sitrep's own event mentions in the annotated sentences, each standing for the gold mention its
     * trigger overlaps (when there is one), in the chains of the linked events they belong to.
     */
    private static Map<Object, String> systemChains(List<EcbPlus.EcbDocument> gold, Map<String, Document> byName, Corpus corpus) {
        Map<String, String> eventOf = new HashMap<>();
        for (LinkedEvent e : corpus.events()) {
            for (LinkedEvent.Sourced<Evidence> m : e.mentions()) {
                eventOf.put(m.article() + "@" + m.value().start() + "@" + m.value().reading(), e.id());
            }
        }
        Map<Object, String> chains = new HashMap<>();
        for (EcbPlus.EcbDocument d : gold) {
            for (EventMention e : byName.get(d.name()).layer(Layers.EVENTS)) {
                String event = eventOf.get(d.name() + "@" + e.start() + "@" + e.trigger());
                if (event == null || !d.isAnnotated(e.triggerStart())) {
                    continue;
                }
                Object item = d.mentions().stream().filter(m -> m.start() < e.triggerEnd() && e.triggerStart() < m.end())
                        .findFirst().<Object>map(m -> m).orElse(new SystemMention(d.name(), e.triggerStart(), e.triggerEnd()));
                chains.putIfAbsent(item, event);
            }
        }
        return chains;
    }

    private static void print(PrintWriter out, String label, Clusterings.Coreference c) {
        out.printf(Locale.ROOT, "%s: MUC %.4f  B3 %.4f  CEAF-e %.4f  CoNLL %.4f%n", label, c.muc().f1(), c.b3().f1(),
                c.ceafe().f1(), c.conllF1());
    }

    /** The mention's first verb, else its last noun (its first token when it has neither). */
    private static Token head(Document doc, int start, int end) {
        List<Token> tokens = doc.layer(Layers.TOKENS).stream().filter(t -> t.start() < end && t.end() > start).toList();
        // A verb heads its phrase; a noun phrase ends in its head ("6.1-magnitude earthquake").
        return tokens.stream().filter(t -> t.pos().startsWith("VB")).findFirst()
                .or(() -> tokens.stream().filter(t -> t.pos().startsWith("NN")).reduce((first, last) -> last))
                .orElse(tokens.get(0));
    }

    /** Analyses the documents not in the --db cache (or cached by an older recipe), adding their profiles to {@code profiles}. */
    private List<Document> analyse(List<EcbPlus.EcbDocument> gold, Map<String, LinkProfile> profiles)
            throws InterruptedException, ExecutionException {
        Map<String, Document> done = new HashMap<>();
        Store store = db == null ? null : JdbcStore.open(db);
        try {
            if (store != null) {
                store.documents().stream().filter(d -> store.analysisRecipe(d.contentHash()).filter(r -> !r.outdatedBy(RECIPE)).isPresent())
                        .forEach(d -> done.put(d.id(), d));
            }
            List<EcbPlus.EcbDocument> todo = gold.stream().filter(d -> !done.containsKey(d.name())).toList();
            if (!todo.isEmpty()) {
                Pipeline pipeline = StandardPipeline.build(List.of(), readOn != null ? readOn : LocalDate.now());
                ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
                try {
                    List<Future<Document>> futures = new ArrayList<>();
                    for (EcbPlus.EcbDocument d : todo) {
                        futures.add(pool.submit(() -> pipeline.apply(Document.builder(d.name(), d.text(), d.text())
                                .contentHash(d.name()).build())));
                    }
                    for (Future<Document> f : futures) {
                        Document d = f.get();
                        done.put(d.id(), d);
                        LinkProfile profile = Profiles.of(d);
                        profiles.put(d.id(), profile);
                        if (store != null) {
                            store.put(d, profile, RECIPE);
                        }
                    }
                } finally {
                    pool.shutdown();
                }
            }
        } finally {
            if (store != null) {
                store.close();
            }
        }
        return gold.stream().map(d -> done.get(d.name())).toList();
    }
}
