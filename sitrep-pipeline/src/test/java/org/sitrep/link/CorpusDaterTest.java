package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ArticleDate;
import org.sitrep.model.DateWindow;
import org.sitrep.model.Document;
import org.sitrep.model.Layers;
import org.sitrep.model.LinkProfile;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;

class CorpusDaterTest {
    private static final DateWindow ANCHORED = new DateWindow(LocalDate.of(2024, 12, 2), LocalDate.of(2024, 12, 3));
    private static final DateWindow WIDE = new DateWindow(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

    private static Document dated(String id, DateWindow window) {
        return Document.builder(id, "text", "text").build().withPublished(new ArticleDate(window, "text", List.of()));
    }

    /** A profile whose lede embedding is the unit vector at {@code angle} radians in a plane. */
    private static LinkProfile lede(String id, double angle) {
        float[] v = new float[384];
        v[0] = (float) Math.cos(angle);
        v[1] = (float) Math.sin(angle);
        return new LinkProfile(id, id, WIDE, new long[0], new float[0], new int[0], v, 0);
    }

    @Test
    void aMateReportingTheSameNewsNarrowsTheWindow() {
        List<Document> story = List.of(dated("anchor", ANCHORED), dated("wide", WIDE));
        List<Document> out = new CorpusDater().refine(story, Map.of("anchor", lede("anchor", 0), "wide", lede("wide", 0.3)));
        assertEquals(ANCHORED.widen(StoryBuilder.STORY_GAP_DAYS), out.get(1).published().window());
        assertEquals("corpus", out.get(1).published().basis());
    }

    @Test
    void aMateOfTheSameStoryWithOtherNewsDoesNot() {
        // cos(0.9) = 0.62: the same episode, told from another day's news.
        List<Document> story = List.of(dated("anchor", ANCHORED), dated("wide", WIDE));
        List<Document> out = new CorpusDater().refine(story, Map.of("anchor", lede("anchor", 0), "wide", lede("wide", 0.9)));
        assertEquals(WIDE, out.get(1).published().window());
    }

    @Test
    void aDayPrintedWithoutItsYearDatesTheArticleWhenItFallsOnceInTheNarrowedWindow() {
        String text = "KYIV, Dec. 4 (Wire) - Drones hit a depot.";
        Document wire = Document.builder("wire", text, text).build().withPublished(new ArticleDate(WIDE, "text", List.of()))
                .with(Layers.SENTENCES, List.of(new Sentence(0, text.length(), 0, 0)))
                .with(Layers.TIMEX, List.of(new TimeExpression(6, 12, "Dec. 4", "DATE", "XXXX-12-04")));
        List<Document> out = new CorpusDater().refine(List.of(dated("anchor", ANCHORED), wire),
                Map.of("anchor", lede("anchor", 0), "wire", lede("wire", 0.3)));
        assertEquals(DateWindow.day(LocalDate.of(2024, 12, 4)), out.get(1).published().window());
    }
}
