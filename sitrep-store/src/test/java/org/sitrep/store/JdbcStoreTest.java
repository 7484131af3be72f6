package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.ArticleDate;
import org.sitrep.model.Claim;
import org.sitrep.model.DateWindow;
import org.sitrep.model.AnalysisRecipe;
import org.sitrep.model.Document;
import org.sitrep.model.Evidence;
import org.sitrep.model.EventMention;
import org.sitrep.model.Layers;
import org.sitrep.model.LinkProfile;
import org.sitrep.model.LinkedEvent;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Stance;
import org.sitrep.model.Story;

/** The same contract on embedded SQLite and on a real PostgreSQL server (binaries from Maven Central). */
class JdbcStoreTest {
    private static final AnalysisRecipe FIRST = new AnalysisRecipe(1, "");
    private static final AnalysisRecipe SECOND = new AnalysisRecipe(2, "");

    private static EmbeddedPostgres postgres;
    private static int postgresDatabases;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    static Stream<Arguments> stores() {
        Supplier<Store> sqlite = () -> {
            try {
                return JdbcStore.open(Files.createTempDirectory("sitrep-store").resolve("test.db").toString());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        };
        Supplier<Store> pg = () -> {
            String db = "sitrep" + (postgresDatabases++);
            try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                s.execute("CREATE DATABASE " + db);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return JdbcStore.open(postgres.getJdbcUrl("postgres", db), "postgres", "postgres");
        };
        return Stream.of(Arguments.of("sqlite", sqlite), Arguments.of("postgresql", pg));
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Document analysed(String id, String text) {
        Actor coalition = new Actor("Popular Mobilization Forces", "IRQ", "PRM", null, Actor.Kind.GROUP);
        Actor militia = new Actor("Kataib Hezbollah", "IRQ", "PRM", null, Actor.Kind.GROUP, coalition);
        ActorMention actor = new ActorMention(0, 5, text.substring(0, 5), militia);
        Place place = new Place(174448L, "Albu Kamal", 34.45, 40.92, "SY", "PPLA2", 57572);
        Claim claim = new Claim("size", 250L, 250L, null, "at least 250", 0, 5, actor, Stance.ASSERTS);
        EventMention event = new EventMention(0, text.length(), "MOBILIZE", "militia", EventMention.Status.ASSERTED, false, "crossed",
                6, 13, List.of(actor), List.of(), new PlaceMention(0, 5, "Albu", place), null, null, List.of(claim),
                List.of(new Evidence(text, 0, text.length(), "crossed")));
        return Document.builder(id, "HEADLINE\n" + text, text)
                .source(id + ".txt")
                .contentHash(sha256(text))
                .offsets(new OffsetMap(List.of(new OffsetMap.Piece(0, 9))))
                .build()
                .with(Layers.SENTENCES, List.of(new Sentence(0, text.length(), 0, 0)))
                .with(Layers.EVENTS, List.of(event))
                .withPublished(new ArticleDate(new DateWindow(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 20)), "text",
                        List.of(new Evidence("twelve years of war", 0, 5, "conflict age"))));
    }

    static LinkProfile profile(Document d) {
        return new LinkProfile(d.id(), d.contentHash(), d.published().window(), new long[] {-7L, 3L, 1L << 40},
                new float[] {1, 5, 8}, new int[] {4, Integer.MAX_VALUE}, new float[] {0.6f, -0.8f}, 3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void storesEachArticlesLinkProfileUnderItsStoredId(String name, Supplier<Store> open) {
        try (Store store = open.get()) {
            Document first = analysed("a1", "Fighters crossed the border.");
            Document clash = analysed("a1", "Jets struck a depot overnight.");
            store.put(first, profile(first), FIRST);
            String id = store.put(clash, profile(clash), FIRST);
            assertEquals(profile(first), store.profiles().get("a1"));
            assertEquals(profile(clash).withId(id), store.profiles().get(id));
            LinkProfile replaced = new LinkProfile("a1", "x", first.published().window(), new long[0], new float[0],
                    new int[0], new float[0], 4);
            store.putProfile(replaced);
            assertEquals(replaced, store.profiles().get("a1"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void roundTripsAnalysedDocuments(String name, Supplier<Store> open) {
        try (Store store = open.get()) {
            Document d = analysed("a1", "Fighters crossed the border.");
            assertEquals("a1", store.put(d, profile(d), FIRST));
            Document back = store.documents().get(0);
            assertEquals(d.text(), back.text());
            assertEquals(d.original(), back.original());
            assertEquals(9, back.originalStart(back.layer(Layers.SENTENCES).get(0)));
            assertEquals(d.published(), back.published());
            assertEquals(d.layer(Layers.EVENTS), back.layer(Layers.EVENTS));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void knowsContentAlreadyStoredAndRenamesClashingIds(String name, Supplier<Store> open) {
        try (Store store = open.get()) {
            Document first = analysed("a1", "Fighters crossed the border.");
            store.put(first, profile(first), FIRST);
            assertTrue(store.hasContent(first.contentHash()));
            Document other = analysed("a1", "Jets struck a depot overnight.");
            assertFalse(store.hasContent(other.contentHash()));
            String id = store.put(other, profile(other), FIRST);
            assertTrue(id.startsWith("a1-"), id);
            assertEquals(2, store.documents().size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aNewerAnalysisOfStoredContentReplacesTheOldUnderItsId(String name, Supplier<Store> open) {
        try (Store store = open.get()) {
            Document old = analysed("a1", "Fighters crossed the border.");
            store.put(old, profile(old), FIRST);
            store.put(analysed("b1", "Jets struck a depot overnight."), profile(old), SECOND);
            assertEquals(1, store.outdatedBy(SECOND));
            Document renewed = old.withId("renamed-in-the-new-run").with(Layers.EVENTS, List.of());
            assertEquals("a1", store.put(renewed, profile(renewed), SECOND), "kept under the id it was stored with");
            assertEquals(2, store.documents().size());
            assertEquals(SECOND, store.analysisRecipe(old.contentHash()).orElseThrow());
            assertEquals(0, store.outdatedBy(SECOND));
            assertEquals(2, store.outdatedBy(new AnalysisRecipe(2, "my-actors")), "other actor tables outdate both");
            assertTrue(store.documents().stream().filter(d -> d.id().equals("a1")).findFirst().orElseThrow().layer(Layers.EVENTS).isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void replacesLinksAtomically(String name, Supplier<Store> open) {
        try (Store store = open.get()) {
            Document d = analysed("a1", "Fighters crossed the border.");
            store.put(d, profile(d), FIRST);
            EventMention m = d.layer(Layers.EVENTS).get(0);
            LinkedEvent event = new LinkedEvent("ev-1", "MOBILIZE", "militia", "asserted", false, m.actors(), List.of(),
                    m.place().place(), "Albu", new DateWindow(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 2)),
                    List.of(new LinkedEvent.Sourced<>("a1", m.claims().get(0))),
                    List.of(new LinkedEvent.Sourced<>("a1", m.mentions().get(0))), "st-1");
            Story story = new Story("st-1", "Crossing", List.of("a1"), List.of("ev-1"), event.date(), List.of("st-0"));
            store.replaceLinks(List.of(event), List.of(story));
            store.replaceLinks(List.of(event), List.of(story));
            assertEquals(List.of(event), store.events());
            assertEquals(List.of(story), store.stories());
            LinkedEvent clash = new LinkedEvent("ev-2", "MOBILIZE", null, "asserted", false, List.of(), List.of(), null, null,
                    event.date(), List.of(), List.of(), "st-1");
            assertThrows(JdbcStore.StoreException.class,
                    () -> store.replaceLinks(List.of(clash, clash), List.of(story)), "duplicate ids fail the write");
            assertEquals(List.of(event), store.events(), "a failed replacement keeps the previous links");
        }
    }

    @Test
    void reopensAnExistingSqliteStoreWithoutLosingData() throws Exception {
        Path file = Files.createTempDirectory("sitrep-reopen").resolve("s.db");
        try (Store store = JdbcStore.open(file.toString())) {
            Document d = analysed("a1", "Fighters crossed the border.");
            store.put(d, profile(d), FIRST);
        }
        try (Store store = JdbcStore.open(file.toString())) {
            assertEquals(1, store.documents().size());
            assertEquals(1, store.profiles().size());
        }
    }
}
