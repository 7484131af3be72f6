package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
    private final PhraseMatcher<String> matcher = new PhraseMatcher<>();

    PhraseMatcherTest() {
        matcher.add("Harakat al-Nujaba", "nujaba");
        matcher.add("Nujaba", "nujaba");
        matcher.add("ISIS", "is");
        matcher.add("Popular Mobilization Forces", "pmf");
        matcher.add("Lebanon's Hezbollah", "hezbollah");
    }

    private List<String> found(String text) {
        return matcher.find(text).stream().map(m -> m.phrase() + "=" + m.value()).toList();
    }

    @Test
    void matchesWholeWordsLongestFirstAcrossSpellingVariants() {
        assertEquals(List.of("Harakat Al Nujaba=nujaba", "Popular Mobilization Forces=pmf"),
                found("Harakat Al Nujaba and the Popular Mobilization Forces"));
        assertEquals(List.of("Lebanon’s Hezbollah=hezbollah"), found("Lebanon’s Hezbollah said"));
        assertEquals(List.of(), found("Nujabaville is not a match"));
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertEquals(List.of("ISIS=is"), found("ISIS fighters"));
        assertEquals(List.of(), found("the goddess isis"));
    }
}
