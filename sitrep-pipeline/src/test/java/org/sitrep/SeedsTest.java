package org.sitrep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Random;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.IngestResult;
import org.sitrep.link.Linker;
import org.sitrep.model.Claim;
import org.sitrep.model.Corpus;
import org.sitrep.model.DateWindow;
import org.sitrep.model.Layers;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Document;
import org.sitrep.model.LinkedEvent;
import org.sitrep.model.Stance;
import org.sitrep.model.Story;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StandardPipeline;

/**
 * The foundation issue's acceptance checks on the five seed reports in ../shared/corpus/seeds:
 * three episodes (2015, 2016, 2024) in near-identical words, undated, wrapped in page furniture.
 */
class SeedsTest {
    /** When each seed was published, as far as the reports' own facts pin it down (a range when unsure). */
    private static final Map<String, DateWindow> PUBLISHED = Map.of(
            "000", window("2016-12-05", "2016-12-14"),
            "001", window("2024-12-02", "2024-12-03"),
            "002", window("2016-09-28", "2016-10-10"),
            "003", window("2024-12-02", "2024-12-03"),
            "004", window("2015-10-14", "2015-10-16"));

    /** A few words that each furniture line of the seeds contains (so no seed text is copied here). */
    private static final Map<String, List<String>> FURNITURE = Map.of(
            "000", List.of("Only subscribers are eligible", "Use the form below", "filed under"),
            "001", List.of("Read More:"),
            "002", List.of("Source: MENA", "GMT ", "Maintained and developed", "All rights reserved", "Send your comments",
                    "Your comment as a visitor"),
            "004", List.of("Photo by:", "Syrian soldiers celebrate after", "TRTWorld and agencies"));

    private static Corpus corpus;
    private static List<Document> analysed;
    private static Map<String, Document> byPrefix;

    private static DateWindow window(String from, String to) {
        return new DateWindow(LocalDate.parse(from), LocalDate.parse(to));
    }

    static Path seeds() {
        Path shared = Path.of(System.getProperty("sitrep.shared", "../shared"));
        Path seeds = shared.resolve("corpus/seeds");
        assertTrue(Files.isDirectory(seeds), "the seeds must be at " + seeds.toAbsolutePath() + " (../shared beside the project)");
        return seeds;
    }

    @BeforeAll
    static void analyseSeeds() {
        IngestResult read = new ArticleReader().read(List.of(seeds()));
        assertEquals(List.of(), read.diagnostics());
        Pipeline pipeline = StandardPipeline.build(List.of(), LocalDate.of(2026, 11, 22));
        ArticleCleaner cleaner = new ArticleCleaner();
        analysed = new ArrayList<>();
        read.articles().forEach(a -> analysed.add(pipeline.apply(cleaner.clean(a))));
        corpus = new Linker().link(analysed);
        byPrefix = corpus.documents().stream().collect(Collectors.toMap(d -> d.id().substring(0, 3), d -> d));
        assertEquals(Set.of("000", "001", "002", "003", "004"), byPrefix.keySet());
    }

    private static Story storyOf(String prefix) {
        Story story = corpus.storyOf(byPrefix.get(prefix).id());
        assertNotNull(story, prefix + " has a story");
        return story;
    }

    @Test
    void shufflingTheInputGivesTheSameEventsAndStories() {
        Random random = new Random(2024);
        for (int round = 0; round < 4; round++) {
            List<Document> shuffled = new ArrayList<>(analysed);
            Collections.shuffle(shuffled, random);
            Corpus again = new Linker().link(shuffled);
            assertEquals(corpus.stories(), again.stories());
            assertEquals(corpus.events(), again.events());
        }
    }

