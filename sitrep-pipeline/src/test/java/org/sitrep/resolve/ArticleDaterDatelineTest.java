package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ArticleDate;
import org.sitrep.model.DateWindow;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StandardPipeline;

/** The day of publication that a text prints at its head. The texts are our own. */
class ArticleDaterDatelineTest {
    private static final LocalDate READ_ON = LocalDate.of(2026, 11, 22);
    private static Pipeline pipeline;

    @BeforeAll
    static void build() {
        pipeline = StandardPipeline.build(List.of(), READ_ON);
    }

    private static ArticleDate dated(String text) {
        return pipeline.apply(Document.builder("t", text, text).build()).published();
    }

    @Test
    void aDateOnALineOfItsOwnAtTheHeadIsTheDayOfPublication() {
        ArticleDate d = dated("Published: 4 March 2019 10:42 GMT\nGunmen attacked a checkpoint on Sunday, police said.");
        assertEquals(DateWindow.day(LocalDate.of(2019, 3, 4)), d.window());
        assertEquals("dateline", d.basis());
        assertEquals("4 March 2019 10:42 GMT", d.evidence().get(0).text());
        assertEquals(DateWindow.day(LocalDate.of(2021, 7, 9)),
                dated("Friday, July 9, 2021\nSoldiers left the base at dawn, residents said.").window());
    }

    @Test
    void aWireDatelineIsTheDayOfPublication() {
        assertEquals(DateWindow.day(LocalDate.of(2021, 7, 9)),
                dated("BAMAKO, Mali, 9 July 2021 (Wire) — Soldiers left the base at dawn, residents said.").window());
        assertEquals(DateWindow.day(LocalDate.of(2021, 7, 9)),
                dated("9 July 2021 - Soldiers left the base at dawn, residents said.").window());
        assertEquals(DateWindow.day(LocalDate.of(2021, 7, 9)),
                dated("BAMAKO, Mali, July 9, 2021 (Wire) -\n\nSoldiers left the base at dawn, residents said.").window(),
                "a dateline on a line of its own, its dash ending the line");
    }

    @Test
    void aDateTheTitleEndsOnIsTheDayOfPublication() {
        String text = "Fighting continued in North Darfur over the past week, aid groups said.";
        ArticleDate d = pipeline.apply(Document.builder("t", text, text).title("Sudan: Humanitarian update, 3 October 2025").build()).published();
        assertEquals(DateWindow.day(LocalDate.of(2025, 10, 3)), d.window());
        assertEquals("title", d.basis());
        assertEquals(LocalDate.of(2025, 10, 3), ArticleDater.titleDate("Gaza situation report - Oct. 3, 2025"));
        assertEquals(null, ArticleDater.titleDate("Ceasefire holds for 3 October 2025 talks"), "a date inside the title's words");
    }

    @Test
    void aDateInTheProseOrAfterTheDayOfReadingIsNoDateline() {
        assertNotEquals("dateline", dated("The talks ended on 9 July 2021 - and no deal was reached, diplomats said.").basis());
        assertNotEquals("dateline", dated("Friday, January 1, 2027\nSoldiers left the base at dawn, residents said.").basis());
        assertNotEquals("dateline", dated("Soldiers left the base at dawn. They drove north. They stopped at a river. "
                + "Friday, July 9, 2021\nThey crossed it.").basis(), "too far into the text");
    }

    @Test
    void aDayPrintedWithoutItsYearDatesTheArticleOnlyWhenItFallsOnceInTheWindow() {
        ArticleDate once = dated("KYIV, Oct. 4 (Wire) - Drones hit a depot on Friday. The depot was rebuilt in March 2026, officials said.");
        assertEquals(DateWindow.day(LocalDate.of(2026, 10, 4)), once.window(), once.toString());
        assertEquals("dateline", once.basis());
        ArticleDate anyYear = dated("KYIV, Oct. 4 (Wire) - Drones hit a depot on Friday.");
        assertEquals("text", anyYear.basis());
        assertEquals("Oct. 4", anyYear.evidence().get(0).text(), "kept as evidence, not as a date");
        ArticleDate spoken = dated("KYIV, Oct. 4 (Wire) - Drones hit a fuel depot overnight, the governor said on Saturday. "
                + "The depot was first hit in March 2021.");
        assertEquals(DateWindow.day(LocalDate.of(2025, 10, 4)), spoken.window(), "4 October fell on a Saturday in 2025 only, of 2021-2026: " + spoken);
        ArticleDate twice = dated("KYIV, Oct. 4 (Wire) - Drones hit a fuel depot overnight, the governor said on Saturday. "
                + "The depot was first hit in March 2014.");
        assertEquals("text", twice.basis(), "a Saturday in 2014 and in 2025: " + twice);
    }
}
