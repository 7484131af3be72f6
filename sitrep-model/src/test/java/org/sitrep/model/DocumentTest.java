package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {
    private final Document doc = Document.builder("d", "Hello world.", "Hello world.").build();

    @Test
    void addingALayerReturnsANewDocumentWithSortedSpans() {
        Document withSentences = doc.with(Layers.SENTENCES, List.of(new Sentence(6, 12, 1, 0), new Sentence(0, 5, 0, 0)));
        assertFalse(doc.has(Layers.SENTENCES), "the original is unchanged");
        assertEquals(0, withSentences.layer(Layers.SENTENCES).get(0).start());
    }

    @Test
    void refusesSpansOutsideTheTextAndMissingLayers() {
        assertThrows(IllegalArgumentException.class, () -> doc.with(Layers.SENTENCES, List.of(new Sentence(0, 99, 0, 0))));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> doc.layer(Layers.EVENTS));
        assertEquals(true, e.getMessage().contains("events"));
    }
}
