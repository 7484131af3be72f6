package org.sitrep.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.sitrep.ingest.RawArticle;
import org.sitrep.model.Document;

/**
 * Main-text extraction from HTML. A cascade: drop elements that are never body (scripts,
 * navigation, forms, asides, figures, elements whose class or id names furniture); score each
 * container by the text of the paragraphs it holds, penalised by link density; keep the
 * paragraphs of the best container in reading order. Title and date come from metadata.
 * Offsets map each paragraph to the start of its element in the HTML source.
 */
public final class HtmlMainText implements Cleaner {
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";
    private static final Set<String> NEVER_BODY = Set.of("script", "style", "noscript", "nav", "header", "footer",
            "aside", "form", "button", "select", "iframe", "svg", "figure", "figcaption", "template", "menu");
    private static final Pattern FURNITURE_HINT = Pattern.compile(
            "(?i)(^|[-_ ])(nav|menu|footer|header|sidebar|comment|comments|share|social|related|promo|advert|ad|ads|"
                    + "cookie|banner|newsletter|subscribe|paywall|breadcrumb|caption|credit|tags|byline-share|popup|modal)([-_ ]|$)");

    private final LineCleaner lines = new LineCleaner();

    @Override
    public Document clean(RawArticle article) {
        String html = article.content();
        org.jsoup.nodes.Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        String title = article.title() != null ? article.title() : title(page);
        LocalDate published = article.published() != null ? article.published() : published(page);
        TextAssembler out = new TextAssembler();
        for (Element drop : page.select(String.join(", ", NEVER_BODY))) {
            out.remove(drop.text(), drop.sourceRange().startPos(), "not body: <" + drop.tagName() + ">");
            drop.remove();
        }
        for (Element hinted : page.select("[class], [id]")) {
            if (hinted.parent() != null && FURNITURE_HINT.matcher(hinted.className() + " " + hinted.id()).find()
                    && !hinted.tagName().equals("body") && !hinted.tagName().equals("article")) {
                out.remove(hinted.text(), hinted.sourceRange().startPos(), "furniture class or id");
                hinted.remove();
            }
        }
        Element container = bestContainer(page);
        if (container == null) {
            throw new NoBodyException("no paragraph text in the page");
        }
        List<LineCleaner.Line> paragraphs = new ArrayList<>();
        for (Element block : container.select(BLOCKS)) {
            boolean holdsBlocks = block.select(BLOCKS).size() > 1;
            if (holdsBlocks && !block.tagName().equals("li")) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty() && linkDensity(block) < 0.5) {
                paragraphs.add(new LineCleaner.Line(text, Math.max(block.sourceRange().startPos(), 0)));
            }
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add(new LineCleaner.Line(container.text(), Math.max(container.sourceRange().startPos(), 0)));
        }
        String[] reasons = LineCleaner.classify(paragraphs);
        for (int i = 0; i < paragraphs.size(); i++) {
            LineCleaner.Line p = paragraphs.get(i);
            if (reasons[i] != null) {
                out.remove(p.text(), p.start(), reasons[i]);
            } else if (title == null || !p.text().equals(title.strip())) {
                out.keep(p.text(), p.start());
            }
        }
        if (out.text().isBlank()) {
            throw new NoBodyException("no article text in the page");
        }
        return Document.builder(article.id(), html, out.text())
                .source(article.source())
                .contentHash(article.contentHash())
                .title(title)
                .url(article.url())
                .publishedMetadata(published)
                .offsets(out.offsets())
                .removed(out.removed())
                .build();
    }

    /** The element whose paragraphs hold the most text, weighing links down; parents get a share of their children's score. */
    private static Element bestContainer(org.jsoup.nodes.Document page) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : page.select("p, pre, blockquote")) {
            String text = p.text();
            if (text.length() < 25) {
                continue;
            }
            double score = (1 + Math.min(text.length() / 100.0, 3) + commas(text)) * (1 - linkDensity(p));
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), score / 2, Double::sum);
                }
            }
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static int commas(String text) {
        return (int) text.chars().filter(c -> c == ',').count();
    }

    private static double linkDensity(Element element) {
        int total = element.text().length();
        if (total == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : element.select("a")) {
            linked += a.text().length();
        }
        return (double) linked / total;
    }

    private static String title(org.jsoup.nodes.Document page) {
        String og = page.select("meta[property=og:title]").attr("content");
        if (!og.isBlank()) {
            return og.strip();
        }
        Element h1 = page.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return page.title().isBlank() ? null : page.title().strip();
    }

    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    private static LocalDate published(org.jsoup.nodes.Document page) {
        List<String> candidates = new ArrayList<>();
        candidates.add(page.select("meta[property=article:published_time]").attr("content"));
        candidates.add(page.select("meta[itemprop=datePublished]").attr("content"));
        candidates.add(page.select("meta[name=pubdate], meta[name=date], meta[name=dc.date]").attr("content"));
        for (Element ld : page.select("script[type=application/ld+json]")) {
            var m = JSON_LD_DATE.matcher(ld.data());
            if (m.find()) {
                candidates.add(m.group(1));
            }
        }
        Elements times = page.select("time[datetime]");
        if (!times.isEmpty()) {
            candidates.add(times.first().attr("datetime"));
        }
        for (String candidate : candidates) {
            LocalDate date = org.sitrep.ingest.Dates.parseIso(candidate);
            if (date != null) {
                return date;
            }
        }
        return null;
    }
}
