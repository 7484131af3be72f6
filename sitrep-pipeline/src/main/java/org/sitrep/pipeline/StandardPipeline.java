package org.sitrep.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
import org.sitrep.resolve.PronounResolver;
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
    public static final int RECIPE = 6;

    /** Recognition and geocoding of place names alone: annotate, then resolve places. */
    public static Pipeline geoparser() {
        return Pipeline.of(List.of(new CoreNlpAnnotator(), placeResolver()));
    }

    /** The gazetteer-backed place resolver, for geocoding names found elsewhere. */
    public static GazetteerPlaceResolver placeResolver() {
        return new GazetteerPlaceResolver(Gazetteer.load(Countries.load()));
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
                new ActorResolver(actors, countries),
                new PronounResolver(countries),
                new GazetteerPlaceResolver(Gazetteer.load(countries)),
                new ArticleDater(actors, readOn),
                new AttributionFinder(),
                new QuantityFinder(),
                new EventExtractor()));
    }
}
