package org.sitrep.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.sitrep.clean.Cleaner;
import org.sitrep.clean.HtmlMainText;
import org.sitrep.ingest.RawArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval extraction DIR}: main-text extraction on the article-extraction benchmark's
 * layout ({@code html/ID.html.gz} and {@code ground-truth.json}, id → {articleBody, url}).
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Score HTML main-text extraction with the article-extraction benchmark's metric (token 4-gram shingles).")
public final class ExtractionEval implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "A folder with html/*.html.gz and ground-truth.json.")
    Path dir;

    @Option(names = "--verbose", description = "Print each page's F1 and the pages scored worst.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    /** A page read from the benchmark: its id, HTML and true body. */
    public record BenchmarkPage(String id, String html, String truth) {}

    public static List<BenchmarkPage> read(Path dir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<BenchmarkPage> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path file = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                pages.add(new BenchmarkPage(e.getKey(), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        e.getValue().path("articleBody").asText("")));
            }
        }
        return pages;
    }

    /** The body text the extractor gives for a page, or "" when it finds none. */
    public static String extract(Cleaner extractor, BenchmarkPage page) {
        try {
            return extractor.clean(new RawArticle(page.id(), page.id(), RawArticle.Format.HTML, page.html(), null, null, null, page.id())).text();
        } catch (Cleaner.NoBodyException e) {
            return "";
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<BenchmarkPage> pages = read(dir);
        Cleaner extractor = new HtmlMainText();
        List<ShingleScore.Page> scores = new ArrayList<>();
        Map<String, Double> perPage = new LinkedHashMap<>();
        long start = System.nanoTime();
        List<String> predicted = new ArrayList<>();
        for (BenchmarkPage page : pages) {
            predicted.add(extract(extractor, page));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (int i = 0; i < pages.size(); i++) {
            ShingleScore.Page score = ShingleScore.page(pages.get(i).truth(), predicted.get(i));
            scores.add(score);
            perPage.put(pages.get(i).id(), ShingleScore.average(List.of(score)).f1());
        }
        if (verbose) {
            perPage.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(15)
                    .forEach(e -> out.printf(Locale.ROOT, "%.3f %s%n", e.getValue(), e.getKey()));
        }
        ShingleScore.Result result = ShingleScore.average(scores);
        out.printf(Locale.ROOT, "{\"pages\": %d, \"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, \"pages_per_s\": %.1f}%n",
                pages.size(), result.precision(), result.recall(), result.f1(), pages.size() / seconds);
        out.flush();
        return 0;
    }
}
