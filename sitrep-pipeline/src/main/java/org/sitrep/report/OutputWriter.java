package org.sitrep.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Corpus;
import org.sitrep.model.Document;

/**
 * Writes the output folder: the three JSONL files of the contract and the two reports. Each file
 * is written beside its final name and moved into place, so a reader never sees half a file.
 */
public final class OutputWriter {
    private final ObjectMapper json = new ObjectMapper();

    public void write(Corpus corpus, Path out) throws IOException {
        Files.createDirectories(out);
        Cards cards = new Cards(corpus);
        List<Document> documents = corpus.documents().stream().sorted(java.util.Comparator.comparing(Document::id)).toList();
        writeLines(out.resolve("articles.jsonl"), documents.stream().map(d -> cards.article(d, corpus.storyOf(d.id()))).toList());
        writeLines(out.resolve("events.jsonl"), corpus.events().stream().map(cards::event).toList());
        writeLines(out.resolve("stories.jsonl"), corpus.stories().stream().map(cards::story).toList());
        SituationReport report = new SituationReport(corpus);
        writeText(out.resolve("report.md"), report.markdown());
        writeText(out.resolve("report.html"), report.html());
    }

    private void writeLines(Path file, List<Map<String, Object>> lines) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (BufferedWriter w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            for (Map<String, Object> line : lines) {
                w.write(toJson(line));
                w.write('\n');
            }
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeText(Path file, String text) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.writeString(part, text, StandardCharsets.UTF_8);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
