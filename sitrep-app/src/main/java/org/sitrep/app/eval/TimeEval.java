package org.sitrep.app.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StandardPipeline;
import org.sitrep.model.Document;
import org.sitrep.model.Layers;
import org.sitrep.model.TimeExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval time DIR}: temporal expressions on TimeML files ({@code *.tml}, TempEval-3
 * format) or English NewsReader MEANTIME articles; the DCT is given to the tagger. Strict span F1 (exact boundaries), relaxed span F1
 * (overlap), and value F1: a timex counts for value when it overlaps a gold one and has its value.
 */
@Command(name = "time", mixinStandardHelpOptions = true,
        description = "Score time-expression tagging and normalisation on TimeML (*.tml) files or English MEANTIME articles.")
public final class TimeEval implements Callable<Integer> {
    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*value=\"([^\"]+)\"", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(/?)(\\w+)([^>]*)>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    @Parameters(paramLabel = "DIR", description = "A folder searched recursively for *.tml files and MEANTIME *.xml articles.")
    Path dir;

    @Option(names = "--errors", description = "Also print each missed, spurious or misvalued time expression (to standard error).")
    boolean errors;

    @Spec
    CommandSpec spec;

    /** One gold or predicted time expression: span in the plain text and value. */
    public record Timex(int start, int end, String value) {}

    /** A TimeML document: DCT, plain text, gold timexes. */
    public record TimeMlDocument(String name, LocalDate dct, String text, List<Timex> timexes) {}

    /**
     * The documents under a folder, in file-name order: TimeML files ({@code *.tml}) and English
     * NewsReader MEANTIME articles ({@code *.xml}) that give their creation time, each article once
     * however many of the corpus's annotation folders hold it.
     */
    static List<TimeMlDocument> documents(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".tml") || p.toString().endsWith(".xml"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).thenComparing(Path::toString)).toList();
        }
        List<TimeMlDocument> out = new ArrayList<>();
        Set<String> articles = new HashSet<>();
        for (Path file : files) {
            if (file.toString().endsWith(".tml")) {
                out.add(read(file));
                continue;
            }
            String xml = Files.readString(file);
            String id = MeantimeReader.articleId(xml);
            if (id != null && articles.add(id)) {
                TimeMlDocument doc = MeantimeReader.read(file.getFileName().toString(), xml);
                if (doc.dct() != null) { // two articles give no creation time, so nothing can be anchored or dated
                    out.add(doc);
                }
            }
        }
        return out;
    }

    public static TimeMlDocument read(Path file) throws IOException {
        String xml = Files.readString(file);
        Matcher dct = DCT.matcher(xml);
        LocalDate date = dct.find() ? LocalDate.parse(dct.group(1).substring(0, 10)) : null;
        Matcher body = TEXT.matcher(xml);
        String inner = body.find() ? body.group(1) : "";
        StringBuilder text = new StringBuilder();
        List<Timex> gold = new ArrayList<>();
        Matcher tag = TAG.matcher(inner);
        int last = 0;
        int openStart = -1;
        String openValue = null;
        while (tag.find()) {
            text.append(Metrics.unescapeXml(inner.substring(last, tag.start())));
            last = tag.end();
            if (tag.group(2).equals("TIMEX3")) {
                if (tag.group(1).isEmpty()) {
                    openStart = text.length();
                    Matcher v = VALUE.matcher(tag.group(3));
                    openValue = v.find() ? v.group(1) : "";
                } else if (openStart >= 0) {
                    gold.add(new Timex(openStart, text.length(), openValue));
                    openStart = -1;
                }
            }
        }
        text.append(Metrics.unescapeXml(inner.substring(last)));
        return new TimeMlDocument(file.getFileName().toString(), date, text.toString(), gold);
    }

    private void report(TimeMlDocument doc, String kind, int start, int end, String gold, String predicted) {
        if (errors) {
            String context = doc.text().substring(Math.max(0, start - 60), Math.min(doc.text().length(), end + 40)).replace('\n', ' ');
            System.err.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%s\t%s\t%s%n", kind, doc.name(), doc.dct(), doc.text().substring(start, end).replace('\n', ' '), gold, predicted, context);
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<TimeMlDocument> docs = documents(dir);
        Pipeline tagger = StandardPipeline.timeTagger();
        int gold = 0;
        int predicted = 0;
        int strict = 0;
        int relaxedGold = 0;
        int relaxedPredicted = 0;
        int values = 0;
        for (TimeMlDocument doc : docs) {
            Document d = tagger.apply(Document.builder(doc.name(), doc.text(), doc.text()).publishedMetadata(doc.dct()).build());
            List<TimeExpression> found = d.layer(Layers.TIMEX);
            gold += doc.timexes().size();
            predicted += found.size();
            for (TimeExpression t : found) {
                if (doc.timexes().stream().anyMatch(g -> g.start() < t.end() && t.start() < g.end())) {
                    relaxedPredicted++;
                } else {
                    report(doc, "spurious", t.start(), t.end(), "", t.value());
                }
            }
            for (Timex g : doc.timexes()) {
                TimeExpression hit = found.stream().filter(t -> g.start() < t.end() && t.start() < g.end()).findFirst().orElse(null);
                if (hit == null) {
                    report(doc, "missed", g.start(), g.end(), g.value(), "");
                    continue;
                }
                relaxedGold++;
                if (hit.start() == g.start() && hit.end() == g.end()) {
                    strict++;
                }
                if (g.value().equals(hit.value())) {
                    values++;
                } else {
                    report(doc, "value", hit.start(), hit.end(), g.value(), hit.value() + "\t" + doc.text().substring(g.start(), g.end()));
                }
            }
        }
        double strictF1 = Metrics.f1(Metrics.ratio(strict, predicted), Metrics.ratio(strict, gold));
        double relaxedF1 = Metrics.f1(Metrics.ratio(relaxedPredicted, predicted), Metrics.ratio(relaxedGold, gold));
        double valueF1 = Metrics.f1(Metrics.ratio(values, predicted), Metrics.ratio(values, gold));
        out.printf(Locale.ROOT, "{\"docs\": %d, \"timexes\": %d, \"strict_f1\": %.4f, \"relaxed_f1\": %.4f, \"value_f1\": %.4f}%n",
                docs.size(), gold, strictF1, relaxedF1, valueF1);
        out.flush();
        return 0;
    }

}
