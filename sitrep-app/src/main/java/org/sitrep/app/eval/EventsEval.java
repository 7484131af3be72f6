package org.sitrep.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Document;
import org.sitrep.model.EventMention;
import org.sitrep.model.Layers;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval events FILE}: PLOVER event typing per sentence, on the PLOVER gold-standard
 * records (a JSON array; old labels mapped to the current ones) or on PETRARCH validation XML
 * (CAMEO codes mapped to PLOVER with the CAMEO-to-PLOVER table beside the file, or {@code --cameo}).
 * Event-type precision, recall and F1 over sentences; actor and recipient accuracy as country-code
 * agreement on the events whose type was found.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Score PLOVER event typing and actor codes on PLOVER gold records or PETRARCH validation XML.")
public final class EventsEval implements Callable<Integer> {
    /** PLOVER 0.5 labels of the gold-standard records and their current names. */
    private static final Map<String, String> OLD_LABELS = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
            "FIGHT", "ASSAULT", "INVESTIGATE", "ACCUSE");

    @Parameters(paramLabel = "FILE", description = "PLOVER_GSR_CAMEO.txt (JSON) or a PETRARCH validation XML file.")
    Path file;

    @Option(names = "--cameo", description = "CAMEO-to-PLOVER table for PETRARCH files (default: CAMEO2PLOVER-2021.txt beside FILE).")
    Path cameo;

    @Option(names = "--verbose", description = "Print each sentence's gold and predicted types.")
    boolean verbose;

    @Option(names = "--read-on", description = "The day the sentences are read (default: today).")
    LocalDate readOn;

    @Spec
    CommandSpec spec;

    /** One gold sentence: its text, event types, and the country codes of sources and targets. */
    public record GoldSentence(String text, Set<String> types, Set<String> sources, Set<String> targets) {}

    /** The scores. */
    public record Scores(int sentences, double precision, double recall, double f1, double actorAccuracy, double recipientAccuracy) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<GoldSentence> gold = file.toString().endsWith(".xml")
                ? readPetrarch(file, cameo != null ? cameo : file.resolveSibling("CAMEO2PLOVER-2021.txt"))
                : readPlover(file);
        Pipeline pipeline = StandardPipeline.build(List.of(), readOn != null ? readOn : LocalDate.now());
        Scores scores = score(gold, pipeline, verbose ? out : null);
        out.printf(Locale.ROOT, "{\"sentences\": %d, \"event_precision\": %.4f, \"event_recall\": %.4f, \"event_f1\": %.4f, "
                        + "\"actor_accuracy\": %.4f, \"recipient_accuracy\": %.4f}%n", scores.sentences(), scores.precision(),
                scores.recall(), scores.f1(), scores.actorAccuracy(), scores.recipientAccuracy());
        out.flush();
        return 0;
    }

    public static Scores score(List<GoldSentence> gold, Pipeline pipeline, PrintWriter trace) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int actorMatched = 0;
        int actorAgree = 0;
        int recipientMatched = 0;
        int recipientAgree = 0;
        for (int i = 0; i < gold.size(); i++) {
            GoldSentence g = gold.get(i);
            Document d = pipeline.apply(Document.builder("s" + i, g.text(), g.text()).build());
            Map<String, EventMention> predicted = new LinkedHashMap<>();
            for (EventMention e : d.layer(Layers.EVENTS)) {
                if (e.status() != EventMention.Status.NEGATED && e.status() != EventMention.Status.HYPOTHETICAL) {
                    predicted.putIfAbsent(e.type(), e);
                }
            }
            for (String type : predicted.keySet()) {
                if (g.types().contains(type)) {
                    tp++;
                    EventMention e = predicted.get(type);
                    if (!g.sources().isEmpty()) {
                        actorMatched++;
                        actorAgree += codes(e.actors()).stream().anyMatch(g.sources()::contains) ? 1 : 0;
                    }
                    if (!g.targets().isEmpty()) {
                        recipientMatched++;
                        recipientAgree += codes(e.recipients()).stream().anyMatch(g.targets()::contains) ? 1 : 0;
                    }
                } else {
                    fp++;
                }
            }
            fn += (int) g.types().stream().filter(t -> !predicted.containsKey(t)).count();
            if (trace != null) {
                trace.printf("%s | gold %s %s→%s | got %s%n", g.text().replace("\n", " "), g.types(), g.sources(), g.targets(),
                        predicted.values().stream().map(e -> e.type() + codes(e.actors()) + "→" + codes(e.recipients())).toList());
            }
        }
        double precision = Metrics.ratio(tp, tp + fp);
        double recall = Metrics.ratio(tp, tp + fn);
        return new Scores(gold.size(), precision, recall, Metrics.f1(precision, recall), Metrics.ratio(actorAgree, actorMatched),
                Metrics.ratio(recipientAgree, recipientMatched));
    }

    private static Set<String> codes(List<ActorMention> actors) {
        Set<String> codes = new LinkedHashSet<>();
        for (ActorMention a : actors) {
            if (a.actor() != null && a.actor().code() != null) {
                codes.add(a.actor().code());
            }
        }
        return codes;
    }

    /** PLOVER gold records; records that share a text are one sentence with several events. */
    public static List<GoldSentence> readPlover(Path file) throws IOException {
        Map<String, GoldSentence> byText = new LinkedHashMap<>();
        for (JsonNode r : new ObjectMapper().readTree(file.toFile())) {
            String event = r.path("event").asText();
            if (event.equals("DOCUMENT") || r.path("text").asText().isBlank()) {
                continue;
            }
            String text = r.path("text").asText().strip();
            GoldSentence g = byText.computeIfAbsent(text, t -> new GoldSentence(t, new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>()));
            g.types().add(OLD_LABELS.getOrDefault(event, event));
            r.path("source").forEach(a -> g.sources().add(a.path("code").asText()));
            r.path("target").forEach(a -> g.targets().add(a.path("code").asText()));
        }
        return new ArrayList<>(byText.values());
    }

    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b[^>]*>(.*?)</Sentence>", Pattern.DOTALL);
    private static final Pattern CODING = Pattern.compile("<EventCoding\\s+([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);

    /** PETRARCH validation records, read leniently (self-closing or not), CAMEO codes mapped to PLOVER. */
    public static List<GoldSentence> readPetrarch(Path file, Path cameoTable) throws IOException {
        Map<String, String> cameoToPlover = cameoTable(cameoTable);
        String xml = Files.readString(file).replaceAll("(?s)<!--.*?-->", "").replaceAll("<Sentence\\b([^>]*)/>", "<Sentence$1>");
        List<GoldSentence> out = new ArrayList<>();
        Matcher s = SENTENCE.matcher(xml);
        while (s.find()) {
            Matcher t = TEXT.matcher(s.group(1));
            if (!t.find()) {
                continue;
            }
            GoldSentence g = new GoldSentence(t.group(1).replaceAll("\\s+", " ").strip(), new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
            Matcher c = CODING.matcher(s.group(1));
            while (c.find()) {
                Map<String, String> attrs = new HashMap<>();
                Matcher a = ATTRIBUTE.matcher(c.group(1));
                while (a.find()) {
                    attrs.put(a.group(1).toLowerCase(Locale.ROOT), a.group(2));
                }
                String type = ploverType(attrs.getOrDefault("eventcode", ""), cameoToPlover);
                if (type != null) {
                    g.types().add(type);
                    addCode(g.sources(), attrs.get("sourcecode"));
                    addCode(g.targets(), attrs.get("targetcode"));
                }
            }
            out.add(g);
        }
        return out;
    }

    private static void addCode(Set<String> codes, String actor) {
        if (actor != null && actor.length() >= 3 && !actor.startsWith("---")) {
            codes.add(actor.substring(0, 3));
        }
    }

    /** The PLOVER type of a CAMEO code: its own line in the table, else that of its shorter prefix. */
    static String ploverType(String code, Map<String, String> table) {
        for (String c = code; !c.isEmpty(); c = c.substring(0, c.length() - 1)) {
            String type = table.get(c);
            if (type != null) {
                return type;
            }
        }
        return null;
    }

    static Map<String, String> cameoTable(Path file) throws IOException {
        Map<String, String> table = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = Pattern.compile("^(\\d{2,4}):\\s*([A-Z]+)").matcher(line.strip());
            if (m.find()) {
                table.put(m.group(1), OLD_LABELS.getOrDefault(m.group(2), m.group(2)));
            }
        }
        return table;
    }
}
