package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OffsetMapTest {
    @Test
    void mapsEachPieceBackToItsOrigin() {
        // original: "HEAD\nfirst line\nJUNK\nsecond" ; cleaned: "first line\nsecond"
        OffsetMap map = new OffsetMap(List.of(new OffsetMap.Piece(0, 5), new OffsetMap.Piece(11, 21)));
        assertEquals(5, map.toOriginal(0));
        assertEquals(14, map.toOriginal(9));
        assertEquals(21, map.toOriginal(11));
        assertEquals(27, map.toOriginal(17));
        assertEquals(15, map.endToOriginal(10), "an end offset stays with the piece of its last character");
        assertEquals(27, map.endToOriginal(17));
    }

    @Test
    void identityMapsOffsetsToThemselves() {
        assertEquals(42, OffsetMap.identity().toOriginal(42));
    }
}