    @Test
    void theTwoReportsOf2024ShareAStoryOfTheirOwn() {
        Story story = storyOf("001");
        assertEquals(story, storyOf("003"));
        assertEquals(2, story.articles().size(), "no other seed in the 2024 story: " + story.articles());
        for (String other : List.of("000", "002", "004")) {
            assertFalse(story.articles().contains(byPrefix.get(other).id()), other + " is outside the 2024 story");
        }
        assertFalse(storyOf("004").articles().contains(byPrefix.get("000").id()), "2015 and 2016 apart");
        assertFalse(storyOf("004").articles().contains(byPrefix.get("002").id()), "2015 and 2016 apart");
    }

    @Test
    void theFoundationPlacesGetTheirGazetteerEntries() {
        Map<String, Place> places = new HashMap<>();
        for (Document d : analysed) {
            for (PlaceMention p : d.layer(Layers.PLACES)) {
                places.putIfAbsent(p.text(), p.place());
            }
        }
        // GeoNames ids from cities500; the air base and the Golan come from the curated supplement, which has no id for them.
        Map<String, Long> geonames = Map.of("Aleppo", 170063L, "Idlib", 169389L, "Hama", 170017L, "Latakia", 173576L,
                "Damascus", 170654L, "Bou Kamal", 174448L);
        geonames.forEach((name, id) -> {
            assertNotNull(places.get(name), name + " is geocoded: " + places.keySet());
            assertEquals(id, places.get(name).geonameid(), name);
        });
        assertEquals("Khmeimim Air Base", places.get("Hmaymim Airport").name());
        assertEquals("Golan Heights", places.get("Golan Heights").name());
        assertFalse(places.containsKey("Assad’s"), "a person's possessive is not a town in Morocco");
    }

    @Test
    void everyDateWindowContainsTheTruePublicationDate() {
        PUBLISHED.forEach((prefix, truth) -> {
            DateWindow window = byPrefix.get(prefix).published().window();
            assertTrue(window.contains(truth.earliest()) && window.contains(truth.latest()),
                    prefix + " dated " + window + " but was published " + truth);
        });
    }

    @Test
    void theWindowsAreNarrowedByTheEventsTheTextsName() {
        List<Long> widths = PUBLISHED.keySet().stream().map(p -> byPrefix.get(p).published().window())
                .map(w -> w.latest().toEpochDay() - w.earliest().toEpochDay() + 1).sorted().toList();
        // The bound (today 8, 36, 43, 76, 367 days: median 43).
        assertTrue(widths.get(widths.size() / 2) <= 60, widths.toString());
    }

    @Test
    void furnitureIsGoneAndEveryBodyParagraphStays() throws IOException {
        for (Document d : corpus.documents()) {
            String prefix = d.id().substring(0, 3);
            List<String> furniture = FURNITURE.getOrDefault(prefix, List.of());
            List<String> lines = Files.readAllLines(seeds().resolve(d.id() + ".txt"), StandardCharsets.UTF_8);
            boolean first = true;
            for (String line : lines) {
                // Cleaning turns no-break spaces into plain ones (offsets still map one to one).
                String l = line.strip().replace('\u00A0', ' ');
                if (l.isEmpty()) {
                    continue;
                }
                boolean isFurniture = furniture.stream().anyMatch(l::contains);
                if (isFurniture) {
                    assertFalse(d.text().contains(l), prefix + " keeps furniture: " + l);
                } else if (first && l.equals(d.title())) {
                    assertFalse(d.text().contains(l), "the headline is the title, not body");
                } else {
                    assertTrue(d.text().contains(l), prefix + " lost a body paragraph: " + l);
                }
                first = false;
            }
        }
    }

