package org.sitrep.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringsTest {
    // Key {a,b,c} {d,e}; response {a,b} {c,d,e}: worked by hand from the metrics' definitions.
    private final Map<String, String> key = Map.of("a", "K1", "b", "K1", "c", "K1", "d", "K2", "e", "K2");
    private final Map<String, String> response = Map.of("a", "R1", "b", "R1", "c", "R2", "d", "R2", "e", "R2");

    @Test
    void coreferenceMetricsMatchTheirDefinitions() {
        Clusterings.Coreference c = Clusterings.coreference(key, response);
        assertEquals(2.0 / 3, c.muc().recall(), 1e-9);
        assertEquals(2.0 / 3, c.muc().precision(), 1e-9);
        assertEquals(11.0 / 15, c.b3().recall(), 1e-9);
        assertEquals(11.0 / 15, c.b3().precision(), 1e-9);
        assertEquals(0.8, c.ceafe().f1(), 1e-9);
        assertEquals((2.0 / 3 + 11.0 / 15 + 0.8) / 3, c.conllF1(), 1e-9);
    }

    @Test
    void aPerfectAnswerScoresOneAndSingletonsCount() {
        assertEquals(1.0, Clusterings.coreference(key, key).conllF1(), 1e-9);
        Map<String, String> allApart = Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5");
        Clusterings.Coreference c = Clusterings.coreference(key, allApart);
        assertEquals(0.0, c.muc().f1(), 1e-9);
        assertEquals(1.0, c.b3().precision(), 1e-9);
    }

    @Test
    void mentionsOnlyTheSystemFoundLowerPrecision() {
        Map<String, String> withExtra = new java.util.HashMap<>(key);
        withExtra.put("x", "K1");
        Clusterings.Score b3 = Clusterings.bcubed(key, withExtra);
        assertEquals(1.0, b3.recall(), 1e-9);
        assertEquals(true, b3.precision() < 1.0);
    }

    @Test
    void pairwiseCountsPairsPutTogether() {
        Clusterings.Score p = Clusterings.pairwise(key, response);
        // Gold pairs: ab ac bc de (4); predicted: ab cd ce de (4); both: ab de.
        assertEquals(0.5, p.precision(), 1e-9);
        assertEquals(0.5, p.recall(), 1e-9);
    }

    @Test
    void assignmentFindsTheBestMatching() {
        // Taking the largest cell first (0.9) would leave 0.1: the best matching is 0.8 + 0.8.
        assertEquals(1.6, Assignment.maximum(new double[][] {{0.9, 0.8}, {0.8, 0.1}}), 1e-9);
        assertEquals(0.9, Assignment.maximum(new double[][] {{0.9}, {0.5}, {0.2}}), 1e-9);
    }
}
