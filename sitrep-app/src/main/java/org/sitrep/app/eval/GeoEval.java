package org.sitrep.app.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Document;
import org.sitrep.model.Layers;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StandardPipeline;
import org.sitrep.resolve.GazetteerPlaceResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval geo FILE}: geocoding on GeoWebNews XML ({@code <toponym>} with start, end,
 * latitude, longitude) or the GeoVirus / LGL-style XML ({@code <location>} or {@code <toponym>} with
 * name, start, end, lat, lon). With {@code --given-names} the gold toponyms are geocoded; without, the
 * text is parsed end to end (recognition, then geocoding of the recognised toponyms that overlap a
 * gold one). Metrics as in Gritta et al. 2019: accuracy within 161 km, mean error, and the AUC of the
 * log-scaled error curve (lower is better); an unresolved toponym counts as the largest error.
 * Where the gold links toponyms to GeoNames (GeoWebNews), accuracy is also given on those alone:
 * streets and buildings without an entry are beyond any GeoNames-based geocoder.
 */
@Command(name = "geo", mixinStandardHelpOptions = true, description = "Score toponym recognition and geocoding on GeoWebNews / GeoVirus XML.")
public final class GeoEval implements Callable<Integer> {
    private static final double MAX_KM = 20039;
    private static final Pattern ARTICLE = Pattern.compile("<article\\b[^>]*>(.*?)</article>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<text>(.*?)</text>", Pattern.DOTALL);
    private static final Pattern TOPONYM = Pattern.compile("<(toponym|location)>(.*?)</\\1>", Pattern.DOTALL);

    @Parameters(paramLabel = "FILE", description = "GWN.xml, GeoVirus.xml or an LGL/TR-News style file.")
    Path file;

    @Option(names = "--given-names", description = "Geocode the gold toponyms instead of recognising them.")
    boolean givenNames;

    @Option(names = "--errors", description = "Print each toponym placed more than 161 km from its gold point, or not at all.")
    boolean printErrors;

    @Spec
    CommandSpec spec;

    /** A gold toponym: its span in the article text, the name there, and its coordinates. */
    public record Gold(int start, int end, String name, double lat, double lon, boolean hasGeonamesId) {}

    /** An article and its gold toponyms with coordinates. */
    public record Article(String text, List<Gold> toponyms) {}

    public static List<Article> read(Path file) throws IOException {
        String xml = Files.readString(file);
        List<Article> out = new ArrayList<>();
        Matcher a = ARTICLE.matcher(xml);
        while (a.find()) {
            Matcher t = TEXT.matcher(a.group(1));
            if (!t.find()) {
                continue;
            }
            String text = Metrics.unescapeXml(t.group(1));
            List<Gold> gold = new ArrayList<>();
            Matcher g = TOPONYM.matcher(a.group(1));
            while (g.find()) {
                String body = g.group(2);
                String lat = field(body, "latitude", "lat");
                String lon = field(body, "longitude", "lon");
                String start = field(body, "start");
                String end = field(body, "end");
                if (lat == null || lon == null || start == null || end == null) {
                    continue;
                }
                int s = Integer.parseInt(start);
                int e = Integer.parseInt(end);
                String name = field(body, "extractedName", "name");
                // Some corpora's offsets are off by a character or two (GeoVirus counts from 1): trust the name, near the offset.
                if (name != null) {
                    int near = text.indexOf(Metrics.unescapeXml(name), Math.max(0, s - 5));
                    if (near >= 0 && Math.abs(near - s) <= 5) {
                        s = near;
                        e = near + Metrics.unescapeXml(name).length();
                    }
                }
                if (s < 0 || e > text.length() || e <= s) {
                    continue;
                }
                gold.add(new Gold(s, e, text.substring(s, e), Double.parseDouble(lat), Double.parseDouble(lon), field(body, "geonamesID") != null));
            }
            out.add(new Article(text, gold));
        }
        return out;
    }

