package org.sitrep.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {
    @Test
    void countsFourGramShinglesPerPage() {
        // truth: a b c d e → shingles abcd, bcde; predicted: a b c d x → abcd, bcdx
        ShingleScore.Page page = ShingleScore.page("a b c d e", "a b c d x");
        assertEquals(1.0 / 3, page.tp(), 1e-9);
        assertEquals(1.0 / 3, page.fp(), 1e-9);
        assertEquals(1.0 / 3, page.fn(), 1e-9);
        ShingleScore.Result r = ShingleScore.average(List.of(page, ShingleScore.page("same text here now", "same text here now")));
        assertEquals((0.5 + 1) / 2, r.precision(), 1e-9);
        assertEquals(0.75, r.f1(), 1e-9);
    }

    @Test
    void shortTextsAreOneShingleAndEmptyPredictionsScoreZero() {
        assertEquals(1.0, ShingleScore.page("two words", "two words").tp(), 1e-9);
        ShingleScore.Result missed = ShingleScore.average(List.of(ShingleScore.page("a b c d e", "")));
        assertEquals(0.0, missed.recall(), 1e-9);
    }
}
