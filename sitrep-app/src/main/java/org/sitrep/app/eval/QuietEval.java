package org.sitrep.app.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.model.Document;
import org.sitrep.model.EventMention;
import org.sitrep.model.Layers;
import org.sitrep.model.Sentence;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval quiet DIR}: how often events are emitted on sentences that report none. The
 * sentences are the true bodies of the article-extraction benchmark pages listed in the bundled
 * {@code no-event-pages.txt} (product guides, lifestyle, science): a false-event rate.
 */
@Command(name = "quiet", mixinStandardHelpOptions = true,
        description = "Rate of events emitted on sentences that report none (non-news pages of the extraction benchmark).")
public final class QuietEval implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The article-extraction benchmark folder (html/, ground-truth.json).")
    Path dir;

    @Option(names = "--verbose", description = "Print each sentence that got an event.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<String> prefixes = pageIds();
        Pipeline pipeline = StandardPipeline.build(List.of(), LocalDate.now());
        int sentences = 0;
        int withEvents = 0;
        for (ExtractionEval.BenchmarkPage page : ExtractionEval.read(dir)) {
            if (prefixes.stream().noneMatch(page.id()::startsWith)) {
                continue;
            }
            Document d = pipeline.apply(Document.builder(page.id(), page.truth(), page.truth()).build());
            for (Sentence s : d.layer(Layers.SENTENCES)) {
                sentences++;
                List<EventMention> events = d.layer(Layers.EVENTS).stream()
                        .filter(e -> e.status() == EventMention.Status.ASSERTED)
                        .filter(e -> e.mentions().stream().anyMatch(m -> m.start() == s.start())).toList();
                if (!events.isEmpty()) {
                    withEvents++;
                    if (verbose) {
                        out.println(events.stream().map(EventMention::type).toList() + " " + d.cover(s).replace('\n', ' '));
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "{\"pages\": %d, \"sentences\": %d, \"sentences_with_events\": %d, \"false_event_rate\": %.4f}%n",
                prefixes.size(), sentences, withEvents, sentences == 0 ? 0.0 : (double) withEvents / sentences);
        out.flush();
        return 0;
    }

    static List<String> pageIds() throws IOException {
        List<String> ids = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                QuietEval.class.getResourceAsStream("/org/sitrep/app/eval/no-event-pages.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    ids.add(line.strip());
                }
            }
        }
        return ids;
    }
}
