package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateWindowTest {
    private static DateWindow w(String a, String b) {
        return new DateWindow(LocalDate.parse(a), LocalDate.parse(b));
    }

    @Test
    void intersectsOverlapsAndMeasuresGaps() {
        DateWindow a = w("2024-01-01", "2024-01-31");
        assertEquals(w("2024-01-20", "2024-01-31"), a.intersect(w("2024-01-20", "2024-03-01")));
        assertNull(a.intersect(w("2024-02-01", "2024-02-02")));
        assertEquals(14, a.gapDays(w("2024-02-14", "2024-02-20")));
        assertEquals(0, a.gapDays(w("2023-12-01", "2024-01-01")));
        assertEquals(31, a.widthDays());
        assertTrue(a.widen(1).contains(LocalDate.parse("2023-12-31")));
    }

    @Test
    void rejectsAnInvertedWindow() {
        assertThrows(IllegalArgumentException.class, () -> w("2024-02-01", "2024-01-01"));
    }
}
