package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AverageLinkTest {
    @Test
    void oneLoosePairDoesNotChainTwoGroups() {
        // a-b and b-c are close, a-c is not: the mean of {a,b} to c is 0.45, under 0.5.
        List<AverageLink.Edge> edges = List.of(new AverageLink.Edge(0, 1, 0.9), new AverageLink.Edge(1, 2, 0.9));
        int[] c = AverageLink.cluster(3, edges, 0.5, AverageLink.always());
        assertEquals(c[0], c[1]);
        assertNotEquals(c[1], c[2]);
    }

    @Test
    void aGuardForbidsMerges() {
        List<AverageLink.Edge> edges = List.of(new AverageLink.Edge(0, 1, 0.9));
        AverageLink.Guard<Integer> parity = new AverageLink.Guard<>() {
            public Integer of(int item) {
                return item;
            }

            public Integer merge(Integer a, Integer b) {
                return a;
            }

            public boolean compatible(Integer a, Integer b) {
                return a % 2 == b % 2;
            }
        };
        int[] c = AverageLink.cluster(2, edges, 0.5, parity);
        assertNotEquals(c[0], c[1]);
    }

    @Test
    void theOrderOfEdgesDoesNotMatter() {
        Random random = new Random(7);
        List<AverageLink.Edge> edges = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            for (int j = i + 1; j < 60; j++) {
                if (random.nextDouble() < 0.2) {
                    edges.add(new AverageLink.Edge(i, j, Math.round(random.nextDouble() * 10) / 10.0));
                }
            }
        }
        int[] first = AverageLink.cluster(60, edges, 0.3, AverageLink.always());
        Collections.shuffle(edges, random);
        assertArrayEquals(first, AverageLink.cluster(60, edges, 0.3, AverageLink.always()));
    }
}
