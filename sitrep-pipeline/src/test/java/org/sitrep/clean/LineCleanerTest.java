package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.RawArticle;
import org.sitrep.model.Document;
import org.sitrep.model.Removal;

class LineCleanerTest {
    private static Document clean(String text) {
        return new LineCleaner().clean(new RawArticle("t", "t.txt", RawArticle.Format.TEXT, text, null, null, null, "h"));
    }

    private static String reasonFor(Document d, String prefix) {
        return d.removed().stream().filter(r -> r.text().startsWith(prefix)).map(Removal::reason).findFirst().orElse(null);
    }

    @Test
    void removesFurnitureAndKeepsBodyAndHeadings() {
        String text = String.join("\n",
                "Militia convoy reaches the border",
                "",
                "A convoy of armed trucks reached the border crossing on Monday, officials said.",
                "Read More: Ten things to know about the region",
                "Talks Stall",
                "Negotiators left the capital without an agreement, according to two diplomats.",
                "Photo credit: Wire service",
                "Trucks queue at the crossing, May 3, 2019",
                "Sign in or subscribe to post comments.",
                "Cookies help us run this site. Accept all cookies",
                "Floods hit the valleyGMT 10:02 2019 Friday ,03 May",
                "Copyright 2019 Example Media. All rights reserved.",
                "Maintained and developed by Example Group.",
                "By Jane Roe",
                "Staff and agencies");
        Document d = clean(text);
        assertEquals("Militia convoy reaches the border", d.title());
        assertEquals(List.of(
                "A convoy of armed trucks reached the border crossing on Monday, officials said.",
                "Talks Stall",
                "Negotiators left the capital without an agreement, according to two diplomats."), List.of(d.text().split("\n")));
        assertEquals("cross-link", reasonFor(d, "Read More"));
        assertEquals("photo credit", reasonFor(d, "Photo credit"));
        assertEquals("caption", reasonFor(d, "Trucks queue"));
        assertEquals("subscription prompt", reasonFor(d, "Sign in"));
        assertEquals("cookie notice", reasonFor(d, "Cookies help"));
        assertEquals("timestamped headline", reasonFor(d, "Floods hit"));
        assertEquals("copyright", reasonFor(d, "Copyright"));
        assertEquals("site footer", reasonFor(d, "Maintained"));
        assertEquals("byline", reasonFor(d, "By Jane"));
        assertEquals("By Jane Roe", d.byline());
        assertEquals("credit", reasonFor(d, "Staff and"));
    }

    @Test
    void aFirstLineEndingOnADateIsTheTitleNotACaption() {
        Document d = clean("Sudan: Humanitarian update, 3 October 2025\n\nFighting continued in North Darfur over the past week.");
        assertEquals("Sudan: Humanitarian update, 3 October 2025", d.title());
        assertEquals("headline", reasonFor(d, "Sudan:"));
    }

    @Test
    void aDateLineIsNoHeadlineAndStaysForTheDater() {
        Document d = clean("3 February 2025\nTroops raided a camp on Monday, officials said.\nThe raid lasted hours.");
        assertEquals(null, d.title());
        assertTrue(d.text().startsWith("3 February 2025\n"), d.text());
        assertEquals("Border talks resume", clean("Border talks resume\nUpdated: 3 February 2025, 09:15 GMT\n"
                + "Envoys met in the capital on Monday, officials said.").title());
    }

    @Test
    void proseThatMentionsFurnitureWordsStays() {
        String body = "Refugees who register with the agency can access aid, and officials said the copyright dispute over "
                + "the broadcast rights, which has dragged on for years, will not delay the delivery of food to the camps.";
        Document d = clean(body);
        assertEquals(body, d.text());
        assertTrue(d.removed().isEmpty());
    }

    @Test
    void aPageOfFurnitureOnlyHasNoBody() {
        assertThrows(Cleaner.NoBodyException.class, () -> clean("Share this article\nAll rights reserved ©"));
    }

    /** Whatever the input, every kept character maps back to the same character of the original. */
    @Test
    void cleanedTextMapsBackToTheOriginalOnRandomInput() {
        Random random = new Random(7);
        String[] pieces = {"Troops moved in.", "Read more: x", "", "Photo by: AP", "© 2020", "  spaced line  ", "Short head",
                "Ten civilians were killed, the monitor said.", "\r", "Tags: a, b"};
        for (int round = 0; round < 200; round++) {
            StringBuilder input = new StringBuilder();
            for (int i = 0; i < 1 + random.nextInt(12); i++) {
                input.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? "\n" : "\r\n");
            }
            Document d;
            try {
                d = clean(input.toString());
            } catch (Cleaner.NoBodyException e) {
                continue;
            }
            for (int i = 0; i < d.text().length(); i++) {
                char c = d.text().charAt(i);
                if (c != '\n') {
                    assertEquals(c, d.original().charAt(d.offsets().toOriginal(i)), "offset " + i + " of " + input);
                }
            }
            for (Removal r : d.removed()) {
                assertEquals(r.text(), d.original().substring(r.start(), r.end()));
            }
            assertFalse(d.text().contains("© 2020"));
        }
    }
}
