package org.sitrep.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;
import org.sitrep.app.eval.ExtractionEval;
import org.sitrep.app.eval.ExtractionEval.BenchmarkPage;
import org.sitrep.app.eval.ShingleScore;
import org.sitrep.clean.HtmlMainText;

/**
 * Main-text extraction side by side on the article-extraction benchmark's layout: Sitrep's
 * HtmlMainText, Readability4J and boilerpipe's ArticleExtractor, same pages, same metric, same
 * run. Pages per second on one thread after a warm-up pass. Usage: ExtractionBenchmark DIR [ROUNDS]
 */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<BenchmarkPage> pages = ExtractionEval.read(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        HtmlMainText sitrep = new HtmlMainText();
        Map<String, Function<BenchmarkPage, String>> extractors = new LinkedHashMap<>();
        extractors.put("sitrep", page -> ExtractionEval.extract(sitrep, page));
        extractors.put("readability4j", page -> new Readability4J("http://example.org/", page.html()).parse().getTextContent());
        extractors.put("boilerpipe", page -> {
            try {
                return ArticleExtractor.INSTANCE.getText(page.html());
            } catch (Exception e) {
                return "";
            }
        });
        System.out.printf(Locale.ROOT, "%-14s %6s %9s %7s %7s %8s%n", "extractor", "pages", "precision", "recall", "F1", "pages/s");
        for (Map.Entry<String, Function<BenchmarkPage, String>> e : extractors.entrySet()) {
            List<String> predicted = new ArrayList<>();
            for (BenchmarkPage page : pages) {
                predicted.add(safe(e.getValue(), page));
            }
            long start = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                for (BenchmarkPage page : pages) {
                    safe(e.getValue(), page);
                }
            }
            double pagesPerSecond = rounds * pages.size() / ((System.nanoTime() - start) / 1e9);
            List<ShingleScore.Page> scores = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                scores.add(ShingleScore.page(pages.get(i).truth(), predicted.get(i)));
            }
            ShingleScore.Result result = ShingleScore.average(scores);
            System.out.printf(Locale.ROOT, "%-14s %6d %9.4f %7.4f %7.4f %8.1f%n", e.getKey(), pages.size(), result.precision(),
                    result.recall(), result.f1(), pagesPerSecond);
        }
    }

    private static String safe(Function<BenchmarkPage, String> extractor, BenchmarkPage page) {
        try {
            String text = extractor.apply(page);
            return text == null ? "" : text;
        } catch (RuntimeException e) {
            return "";
        }
    }
}
