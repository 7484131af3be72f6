package org.sitrep.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sitrep.annotate.CoreNlpBaseline;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Layers;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval ner DIR} on the re3d layout (a folder per source, each with documents.json and
 * entities.json as JSON lines): exact-span precision, recall and F1 per type (Person, Organisation,
 * Location, Nationality) and micro-averaged, over all gold mentions of those types and over the
 * names among them (capitalised, neither a pronoun nor a "the …" description), for Sitrep and, by
 * the same scorer in the same run, CoreNLP's plain default NER.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Score named-entity mentions on the re3d layout, with CoreNLP's plain NER side by side.")
public final class NerEval implements Callable<Integer> {
    static final List<String> TYPES = List.of("Person", "Organisation", "Location", "Nationality");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "him", "her", "them",
            "us", "his", "its", "their", "our", "who", "which");

    @Parameters(paramLabel = "DIR", description = "The re3d folder: one subfolder per source.")
    Path dir;

    @Option(names = "--errors", description = "Also print Sitrep's missed and spurious mentions (to standard error).")
    boolean errors;

    @Option(names = "--read-on", description = "The day the documents are taken to be read (default: today).")
    LocalDate readOn;

    @Spec
    CommandSpec spec;

    /** A typed span of one document. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.?){2,3}");
    private static final Pattern DETERMINER = Pattern.compile("^(?:the|The) $");

    record Mention(String document, int start, int end, String type) {}

    record Corpus(Map<String, String> texts, Set<Mention> gold, Set<Mention> names) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Corpus corpus = read(dir);
        Pipeline pipeline = StandardPipeline.build(List.of(), readOn != null ? readOn : LocalDate.now());
        CoreNlpBaseline baseline = new CoreNlpBaseline();
        Set<Mention> sitrep = new HashSet<>();
        Set<Mention> plain = new HashSet<>();
        corpus.texts().forEach((id, text) -> {
            sitrep.addAll(sitrepMentions(id, pipeline.apply(Document.builder(id, text, text).build())));
            for (EntityMention e : baseline.entities(text)) {
                String type = coreNlpType(e.type());
                if (type != null) {
                    plain.add(new Mention(id, e.start(), e.end(), type));
                }
            }
        });
        if (errors) {
            printErrors(corpus, sitrep);
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        for (var system : Map.of("sitrep", sitrep, "corenlp", plain).entrySet()) {
            for (String type : TYPES) {
                double[] s = score(corpus.gold(), system.getValue(), type);
                out.printf(Locale.ROOT, "%s %s: P %.3f R %.3f F1 %.3f%n", system.getKey(), type, s[0], s[1], s[2]);
            }
            double[] all = score(corpus.gold(), system.getValue(), null);
            double[] names = score(corpus.names(), namesOnly(system.getValue(), corpus), null);
            out.printf(Locale.ROOT, "%s all: P %.3f R %.3f F1 %.3f; names: P %.3f R %.3f F1 %.3f%n", system.getKey(),
                    all[0], all[1], all[2], names[0], names[1], names[2]);
            figures.put(system.getKey() + "_micro", all[2]);
            figures.put(system.getKey() + "_names", names[2]);
        }
        out.printf(Locale.ROOT, "{\"docs\": %d, \"gold\": %d, \"names\": %d, \"micro_f1\": %.4f, \"names_f1\": %.4f, "
                        + "\"corenlp_micro_f1\": %.4f, \"corenlp_names_f1\": %.4f}%n", corpus.texts().size(), corpus.gold().size(),
                corpus.names().size(), figures.get("sitrep_micro"), figures.get("sitrep_names"), figures.get("corenlp_micro"),
                figures.get("corenlp_names"));
        out.flush();
        return 0;
    }

    /** Each gold mention Sitrep missed and each mention it found that the gold lacks, with its text and the words before it. */
    private static void printErrors(Corpus corpus, Set<Mention> found) {
        for (Mention g : corpus.gold()) {
            if (!found.contains(g)) {
                printError(corpus, "missed", corpus.names().contains(g) ? "name" : "other", g);
            }
        }
        for (Mention m : found) {
            if (!corpus.gold().contains(m)) {
                printError(corpus, "spurious", "-", m);
            }
        }
    }

    private static void printError(Corpus corpus, String kind, String subset, Mention m) {
        String text = corpus.texts().get(m.document());
        System.err.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%s%n", kind, m.type(), subset, text.substring(m.start(), m.end()),
                text.substring(Math.max(0, m.start() - 60), m.start()).replace('\n', ' '));
    }

    static Corpus read(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> texts = new LinkedHashMap<>();
        Set<Mention> gold = new HashSet<>();
        Set<Mention> names = new HashSet<>();
        List<Path> sources;
        try (Stream<Path> list = Files.list(dir)) {
            sources = list.filter(p -> Files.isRegularFile(p.resolve("documents.json"))).sorted().toList();
        }
        if (sources.isEmpty()) {
            throw new IOException("no source folders with documents.json under " + dir);
        }
        for (Path source : sources) {
            for (JsonNode d : lines(json, source.resolve("documents.json"))) {
                texts.put(d.get("_id").asText(), d.get("text").asText());
            }
            for (JsonNode e : lines(json, source.resolve("entities.json"))) {
                String type = e.get("type").asText();
                if (!TYPES.contains(type)) {
                    continue;
                }
                Mention m = new Mention(e.get("documentId").asText(), e.get("begin").asInt(), e.get("end").asInt(), type);
                gold.add(m);
                if (isName(e.get("value").asText())) {
                    names.add(m);
                }
            }
        }
        return new Corpus(texts, gold, names);
    }

    private static List<JsonNode> lines(ObjectMapper json, Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String l = line.strip().replace("\uFEFF", "");
            if (!l.isEmpty()) {
                out.add(json.readTree(l));
            }
        }
        return out;
    }

    static boolean isName(String value) {
        String v = value.strip();
        return !v.isEmpty() && Character.isUpperCase(v.charAt(0)) && !PRONOUNS.contains(v.toLowerCase(Locale.ROOT))
                && !v.toLowerCase(Locale.ROOT).startsWith("the ");
    }

    /**
     * Sitrep's mentions in the benchmark's classes: names from NER (not as a person or organisation
     * where the pipeline resolved a place: "Near Ar Raqqah"), resolved places, actors by their kind,
     * and the identity words the pipeline found ("Iraqi", "Kurdish") as nationalities.
     */
    static Set<Mention> sitrepMentions(String id, Document d) {
        Set<Mention> out = new HashSet<>();
        List<PlaceMention> places = d.layer(Layers.PLACES);
        for (EntityMention e : d.layer(Layers.ENTITIES)) {
            String type = coreNlpType(e.type());
            boolean place = places.stream().anyMatch(p -> p.overlaps(e));
            if (type != null && (type.equals("Location") || !place)) {
                out.add(new Mention(id, e.start(), e.end(), type));
            }
        }
        for (PlaceMention p : places) {
            out.add(new Mention(id, p.start(), p.end(), "Location"));
        }
        for (ActorMention a : d.layer(Layers.ACTORS)) {
            // The actor's kind decides its class: a person (with the title the resolver took in) is a
            // Person, a group or institution an Organisation whatever the recogniser said; a state
            // stays a place, as a reader (and the benchmark) calls "Syria" a location; written with its
            // article as one actor ("The UK condemns"), re3d calls the state an organisation too; not a
            // nationality word that opens a name ("the Iraqi Football Association").
            String text = a.text().toLowerCase(Locale.ROOT);
            boolean withArticle = DETERMINER.matcher(d.text().substring(Math.max(0, a.start() - 4), a.start())).find();
            boolean identity = isIdentity(d, a);
            if (a.actor().kind() == Actor.Kind.STATE && withArticle && !identity) {
                out.add(new Mention(id, a.start() - 4, a.end(), "Organisation"));
            }
            // A state's abbreviation qualifying the noun after it ("U.S. airstrikes", "U.S. efforts") is the
            // adjective news style uses for the state acting, not a place ("Iraq" before a noun still is one: "the Iraq war").
            if (a.actor().kind() == Actor.Kind.STATE && !identity && ABBREVIATION.matcher(a.text()).matches() && qualifiesNoun(d, a)) {
                out.remove(new Mention(id, a.start(), a.end(), "Location"));
                out.add(new Mention(id, a.start(), a.end(), "Organisation"));
            }
            // A pronoun resolved to a state is the state acting ("we" in a minister's statement): an organisation.
            boolean statePronoun = a.actor().kind() == Actor.Kind.STATE && PRONOUNS.contains(text);
            // A group named by an adjective ("the rebel offensive") qualifies a noun; re3d marks noun phrases.
            boolean adjective = a.actor().isUnnamedGroup() && (text + "s").equals(a.actor().name());
            if (a.actor().kind() == null || a.actor().kind() == Actor.Kind.STATE && !statePronoun || identity || adjective) {
                continue;
            }
            // re3d nests mentions ("Minister Tobias Ellwood" holds "Tobias Ellwood"): names inside stay.
            out.removeIf(m -> m.start() == a.start() && m.end() == a.end());
            String type = a.actor().kind() == Actor.Kind.PERSON ? "Person" : "Organisation";
            out.add(new Mention(id, a.start(), a.end(), type));
            // re3d writes a description of a group from its article ("the Iraqi government") but a name without it.
            if (a.actor().kind() == Actor.Kind.GROUP && withArticle) {
                out.add(new Mention(id, a.start() - 4, a.end(), type));
            }
        }
        for (EntityMention i : d.layer(Layers.IDENTITIES)) {
            out.add(new Mention(id, i.start(), i.end(), "Nationality"));
        }
        return out;
    }

    private static boolean qualifiesNoun(Document d, ActorMention a) {
        Token next = d.layer(Layers.TOKENS).stream().filter(t -> t.start() >= a.end()).findFirst().orElse(null);
        return next != null && d.text().substring(a.end(), next.start()).equals(" ") && next.pos().startsWith("NN")
                && Character.isLowerCase(next.word().charAt(0)) && next.ner().equals("O");
    }

    private static boolean isIdentity(Document d, ActorMention a) {
        return d.layer(Layers.IDENTITIES).stream().anyMatch(i -> i.start() == a.start() && i.end() == a.end());
    }

    static String coreNlpType(String type) {
        return switch (type) {
            case "PERSON" -> "Person";
            case "ORGANIZATION" -> "Organisation";
            case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> "Location";
            case "NATIONALITY" -> "Nationality";
            default -> null;
        };
    }

    /**
     * The names-only view: the predictions that are names by the test that picks the gold names
     * (so a pronoun or a "the …" description found is neither right nor wrong here), less those
     * that exactly match a gold description or pronoun.
     */
    private static Set<Mention> namesOnly(Set<Mention> predicted, Corpus corpus) {
        Set<Mention> out = new HashSet<>();
        for (Mention m : predicted) {
            if (isName(corpus.texts().get(m.document()).substring(m.start(), m.end()))) {
                out.add(m);
            }
        }
        for (Mention g : corpus.gold()) {
            if (!corpus.names().contains(g)) {
                out.remove(g);
            }
        }
        return out;
    }

    /** Precision, recall, F1 of exact typed spans, for one type or (null) all. */
    private static double[] score(Set<Mention> gold, Set<Mention> predicted, String type) {
        long g = gold.stream().filter(m -> type == null || m.type().equals(type)).count();
        long p = predicted.stream().filter(m -> type == null || m.type().equals(type)).count();
        long tp = predicted.stream().filter(m -> (type == null || m.type().equals(type)) && gold.contains(m)).count();
        double precision = Metrics.ratio(tp, p);
        double recall = Metrics.ratio(tp, g);
        return new double[] {precision, recall, Metrics.f1(precision, recall)};
    }
}
