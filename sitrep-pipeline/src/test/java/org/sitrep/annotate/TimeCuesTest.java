package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sentences SUTime reads: every one that may hold a time expression, and not the others. */
class TimeCuesTest {
    @Test
    void sentencesWithATimeWordOrDatePass() {
        List<String> timed = List.of(
                "Shelling resumed on Tuesday.",
                "The convoy left Aleppo in mid-November.",
                "Rebels have held the town since 2012.",
                "The siege, now in its third week, has cut the road.",
                "Fighting eased overnight, residents said.",
                "A four-and-a-half-year-old conflict has displaced millions.",
                "Talks were set for 10:30 a.m. in Geneva.",
                "Prices have doubled in recent months.",
                "The ceasefire was agreed on 12/03.",
                "Two people died yesterday.",
                "The group was formed in the nineties.",
                "Inflation reached a record in May.");
        timed.forEach(s -> assertTrue(TimeCues.mayHold(s), s));
    }

    @Test
    void sentencesWithNoneAreSkipped() {
        List<String> untimed = List.of(
                "Government forces shelled the eastern districts of the city.",
                "The minister may resign, officials said.",
                "Three civilians were killed and 12 wounded in the strike.",
                "Security sources told reporters the market was hit.",
                "The monitor said the security forces withdrew.");
        untimed.forEach(s -> assertFalse(TimeCues.mayHold(s), s));
    }

    @Test
    void spansAreTheTimeWordsOfOneSentenceWithTheirOffsetsInTheText() {
        String text = "Fighters left on Monday.\nThe town fell in 2015, a week on.";
        int second = text.indexOf("The");
        List<int[]> spans = TimeCues.spans(text, second, text.length());
        assertEquals(2, spans.size());
        assertArrayEquals(new int[] {text.indexOf("2015"), text.indexOf("2015") + 4}, spans.get(0));
        assertArrayEquals(new int[] {text.indexOf("week"), text.indexOf("week") + 4}, spans.get(1));
        // the sentence's edge is a word's edge, as if the sentence were all there is
        assertEquals(1, TimeCues.spans("xMonday", 1, 7).size());
    }
}