    @Test
    void theCrossingOf2024IsOneEventWithEveryClaim() {
        String a001 = byPrefix.get("001").id();
        String a003 = byPrefix.get("003").id();
        List<LinkedEvent> crossing = corpus.events().stream()
                .filter(e -> e.type().equals("MOBILIZE"))
                .filter(e -> e.mentions().stream().anyMatch(m -> m.article().equals(a001)))
                .filter(e -> e.mentions().stream().anyMatch(m -> m.article().equals(a003)))
                .toList();
        assertEquals(1, crossing.size(), "one MOBILIZE event reported by both 001 and 003");
        LinkedEvent e = crossing.get(0);
        assertTrue(e.actors().stream().anyMatch(a -> "IRQ".equals(a.actor().code())), "Iraqi actors: " + e.actors());
        assertTrue(hasClaim(e, a001, 300L, null), "300 from 001");
        assertTrue(hasClaim(e, a003, 200L, "Syrian Observatory for Human Rights"), "about 200 from 003, per SOHR");
        Set<String> deniers = e.claims().stream().filter(c -> c.article().equals(a001))
                .map(LinkedEvent.Sourced::value).filter(c -> c.stance() == Stance.DENIES && c.kind().equals("denial"))
                .map(c -> c.source().actor().name()).collect(Collectors.toSet());
        assertTrue(deniers.contains("Popular Mobilization Forces") || deniers.contains("Kataib Hezbollah"), "denied by " + deniers);
        assertTrue(e.date().contains(LocalDate.of(2024, 12, 2)), "the crossing was on Monday 2 December 2024: " + e.date());
    }

    /** Claims of the events of one article, as "kind value words (source, stance)" strings. */
    private static List<String> claimsOf(String prefix, String type) {
        String article = byPrefix.get(prefix).id();
        List<String> out = new ArrayList<>();
        for (LinkedEvent e : corpus.events()) {
            if (!e.type().equals(type)) {
                continue;
            }
            for (LinkedEvent.Sourced<Claim> c : e.claims()) {
                if (c.article().equals(article)) {
                    Claim claim = c.value();
                    out.add(claim.kind() + " " + claim.value() + " [" + claim.low() + "," + claim.high() + "] " + claim.words()
                            + " (" + (claim.source() == null ? "-" : claim.source().actor().name() + "/" + claim.source().actor().code())
                            + ", " + claim.stance().label() + ")");
                }
            }
        }
        return out;
    }

    private static boolean any(List<String> claims, String... parts) {
        return claims.stream().anyMatch(c -> List.of(parts).stream().allMatch(c::contains));
    }

    @Test
    void theMilitiaReinforcementOf2016HasItsFigures() {
        List<String> claims = claimsOf("002", "MOBILIZE");
        assertTrue(any(claims, "size 1000", "Harakat al-Nujaba"), "1,000 fighters per Nujaba: " + claims);
        assertTrue(any(claims, "size 1000 [1000,null]"), "more than 1,000 since September: " + claims);
        assertTrue(any(claims, "size 4000 [null,4000]"), "as many as 4,000 already there: " + claims);
    }

    @Test
    void theIranianBuildUpOf2015HasItsSourcesAndItsDenial() {
        List<String> claims = claimsOf("004", "MOBILIZE");
        assertTrue(any(claims, "size null [200,999]", "hundreds", "/USA", "asserts"), "hundreds per a US official: " + claims);
        assertTrue(any(claims, "size null [2000,9999]", "regional officials"), "thousands per two regional officials: " + claims);
        assertTrue(any(claims, "denial", "Omran al-Zoubi", "denies"), "denied by the information minister: " + claims);
    }

    @Test
    void humanitarianAndCasualtyFiguresAreFound() {
        assertTrue(any(claimsOf("001", "ASSAULT"), "dead 5", "White Helmets"), "five children killed in the air strikes on camps");
        List<String> toll = claimsOf("004", "ASSAULT");
        assertTrue(any(toll, "dead 250000 [250000,null]", "United Nations"), "over 250,000 dead per the UN: " + toll);
        assertTrue(any(toll, "displaced 6700000"), "6.7 million displaced: " + toll);
    }

    private static boolean hasClaim(LinkedEvent e, String article, Long value, String source) {
        for (LinkedEvent.Sourced<Claim> c : e.claims()) {
            Claim claim = c.value();
            if (c.article().equals(article) && value.equals(claim.value()) && claim.kind().equals("size")
                    && (source == null || claim.source() != null && source.equals(claim.source().actor().name()))) {
                return true;
            }
        }
        return false;
    }
}
