package org.sitrep.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What a page's metadata says about the article besides title and date: byline, site, language, canonical URL. */
record PageFacts(String byline, String site, String language, String url) {
    private static final Pattern JSON_LD_AUTHOR = Pattern.compile("\"author\"\\s*:\\s*(?:\\[\\s*)?\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"");

    static PageFacts of(org.jsoup.nodes.Document page) {
        return new PageFacts(byline(page), first(page.select("meta[property=og:site_name]").attr("content"),
                page.select("meta[name=application-name]").attr("content")),
                first(page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang"),
                        page.select("meta[http-equiv=content-language]").attr("content"),
                        page.select("meta[property=og:locale]").attr("content").replace('_', '-')),
                first(page.select("link[rel=canonical]").attr("href"), page.select("meta[property=og:url]").attr("content")));
    }

    private static String byline(org.jsoup.nodes.Document page) {
        String meta = first(page.select("meta[name=author]").attr("content"), page.select("meta[property=article:author]").attr("content"));
        if (meta != null && !meta.startsWith("http")) {
            return meta;
        }
        for (Element ld : page.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_AUTHOR.matcher(ld.data());
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        Element marked = page.selectFirst("[rel=author], [itemprop=author], .byline, .author");
        return marked == null || marked.text().isBlank() || marked.text().length() > 120 ? null : marked.text().strip();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
