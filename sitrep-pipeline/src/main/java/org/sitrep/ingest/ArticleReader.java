package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Diagnostic.Code;

/**
 * Reads files and folders (recursively) into raw articles: plain text, HTML, JSON Lines
 * ({@code {id,url,title,published,text|html}}), and gzip of each. Every bad input becomes a
 * diagnostic naming the file; the rest of the batch goes on.
 */
public final class ArticleReader {
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    private static final Pattern HTML_START = Pattern.compile(
            "\\A\\s*(<!doctype html|<html|<head|<body|<meta|<!--|<div|<p[ >]|<article)", Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxBytes;

    public ArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public IngestResult read(List<Path> inputs) {
        List<RawArticle> articles = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Path input : inputs) {
            for (Path file : expand(input, diagnostics)) {
                readFile(file, articles, diagnostics);
            }
        }
        return new IngestResult(articles, diagnostics);
    }

    private List<Path> expand(Path input, List<Diagnostic> diagnostics) {
        if (Files.isDirectory(input)) {
            try (Stream<Path> walk = Files.walk(input)) {
                return walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme"))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                diagnostics.add(new Diagnostic(Code.UNREADABLE, input.toString(), e.getMessage()));
                return List.of();
            }
        }
        if (!Files.isReadable(input)) {
            diagnostics.add(new Diagnostic(Code.UNREADABLE, input.toString(), "no such readable file or folder"));
            return List.of();
        }
        return List.of(input);
    }

    private void readFile(Path file, List<RawArticle> articles, List<Diagnostic> diagnostics) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                diagnostics.add(new Diagnostic(Code.OVERSIZED, name, size + " bytes, over the limit of " + maxBytes));
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            String base = baseName(file);
            if (isGzip(bytes)) {
                bytes = gunzip(bytes);
                if (bytes == null) {
                    diagnostics.add(new Diagnostic(Code.MALFORMED, name, "gzip data is corrupt or over " + maxBytes + " bytes unpacked"));
                    return;
                }
            }
            if (bytes.length == 0 || isBlank(bytes)) {
                diagnostics.add(new Diagnostic(Code.EMPTY, name, "no text"));
                return;
            }
            if (TextDecoder.looksBinary(bytes)) {
                diagnostics.add(new Diagnostic(Code.BINARY, name, "binary data, not text"));
                return;
            }
            Optional<String> decoded = TextDecoder.decode(bytes);
            if (decoded.isEmpty()) {
                diagnostics.add(new Diagnostic(Code.UNDECODABLE, name, "could not decode as UTF-8/16 or Windows-1252/1256"));
                return;
            }
            String text = decoded.get();
            String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz") || lower.endsWith(".ndjson")) {
                readJsonLines(name, text, articles, diagnostics);
            } else {
                RawArticle.Format format = lower.matches(".*\\.x?html?(\\.gz)?$") || HTML_START.matcher(text).find()
                        ? RawArticle.Format.HTML : RawArticle.Format.TEXT;
                articles.add(new RawArticle(base, name, format, text, null, null, null, hash(text)));
            }
        } catch (IOException | RuntimeException e) {
            diagnostics.add(new Diagnostic(Code.UNREADABLE, name, String.valueOf(e.getMessage())));
        }
    }

    private void readJsonLines(String name, String text, List<RawArticle> articles, List<Diagnostic> diagnostics) {
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = name + ":" + (i + 1);
            try {
                JsonNode node = JSON.readTree(line);
                String html = textField(node, "html");
                String body = html != null ? html : textField(node, "text");
                if (body == null || body.isBlank()) {
                    diagnostics.add(new Diagnostic(Code.EMPTY, where, "no text or html field"));
                    continue;
                }
                String id = textField(node, "id");
                articles.add(new RawArticle(id != null ? id : baseName(Path.of(name)) + "-" + (i + 1), where,
                        html != null ? RawArticle.Format.HTML : RawArticle.Format.TEXT, body,
                        textField(node, "title"), textField(node, "url"), Dates.parseIso(textField(node, "published")),
                        hash(body)));
            } catch (IOException | RuntimeException e) {
                diagnostics.add(new Diagnostic(Code.MALFORMED, where, "not a JSON object: " + e.getMessage().lines().findFirst().orElse("")));
            }
        }
    }

    private static String textField(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length > 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private byte[] gunzip(byte[] bytes) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    return null;
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            return null;
        }
    }

    public static String hash(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
