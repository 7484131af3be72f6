package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.link.Profiles;
import org.sitrep.model.AnalysisRecipe;
import org.sitrep.model.Document;
import org.sitrep.model.Layers;
import org.sitrep.model.LinkProfile;
import org.sitrep.pipeline.StandardPipeline;
import org.sitrep.store.JdbcStore;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: bad inputs are named and skipped, re-runs store nothing twice, PostgreSQL works too. */
class AnalyzeCommandTest {
    private static final String ARTICLE = """
            Militia reinforcements reach Deir ez-Zor

            About 120 fighters from Iraqi militias crossed into Syria on Tuesday near Albu Kamal, according to the Syrian Observatory for Human Rights.
            The Popular Mobilization Forces denied sending fighters across the border.
            Share this article
            """;

    @TempDir
    Path dir;

    private Path inputs() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("report-1.txt"), ARTICLE);
        Files.write(in.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x10, 0x4A, 0x46});
        Files.writeString(in.resolve("blank.txt"), "\n\n");
        return in;
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(json.readTree(line));
        }
        return out;
    }

    private static final List<String> DEMO = List.of("d01-convoy-wire.txt", "d02-convoy-monitor.txt", "d03-convoy-denial.html",
            "d04-lookalike-2019.txt", "d05-idlib-strikes.jsonl");

    private Path demoArticles(String folder, List<String> names) throws IOException {
        Path in = Files.createDirectories(dir.resolve(folder));
        for (String name : names) {
            try (var stream = getClass().getResourceAsStream("/org/sitrep/app/demo/" + name)) {
                Files.copy(stream, in.resolve(name));
            }
        }
        return in;
    }

    @Test
    void articlesAddedLaterLinkAsIfAnalysedTogether() throws IOException {
        Path together = dir.resolve("together");
        CliRunner.run("analyze", demoArticles("all", DEMO).toString(), "--out", together.toString(), "--read-on", "2026-11-22");
        Path later = dir.resolve("later");
        CliRunner.run("analyze", demoArticles("first", List.of(DEMO.get(3), DEMO.get(1))).toString(), "--out", later.toString(),
                "--read-on", "2026-11-22");
        CliRunner.Result second = CliRunner.run("analyze", demoArticles("second", List.of(DEMO.get(0), DEMO.get(2), DEMO.get(4))).toString(),
                "--out", later.toString(), "--read-on", "2026-11-22");
        assertTrue(second.err().contains("4 new articles analysed"), second.err());
        for (String file : List.of("stories.jsonl", "events.jsonl")) {
            assertEquals(Files.readAllLines(together.resolve(file)), Files.readAllLines(later.resolve(file)), file);
        }
    }

    @Test
    void profilesOfAnOlderRecipeAreMadeAgainAndLinkAsNewOnes() throws IOException {
        Path out = dir.resolve("recipe");
        Path in = demoArticles("recipe-in", DEMO);
        CliRunner.run("analyze", in.toString(), "--out", out.toString(), "--read-on", "2026-11-22");
        List<String> stories = Files.readAllLines(out.resolve("stories.jsonl"));
        try (JdbcStore store = JdbcStore.open(out.resolve("sitrep.db").toString())) {
            // An older Sitrep's profile: another recipe, and features that would link nothing.
            LinkProfile current = store.profiles().get("d02-convoy-monitor");
            store.putProfile(new LinkProfile(current.id(), current.contentHash(), current.window(), new long[0], new float[0],
                    current.minHash(), current.lede(), Profiles.RECIPE - 1));
        }
        CliRunner.run("analyze", in.toString(), "--out", out.toString(), "--read-on", "2026-11-22");
        assertEquals(stories, Files.readAllLines(out.resolve("stories.jsonl")));
        try (JdbcStore store = JdbcStore.open(out.resolve("sitrep.db").toString())) {
            assertEquals(Profiles.RECIPE, store.profiles().get("d02-convoy-monitor").recipe());
        }
    }

    @Test
    void articlesAnalysedByAnOlderSitrepAreAnalysedAgainWhenTheirInputsAreRead() throws IOException {
        Path out = dir.resolve("older");
        Path in = demoArticles("older-in", DEMO);
        CliRunner.run("analyze", in.toString(), "--out", out.toString(), "--read-on", "2026-11-22");
        List<String> events = Files.readAllLines(out.resolve("events.jsonl"));
        Document stale;
        int stored;
        try (JdbcStore store = JdbcStore.open(out.resolve("sitrep.db").toString())) {
            stored = store.documents().size();
            // An older Sitrep's analysis of one article: another recipe, and no events found in it.
            Document current = store.documents().stream().filter(d -> d.id().equals("d02-convoy-monitor")).findFirst().orElseThrow();
            stale = current.with(Layers.EVENTS, List.of());
            store.put(stale, Profiles.of(stale), new AnalysisRecipe(StandardPipeline.RECIPE - 1, ""));
        }
        Path fewer = demoArticles("older-in-part", DEMO.stream().filter(f -> !f.startsWith("d02")).toList());
        CliRunner.Result partial = CliRunner.run("analyze", fewer.toString(), "--out", out.toString(), "--read-on", "2026-11-22");
        assertTrue(partial.err().contains("1 stored articles keep an analysis by an older Sitrep"), partial.err());

        CliRunner.Result again = CliRunner.run("analyze", in.toString(), "--out", out.toString(), "--read-on", "2026-11-22");
        assertTrue(again.err().contains("1 stored articles analysed by an older Sitrep or with other actor tables were analysed again"), again.err());
        assertFalse(again.err().contains("keep an analysis"), again.err());
        assertEquals(events, Files.readAllLines(out.resolve("events.jsonl")), "the new analysis replaced the old, under the same id");
        try (JdbcStore store = JdbcStore.open(out.resolve("sitrep.db").toString())) {
            assertEquals(StandardPipeline.recipe(List.of()), store.analysisRecipe(stale.contentHash()).orElseThrow());
            assertEquals(stored, store.documents().size(), "nothing stored twice");
        }
    }

    @Test
    void storedArticlesAreAnalysedAgainWithAnEditedActorTable() throws IOException {
        Path out = dir.resolve("edited-actors");
        Path in = demoArticles("edited-actors-in", DEMO);
        Path table = dir.resolve("my-actors.tsv");
        Files.writeString(table, "Example Unrelated Front\tSYR\tREB\t\tExample Unrelated Front\t\t\t\tgroup\n");
        CliRunner.run("analyze", in.toString(), "--out", out.toString(), "--read-on", "2026-11-22", "--actors", table.toString());
        assertFalse(Files.readString(out.resolve("events.jsonl")).contains("\"TST\""));

        Files.writeString(table, "Popular Mobilization Forces\tTST\tPRM\t\tPopular Mobilization Forces;PMF\t2014-06-13\t\t\tgroup\n");
        CliRunner.Result again = CliRunner.run("analyze", in.toString(), "--out", out.toString(), "--read-on", "2026-11-22",
                "--actors", table.toString());
        assertTrue(again.err().contains("stored articles analysed by an older Sitrep or with other actor tables were analysed again"), again.err());
        assertTrue(Files.readString(out.resolve("events.jsonl")).contains("\"code\":\"TST\""), "the edited table's code is used");
    }

    @Test
    void skipsBadInputsByNameAndStoresNothingTwice() throws IOException {
        Path in = inputs();
        Path out = dir.resolve("out");
        CliRunner.Result first = CliRunner.run("analyze", in.toString(), "--out", out.toString(), "--read-on", "2026-11-22");
        assertEquals(SitrepCommand.SKIPPED_INPUTS, first.exitCode(), first.err());
        assertTrue(first.err().contains("photo.jpg: binary"), first.err());
        assertTrue(first.err().contains("blank.txt: empty"), first.err());
        List<JsonNode> articles = lines(out.resolve("articles.jsonl"));
        assertEquals(1, articles.size());
        JsonNode article = articles.get(0);
        assertEquals("report-1", article.get("id").asText());
        assertEquals("Militia reinforcements reach Deir ez-Zor", article.get("title").asText());
        assertTrue(article.get("removed").toString().contains("share prompt"));
        for (String field : List.of("earliest", "latest", "basis", "evidence")) {
            assertTrue(article.get("published").has(field), field);
        }
        List<JsonNode> events = lines(out.resolve("events.jsonl"));
        JsonNode crossing = events.stream().filter(e -> e.get("event").asText().equals("MOBILIZE")).findFirst().orElseThrow();
        for (String field : List.of("id", "mode", "actor", "recipient", "event_loc", "claims", "mentions", "story")) {
            assertTrue(crossing.has(field), field);
        }
        assertTrue(crossing.has("date") || crossing.has("date_range"));
        JsonNode mention = crossing.get("mentions").get(0);
        String original = Files.readString(in.resolve("report-1.txt"));
        assertEquals(mention.get("text").asText(), original.substring(mention.get("start").asInt(), mention.get("end").asInt()),
                "mention offsets point into the original file");
        assertTrue(crossing.get("claims").toString().contains("\"denies\""));
        assertTrue(Files.readString(out.resolve("report.md")).contains("Syrian Observatory for Human Rights"));
        assertTrue(Files.readString(out.resolve("report.html")).startsWith("<!doctype html>"));

        CliRunner.Result second = CliRunner.run("analyze", in.toString(), "--out", out.toString(), "--read-on", "2026-11-22");
        assertTrue(second.err().contains("0 new articles analysed, 1 already stored"), second.err());
        assertEquals(1, lines(out.resolve("articles.jsonl")).size());
        assertEquals(events.size(), lines(out.resolve("events.jsonl")).size());
    }

    @Test
    void runsOnPostgresqlThroughAJdbcUrl() throws Exception {
        Path in = dir.resolve("pg-in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("report-1.txt"), ARTICLE);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres") + "&user=postgres&password=postgres";
            Path out = dir.resolve("pg-out");
            CliRunner.Result run = CliRunner.run("analyze", in.toString(), "--out", out.toString(), "--db", url, "--read-on", "2026-11-22");
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(1, lines(out.resolve("articles.jsonl")).size());
            assertTrue(!Files.exists(out.resolve("sitrep.db")), "no SQLite file when a JDBC URL is given");
            CliRunner.Result again = CliRunner.run("analyze", in.toString(), "--out", out.toString(), "--db", url, "--read-on", "2026-11-22");
            assertTrue(again.err().contains("1 already stored"), again.err());
        }
    }

    @Test
    void aMissingInputIsAUsageProblemNamedOnStandardError() {
        CliRunner.Result run = CliRunner.run("analyze", dir.resolve("nothing-here").toString(), "--out", dir.resolve("o").toString());
        assertEquals(SitrepCommand.SKIPPED_INPUTS, run.exitCode());
        assertTrue(run.err().contains("nothing-here"), run.err());
        assertEquals(2, CliRunner.run("analyze").exitCode(), "missing arguments are a usage error");
    }
}
