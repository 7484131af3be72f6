package org.sitrep.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.sitrep.model.AnalysisRecipe;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.extract.AttributionFinder;
import org.sitrep.extract.EventExtractor;
import org.sitrep.extract.QuantityFinder;
import org.sitrep.resolve.ActorResolver;
import org.sitrep.resolve.ActorTable;
import org.sitrep.resolve.ArticleDater;
import org.sitrep.resolve.Countries;
import org.sitrep.resolve.Gazetteer;
import org.sitrep.resolve.GazetteerPlaceResolver;
import org.sitrep.resolve.IdentityFinder;
import org.sitrep.resolve.PlaceDescriptionResolver;
import org.sitrep.resolve.PronounResolver;
import org.sitrep.resolve.StateOrganResolver;
import org.sitrep.resolve.TimexRefiner;

/** The per-article chain from cleaned text to events: annotate, resolve, date, extract. */
public final class StandardPipeline {
    private StandardPipeline() {}

    /** Tagging and normalisation of time expressions alone (the article's date taken from metadata). */
    public static Pipeline timeTagger() {
        return Pipeline.of(List.of(new CoreNlpAnnotator(), new TimexRefiner()));
    }

    /**
     * The analysis recipe: raise it whenever a stage's output for the same input changes, so that
     * articles stored by an older Sitrep are analysed again when their inputs are read again.
     */
    public static final int RECIPE = 40;

    /**
     * The recipe of an analysis with these actor tables: {@link #RECIPE} and a fingerprint of the
     * tables' contents (SHA-256 over them in order; "" for none), as editing a table changes what
     * the resolver finds.
     */
    public static AnalysisRecipe recipe(List<Path> actorTables) {
        if (actorTables.isEmpty()) {
            return new AnalysisRecipe(RECIPE, "");
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path table : actorTables) {
                sha.update(Files.readAllBytes(table));
                sha.update((byte) 0);
            }
            return new AnalysisRecipe(RECIPE, HexFormat.of().formatHex(sha.digest()).substring(0, 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the actor table " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Recognition and geocoding of place names alone: annotate, then resolve places. */
    public static Pipeline geoparser() {
        return Pipeline.of(List.of(new CoreNlpAnnotator(), placeResolver()));
    }

    /** The gazetteer-backed place resolver, for geocoding names found elsewhere. */
    public static GazetteerPlaceResolver placeResolver() {
        return new GazetteerPlaceResolver(Gazetteer.load(Countries.load()), ActorTable.load(List.of()));
    }

    /**
     * @param actorTables users' actor tables, read before the bundled one
     * @param readOn      the day the articles are read (the latest any can be published)
     */
    public static Pipeline build(List<Path> actorTables, LocalDate readOn) {
        Countries countries = Countries.load();
        ActorTable actors = ActorTable.load(actorTables);
        return Pipeline.of(List.of(
                new CoreNlpAnnotator(),
                new TimexRefiner(),
                new IdentityFinder(countries),
                new ActorResolver(actors, countries),
                new PronounResolver(countries),
                new GazetteerPlaceResolver(Gazetteer.load(countries), actors),
                new PlaceDescriptionResolver(),
                new StateOrganResolver(countries, actors),
                new ArticleDater(actors, readOn),
                new AttributionFinder(),
                new QuantityFinder(),
                new EventExtractor()));
    }
}
