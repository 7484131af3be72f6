package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.RawArticle;
import org.sitrep.model.Document;

class HtmlMainTextTest {
    private static Document clean(String html) {
        return new HtmlMainText().clean(new RawArticle("h", "h.html", RawArticle.Format.HTML, html, null, null, null, "x"));
    }

    @Test
    void skipsAPlaceholderDateForTheNextCandidate() {
        Document d = clean("""
                <html><head><title>Storm</title>
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script>
                </head><body><article><h1>Storm hits the coast</h1>
                <time datetime="2019-11-19T23:11:00-05:00">Nov 19, 2019</time>
                <p>A storm hit the coast on Tuesday night, cutting power to thousands of homes, the utility said.</p>
                </article></body></html>
                """);
        assertEquals("2019-11-19", d.publishedMetadata().toString());
    }

    @Test
    void keepsArticleParagraphsAndReadsMetadata() {
        Document d = clean("""
                <html lang="en"><head><title>Site | Floods</title>
                <meta property="og:site_name" content="Example Daily">
                <meta name="author" content="Jane Roe">
                <meta property="og:title" content="Floods displace thousands">
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-08-30T10:00:00+05:00"}</script>
                </head><body>
                <nav><a href="/">Home</a><a href="/news">News</a></nav>
                <div class="content"><article>
                <h1>Floods displace thousands</h1>
                <p>Floods displaced thousands of families in the south of the country, the disaster agency said on Monday.</p>
                <p>Rescue teams, working through the night, reached villages cut off by the water, according to officials.</p>
                <div class="share-links"><a href="#">Share on social media</a></div>
                </article></div>
                <div class="related"><p><a href="/x">Another story entirely, with its own long headline here</a></p></div>
                <footer><p>Copyright 2022 Example Media, all rights reserved.</p></footer>
                </body></html>
                """);
        assertEquals("Floods displace thousands", d.title());
        assertEquals("2022-08-30", d.publishedMetadata().toString());
        assertEquals("Jane Roe", d.byline());
        assertEquals("Example Daily", d.site());
        assertEquals("en", d.language());
        assertTrue(d.text().startsWith("Floods displaced thousands of families"));
        assertTrue(d.text().contains("\nRescue teams"));
        assertFalse(d.text().contains("Share"));
        assertFalse(d.text().contains("Another story"));
        assertFalse(d.text().contains("Copyright"));
        assertTrue(d.removed().stream().anyMatch(r -> r.reason().contains("nav")));
        int start = d.originalStart(new org.sitrep.model.Sentence(0, 5, 0, 0));
        assertTrue(d.original().startsWith("<p>Floods", start), "paragraph offsets point at their element");
    }

    @Test
    void malformedHtmlStillYieldsItsText() {
        Document d = clean("<html><body><div><p>Shelling hit the market, residents said, killing two people<p>Another paragraph "
                + "follows without closing tags, as broken pages often do.</div></span></body>");
        assertTrue(d.text().contains("Shelling hit the market"));
        assertTrue(d.text().contains("Another paragraph"));
    }

    @Test
    void aPageWithoutBodyTextIsReportedNotGuessed() {
        assertThrows(Cleaner.NoBodyException.class, () -> clean("<html><head><title>x</title></head><body><nav>Home</nav></body></html>"));
    }

    @Test
    void aHugePageFinishesWithoutHanging() {
        StringBuilder page = new StringBuilder("<html><body><article>");
        for (int i = 0; page.length() < 8_000_000; i++) {
            page.append("<p>Aid convoy ").append(i).append(" reached the besieged district after weeks of negotiations, officials said.</p>");
        }
        page.append("</article></body></html>");
        Document d = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> clean(page.toString()), "an 8 MB page must not hang");
        assertTrue(d.text().length() > 1_000_000);
    }
}
