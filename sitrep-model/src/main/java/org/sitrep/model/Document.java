package org.sitrep.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One article, immutable: the original input, the cleaned text with a map back to the original,
 * what cleaning removed, and typed layers of spans over the cleaned text. A stage returns a new
 * document with its layer added.
 */
public final class Document {
    private final String id;
    private final String source;
    private final String contentHash;
    private final String original;
    private final String title;
    private final String text;
    private final OffsetMap offsets;
    private final List<Removal> removed;
    private final LocalDate publishedMetadata;
    private final String url;
    private final String byline;
    private final String site;
    private final String language;
    private final ArticleDate published;
    private final Map<LayerKey<?>, List<? extends Span>> layers;

    private Document(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.source = b.source;
        this.contentHash = b.contentHash;
        this.original = Objects.requireNonNull(b.original, "original");
        this.title = b.title;
        this.text = Objects.requireNonNull(b.text, "text");
        this.offsets = b.offsets == null ? OffsetMap.identity() : b.offsets;
        this.removed = List.copyOf(b.removed);
        this.publishedMetadata = b.publishedMetadata;
        this.url = b.url;
        this.byline = b.byline;
        this.site = b.site;
        this.language = b.language;
        this.published = b.published;
        this.layers = Map.copyOf(b.layers);
    }

    public static Builder builder(String id, String original, String text) {
        Builder b = new Builder();
        b.id = id;
        b.original = original;
        b.text = text;
        return b;
    }

    public String id() { return id; }
    public String source() { return source; }
    public String contentHash() { return contentHash; }
    public String original() { return original; }
    public String title() { return title; }
    public String text() { return text; }
    public OffsetMap offsets() { return offsets; }
    public List<Removal> removed() { return removed; }
    public LocalDate publishedMetadata() { return publishedMetadata; }
    public String url() { return url; }
    /** Who wrote it, as the page says ("By Jane Roe"); null when unknown. */
    public String byline() { return byline; }
    /** The publication's name from page metadata; null when unknown. */
    public String site() { return site; }
    /** The language the page declares (BCP 47, e.g. "en"); null when undeclared. */
    public String language() { return language; }
    /** The article's date once dated; null before the dating step. */
    public ArticleDate published() { return published; }

    public boolean has(LayerKey<?> key) {
        return layers.containsKey(key);
    }

    /** The layer's spans; asking for a layer no stage produced is a programming error. */
    @SuppressWarnings("unchecked")
    public <T extends Span> List<T> layer(LayerKey<T> key) {
        List<? extends Span> spans = layers.get(key);
        if (spans == null) {
            throw new IllegalStateException("document " + id + " has no layer '" + key + "' (present: " + layers.keySet() + ")");
        }
        return (List<T>) spans;
    }

    public <T extends Span> Document with(LayerKey<T> key, List<T> spans) {
        for (T span : spans) {
            if (span.end() > text.length()) {
                throw new IllegalArgumentException(key + " span " + span + " ends past the text (" + text.length() + ")");
            }
        }
        Builder b = toBuilder();
        b.layers.put(key, spans.stream().sorted(Comparator.comparingInt(Span::start)).toList());
        return b.build();
    }

    /** The same article under another id (the store renames an article whose id another one holds). */
    public Document withId(String newId) {
        Builder b = toBuilder();
        b.id = newId;
        return b.build();
    }

    public Document withPublished(ArticleDate date) {
        Builder b = toBuilder();
        b.published = date;
        return b.build();
    }

    /** The cleaned text under a span. */
    public String cover(Span span) {
        return text.substring(span.start(), span.end());
    }

    public int originalStart(Span span) {
        return offsets.toOriginal(span.start());
    }

    public int originalEnd(Span span) {
        return offsets.endToOriginal(span.end());
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.source = source;
        b.contentHash = contentHash;
        b.original = original;
        b.title = title;
        b.text = text;
        b.offsets = offsets;
        b.removed = removed;
        b.publishedMetadata = publishedMetadata;
        b.url = url;
        b.byline = byline;
        b.site = site;
        b.language = language;
        b.published = published;
        b.layers.putAll(layers);
        return b;
    }

    @Override
    public String toString() {
        return "Document[" + id + ", " + text.length() + " chars, layers " + layers.keySet() + "]";
    }

    public static final class Builder {
        private String id;
        private String source;
        private String contentHash;
        private String original;
        private String title;
        private String text;
        private OffsetMap offsets;
        private List<Removal> removed = List.of();
        private LocalDate publishedMetadata;
        private String url;
        private String byline;
        private String site;
        private String language;
        private ArticleDate published;
        private final Map<LayerKey<?>, List<? extends Span>> layers = new HashMap<>();

        public Builder source(String v) { source = v; return this; }
        public Builder contentHash(String v) { contentHash = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder offsets(OffsetMap v) { offsets = v; return this; }
        public Builder removed(List<Removal> v) { removed = v; return this; }
        public Builder publishedMetadata(LocalDate v) { publishedMetadata = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder byline(String v) { byline = v; return this; }
        public Builder site(String v) { site = v; return this; }
        public Builder language(String v) { language = v; return this; }

        public Document build() {
            return new Document(this);
        }
    }
}
