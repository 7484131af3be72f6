package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Diagnostic;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private IngestResult readAll() {
        return new ArticleReader(1000).read(List.of(dir));
    }

    private Diagnostic.Code codeFor(IngestResult r, String file) {
        return r.diagnostics().stream().filter(d -> d.input().endsWith(file)).findFirst().orElseThrow().code();
    }

    @Test
    void readsTextHtmlJsonLinesAndGzipRecursively() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Troops crossed the river.");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.html"), "<html><body><p>Jets struck.</p></body></html>");
        Files.writeString(dir.resolve("c.jsonl"), "{\"id\":\"c1\",\"title\":\"T\",\"published\":\"2023-03-16T09:30:00Z\",\"text\":\"Talks began.\"}\n"
                + "{\"id\":\"c2\",\"html\":\"<p>Rally held.</p>\"}\n");
        Files.write(dir.resolve("d.txt.gz"), gzip("Aid arrived.".getBytes(StandardCharsets.UTF_8)));
        IngestResult r = readAll();
        assertEquals(List.of(), r.diagnostics());
        assertEquals(List.of("a", "c1", "c2", "d", "b"), r.articles().stream().map(RawArticle::id).toList());
        RawArticle c1 = r.articles().get(1);
        assertEquals("2023-03-16", c1.published().toString());
        assertEquals(RawArticle.Format.HTML, r.articles().get(2).format());
        assertEquals(RawArticle.Format.HTML, r.articles().get(4).format());
        assertEquals("Aid arrived.", r.articles().get(3).content());
    }

    @Test
    void detectsLegacyAndUnicodeEncodings() throws IOException {
        Files.write(dir.resolve("w1252.txt"), "Caf\u00e9 owners said \u201cno\u201d.".getBytes(Charset.forName("windows-1252")));
        Files.write(dir.resolve("w1256.txt"), "\u0642\u0627\u0644 \u0627\u0644\u0645\u0631\u0635\u062f \u0625\u0646 \u0627\u0644\u0645\u0642\u0627\u062a\u0644\u064a\u0646 \u0639\u0628\u0631\u0648\u0627".getBytes(Charset.forName("windows-1256")));
        byte[] utf16 = "Convoy seen.".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        Files.write(dir.resolve("u16.txt"), withBom);
        IngestResult r = readAll();
        assertEquals(List.of(), r.diagnostics());
        assertEquals("Convoy seen.", r.articles().stream().filter(a -> a.id().equals("u16")).findFirst().orElseThrow().content());
        assertTrue(r.articles().stream().filter(a -> a.id().equals("w1252")).findFirst().orElseThrow().content().contains("Caf\u00e9"));
        assertTrue(r.articles().stream().filter(a -> a.id().equals("w1256")).findFirst().orElseThrow().content().contains("\u0627\u0644\u0645\u0631\u0635\u062f"));
    }

    @Test
    void reportsEachBadInputByNameAndKeepsTheRest() throws IOException {
        Files.writeString(dir.resolve("good.txt"), "Troops crossed the river.");
        Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01});
        Files.writeString(dir.resolve("empty.txt"), "  \n ");
        Files.writeString(dir.resolve("big.txt"), "x".repeat(2000));
        Files.write(dir.resolve("broken.txt.gz"), new byte[] {0x1F, (byte) 0x8B, 0x08, 0x00, 0x01});
        Files.writeString(dir.resolve("lines.jsonl"), "{\"id\":\"ok\",\"text\":\"Fine.\"}\nnot json\n");
        IngestResult r = readAll();
        assertEquals(List.of("good", "ok"), r.articles().stream().map(RawArticle::id).toList());
        assertEquals(Diagnostic.Code.BINARY, codeFor(r, "binary.txt"));
        assertEquals(Diagnostic.Code.EMPTY, codeFor(r, "empty.txt"));
        assertEquals(Diagnostic.Code.OVERSIZED, codeFor(r, "big.txt"));
        assertEquals(Diagnostic.Code.MALFORMED, codeFor(r, "broken.txt.gz"));
        assertEquals(Diagnostic.Code.MALFORMED, codeFor(r, "lines.jsonl:2"));
        IngestResult missing = new ArticleReader().read(List.of(dir.resolve("nope.txt")));
        assertEquals(Diagnostic.Code.UNREADABLE, missing.diagnostics().get(0).code());
    }

    @Test
    void sameContentHasTheSameHash() {
        assertEquals(ArticleReader.hash("a"), ArticleReader.hash("a"));
        assertTrue(!ArticleReader.hash("a").equals(ArticleReader.hash("b")));
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