    private static String field(String body, String... names) {
        for (String name : names) {
            Matcher m = Pattern.compile("<" + name + ">\\s*([^<]+?)\\s*</" + name + ">").matcher(body);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Article> articles = read(file);
        List<Double> errors = new ArrayList<>();
        List<Double> geonamesErrors = new ArrayList<>();
        int goldCount = 0;
        int predictedCount = 0;
        int matchedGold = 0;
        int matchedPredicted = 0;
        GazetteerPlaceResolver resolver = givenNames ? StandardPipeline.placeResolver() : null;
        Pipeline geoparser = givenNames ? null : StandardPipeline.geoparser();
        for (Article article : articles) {
            goldCount += article.toponyms().size();
            if (givenNames) {
                List<Place> places = resolver.geocode(article.toponyms().stream().map(Gold::name).toList());
                for (int i = 0; i < places.size(); i++) {
                    score(out, places.get(i), article.toponyms().get(i), errors, geonamesErrors);
                }
                continue;
            }
            Document d = geoparser.apply(Document.builder("a", article.text(), article.text()).build());
            List<PlaceMention> found = d.layer(Layers.PLACES);
            predictedCount += found.size();
            for (PlaceMention p : found) {
                if (article.toponyms().stream().anyMatch(g -> g.start() < p.end() && p.start() < g.end())) {
                    matchedPredicted++;
                }
            }
            for (Gold g : article.toponyms()) {
                PlaceMention hit = found.stream().filter(p -> g.start() < p.end() && p.start() < g.end()).findFirst().orElse(null);
                if (hit != null) {
                    matchedGold++;
                    score(out, hit.place(), g, errors, geonamesErrors);
                }
            }
        }
        double f1 = givenNames ? 1.0 : Metrics.f1(Metrics.ratio(matchedPredicted, predictedCount), Metrics.ratio(matchedGold, goldCount));
        double mean = errors.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        String geonamesPart = geonamesErrors.isEmpty() ? ""
                : String.format(Locale.ROOT, ", \"geonames_toponyms\": %d, \"geonames_acc161\": %.4f", geonamesErrors.size(), acc161(geonamesErrors));
        out.printf(Locale.ROOT, "{\"toponyms\": %d, \"recognition_f1\": %.4f, \"acc161\": %.4f, \"auc\": %.4f, \"mean_km\": %.1f%s}%n",
                goldCount, f1, acc161(errors), auc(errors), mean, geonamesPart);
        out.flush();
        return 0;
    }

    /** Records one geocoded toponym's error, also among those the gold links to a GeoNames entry, and prints it if asked. */
    private void score(PrintWriter out, Place place, Gold gold, List<Double> errors, List<Double> geonamesErrors) {
        double km = error(place, gold);
        errors.add(km);
        if (gold.hasGeonamesId()) {
            geonamesErrors.add(km);
        }
        if (printErrors && km > 161) {
            out.printf(Locale.ROOT, "%-28s gold %.2f,%.2f%s  got %s%n", gold.name(), gold.lat(), gold.lon(), gold.hasGeonamesId() ? " (GeoNames)" : "", place == null ? "nothing"
                    : String.format(Locale.ROOT, "%s (%s %s %d) %.0f km", place.name(), place.countryCode(), place.featureCode(), place.population(), km));
        }
    }

    private static double acc161(List<Double> errors) {
        return errors.stream().filter(e -> e <= 161).count() / (double) Math.max(1, errors.size());
    }

    private static double error(Place place, Gold gold) {
        return place == null ? MAX_KM : Place.km(place.lat(), place.lon(), gold.lat(), gold.lon());
    }

    /** Area under the curve of sorted, log-scaled errors, normalised to [0, 1]. */
    static double auc(List<Double> errors) {
        if (errors.isEmpty()) {
            return 0;
        }
        double[] scaled = errors.stream().mapToDouble(e -> Math.log(e + 1) / Math.log(MAX_KM)).sorted().toArray();
        if (scaled.length == 1) {
            return scaled[0];
        }
        double area = 0;
        for (int i = 1; i < scaled.length; i++) {
            area += (scaled[i] + scaled[i - 1]) / 2;
        }
        return area / (scaled.length - 1);
    }
}
