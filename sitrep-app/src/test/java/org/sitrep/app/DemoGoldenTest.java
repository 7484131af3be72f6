package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo corpus end to end against a reviewed summary of its output (stories, dates, events,
 * claims). When behaviour changes on purpose, regenerate it with {@code -Dsitrep.golden.update=true}
 * and review the diff.
 */
class DemoGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/demo-summary.json");
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void demoOutputMatchesTheReviewedSummary() throws IOException {
        CliRunner.Result run = CliRunner.run("demo", "--out", dir.toString(), "--read-on", "2026-11-22");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("report.html"), "the demo says where the report is");
        String summary = json.writerWithDefaultPrettyPrinter().writeValueAsString(summary(dir)) + "\n";
        if (Boolean.getBoolean("sitrep.golden.update")) {
            Files.writeString(GOLDEN, summary);
        }
        assertEquals(Files.readString(GOLDEN), summary);
    }

    @Test
    void theDemoKeepsTheLookAlikeApartAndMergesTheConvoyReports() throws IOException {
        CliRunner.Result run = CliRunner.run("demo", "--out", dir.toString(), "--read-on", "2026-11-22");
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> stories = lines(dir.resolve("stories.jsonl"));
        JsonNode convoy = stories.stream().filter(s -> s.get("articles").toString().contains("d01-convoy-wire")).findFirst().orElseThrow();
        assertTrue(convoy.get("articles").toString().contains("d02-convoy-monitor"));
        assertTrue(convoy.get("articles").toString().contains("d03-convoy-denial"));
        assertTrue(!convoy.get("articles").toString().contains("d04-lookalike-2019"), "2019 look-alike kept apart");
        assertTrue(convoy.get("articles").toString().contains("d06-convoy-syndicated"), "the syndicated copy joins the story");
        JsonNode copy = lines(dir.resolve("articles.jsonl")).stream()
                .filter(a -> a.get("id").asText().equals("d06-convoy-syndicated")).findFirst().orElseThrow();
        assertEquals("d02-convoy-monitor", copy.get("copy_of").asText());
        long crossings = lines(dir.resolve("events.jsonl")).stream()
                .filter(e -> e.get("event").asText().equals("MOBILIZE") && e.get("story").equals(convoy.get("id"))).count();
        assertEquals(1, crossings, "the copy adds mentions to the crossing, not a second crossing");
    }

    private List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(json.readTree(line));
        }
        return out;
    }

    /** The parts of the output a reviewer checks: no offsets or hashes, which change with any edit of the texts. */
    private ObjectNode summary(Path out) throws IOException {
        ObjectNode root = json.createObjectNode();
        ArrayNode articles = root.putArray("articles");
        for (JsonNode a : lines(out.resolve("articles.jsonl"))) {
            ObjectNode x = articles.addObject();
            x.put("id", a.get("id").asText());
            x.put("title", a.get("title").asText());
            x.put("published", a.get("published").get("earliest").asText() + ".." + a.get("published").get("latest").asText()
                    + " (" + a.get("published").get("basis").asText() + ")");
            x.put("copy_of", a.get("copy_of").isNull() ? null : a.get("copy_of").asText());
            ArrayNode removed = x.putArray("removed");
            a.get("removed").forEach(r -> removed.add(r.get("reason").asText()));
        }
        ArrayNode stories = root.putArray("stories");
        for (JsonNode s : lines(out.resolve("stories.jsonl"))) {
            ObjectNode x = stories.addObject();
            x.put("title", s.get("title").asText());
            x.set("articles", s.get("articles"));
            x.set("follows", s.get("follows"));
            ArrayNode events = x.putArray("events");
            for (JsonNode e : lines(out.resolve("events.jsonl"))) {
                if (!e.get("story").equals(s.get("id"))) {
                    continue;
                }
                ObjectNode ev = events.addObject();
                ev.put("event", e.get("event").asText() + (e.get("mode").isNull() ? "" : "/" + e.get("mode").asText()));
                ev.put("status", e.get("status").asText());
                ev.put("toll", e.get("toll").asBoolean());
                ev.put("date", e.has("date") ? e.get("date").asText() : e.get("date_range").get(0).asText() + ".." + e.get("date_range").get(1).asText());
                ArrayNode actors = ev.putArray("actors");
                e.get("actor").forEach(a -> actors.add(a.get("name").asText() + " " + a.get("code").asText() + "/" + a.get("sector").asText()));
                ev.put("place", e.get("event_loc").isNull() ? null : e.get("event_loc").get("name").asText());
                ArrayNode claims = ev.putArray("claims");
                e.get("claims").forEach(c -> claims.add(c.get("article").asText() + ": " + c.get("kind").asText() + " "
                        + c.get("words").asText() + " (" + c.get("stance").asText()
                        + (c.get("source").isNull() ? "" : ", " + c.get("source").get("name").asText()) + ")"));
                ev.set("sources", e.get("sources"));
                ArrayNode mentions = ev.putArray("mentioned_in");
                e.get("mentions").forEach(m -> mentions.add(m.get("article").asText()));
            }
        }
        return root;
    }
}
