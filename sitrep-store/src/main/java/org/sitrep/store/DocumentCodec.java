package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ArticleDate;
import org.sitrep.model.Document;
import org.sitrep.model.LayerKey;
import org.sitrep.model.Layers;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Removal;
import org.sitrep.model.Span;

/** Writes an analysed document, with all its layers, as JSON, and reads it back. */
public final class DocumentCodec {
    private static final List<LayerKey<?>> KNOWN = List.of(Layers.SENTENCES, Layers.TOKENS, Layers.ENTITIES, Layers.IDENTITIES, Layers.TIMEX,
            Layers.ACTORS, Layers.PLACES, Layers.ATTRIBUTIONS, Layers.QUANTITIES, Layers.EVENTS);

    private final ObjectMapper json = Json.mapper();

    public String encode(Document d) {
        ObjectNode root = json.createObjectNode();
        root.put("id", d.id());
        root.put("source", d.source());
        root.put("contentHash", d.contentHash());
        root.put("original", d.original());
        root.put("title", d.title());
        root.put("text", d.text());
        root.put("url", d.url());
        root.put("byline", d.byline());
        root.put("site", d.site());
        root.put("language", d.language());
        root.set("publishedMetadata", json.valueToTree(d.publishedMetadata()));
        root.set("published", json.valueToTree(d.published()));
        ArrayNode offsets = root.putArray("offsets");
        for (OffsetMap.Piece p : d.offsets().pieces()) {
            offsets.addArray().add(p.cleanStart()).add(p.originalStart());
        }
        root.set("removed", json.valueToTree(d.removed()));
        ObjectNode layers = root.putObject("layers");
        for (LayerKey<?> key : KNOWN) {
            if (d.has(key)) {
                layers.set(key.name(), json.valueToTree(d.layer(key)));
            }
        }
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + d.id(), e);
        }
    }

    public Document decode(String text) {
        try {
            JsonNode root = json.readTree(text);
            List<OffsetMap.Piece> pieces = new ArrayList<>();
            for (JsonNode p : root.path("offsets")) {
                pieces.add(new OffsetMap.Piece(p.get(0).asInt(), p.get(1).asInt()));
            }
            Document d = Document.builder(root.path("id").asText(), root.path("original").asText(), root.path("text").asText())
                    .source(textOrNull(root, "source"))
                    .contentHash(textOrNull(root, "contentHash"))
                    .title(textOrNull(root, "title"))
                    .url(textOrNull(root, "url"))
                    .byline(textOrNull(root, "byline"))
                    .site(textOrNull(root, "site"))
                    .language(textOrNull(root, "language"))
                    .publishedMetadata(json.treeToValue(root.path("publishedMetadata"), LocalDate.class))
                    .offsets(pieces.isEmpty() ? OffsetMap.identity() : new OffsetMap(pieces))
                    .removed(List.of(json.treeToValue(root.path("removed"), Removal[].class)))
                    .build();
            ArticleDate published = json.treeToValue(root.path("published"), ArticleDate.class);
            if (published != null) {
                d = d.withPublished(published);
            }
            for (LayerKey<?> key : KNOWN) {
                JsonNode layer = root.path("layers").get(key.name());
                if (layer != null) {
                    d = withLayer(d, key, layer);
                }
            }
            return d;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored analysis is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private <T extends Span> Document withLayer(Document d, LayerKey<T> key, JsonNode layer) {
        List<T> spans = json.convertValue(layer, json.getTypeFactory().constructCollectionType(List.class, key.type()));
        return d.with(key, spans);
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
