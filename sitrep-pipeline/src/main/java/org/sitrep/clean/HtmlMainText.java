package org.sitrep.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.sitrep.ingest.Dates;
import org.sitrep.ingest.RawArticle;
import org.sitrep.model.Document;

/**
 * Main-text extraction from HTML, a cascade in the manner of Readability and trafilatura:
 * <ol>
 *   <li>drop what is never body (scripts, forms' controls, hidden elements) and elements whose class
 *       or id names furniture (comments, sharing, related links, sidebars) unless it also names content;</li>
 *   <li>score every container by the paragraphs it holds (length, commas), its class and id, and its
 *       tag, discounted by the share of its text that is links; take the best, with the siblings that
 *       score nearly as well;</li>
 *   <li>within it, drop sub-blocks that are mostly links or named as furniture, and keep the text
 *       blocks in reading order; lines shaped like furniture go by the plain-text rules.</li>
 * </ol>
 * Title and publication date come from metadata. Each paragraph maps to its element's position in
 * the HTML source.
 */
public final class HtmlMainText implements Cleaner {
    private static final String NEVER_BODY = "script, style, noscript, template, svg, iframe, button, select, input, textarea, "
            + "object, embed, canvas, [hidden], [aria-hidden=true], [style~=display:\\s*none]";
    private static final Pattern UNLIKELY = Pattern.compile(
            "(?i)-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|"
                    + "related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|"
                    + "pagination|pager|popup|yom-remote|share|sharing|newsletter|subscribe|promo|outbrain|taboola|recirc|"
                    + "most-?popular|trending|author-bio|byline|caption|credit|tags|toolbar|signup|paywall|cookie|modal");
    private static final Pattern MAYBE_CONTENT = Pattern.compile("(?i)and|article|body|column|content|main|shadow|story|text|post");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|paragraph|prose");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|"
                    + "meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|"
                    + "recirc|newsletter|subscribe|caption|credit|byline|author|social|trending|popular");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
            "td", "dd", "dt");
    private static final Set<String> CONTAINER_TAGS = Set.of("div", "section", "article", "main", "td", "blockquote", "ul",
            "ol", "body", "span", "font", "center");
    private static final Set<String> BLOCK_CHILDREN = Set.of("p", "div", "section", "article", "table", "ul", "ol", "dl",
            "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header", "footer", "aside", "nav", "form", "main");
    private static final Set<String> SKIP_INSIDE = Set.of("figure", "figcaption", "aside", "nav", "footer", "header", "form");
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    /**
     * A pass that keeps less than this, and less than {@link #MIN_SHARE} of the page's text, is
     * retried with fewer removals, as Readability does; a relaxed pass must find at least
     * {@link #MIN_RELAXED} characters to count, so a page of navigation alone has no body.
     */
    private static final int MIN_TEXT = 500;
    private static final double MIN_SHARE = 0.25;
    private static final int MIN_RELAXED = 100;

    @Override
    public Document clean(RawArticle article) {
        Document best = null;
        for (Strictness strictness : Strictness.values()) {
            Extraction attempt = extract(article, strictness);
            if (attempt == null || strictness != Strictness.STRICT && attempt.document().text().length() < MIN_RELAXED) {
                continue;
            }
            if (best == null || attempt.document().text().length() > best.text().length()) {
                best = attempt.document();
            }
            int length = best.text().length();
            if (length >= MIN_TEXT || length >= MIN_SHARE * attempt.pageText()) {
                break;
            }
        }
        if (best == null) {
            throw new NoBodyException("no article text in the page");
        }
        return best;
    }

    /** One pass's result, with the length of the page's visible text it came from. */
    private record Extraction(Document document, int pageText) {}

    /** How much a pass removes before it looks for the body: the cascade relaxes when a pass finds too little. */
    private enum Strictness {
        STRICT(true, true), KEEP_UNLIKELY(false, true), KEEP_ALL(false, false);

        final boolean removeUnlikely;
        final boolean cleanConditionally;

        Strictness(boolean removeUnlikely, boolean cleanConditionally) {
            this.removeUnlikely = removeUnlikely;
            this.cleanConditionally = cleanConditionally;
        }
    }

    private Extraction extract(RawArticle article, Strictness strictness) {
        String html = article.content();
        org.jsoup.nodes.Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        String title = article.title() != null ? article.title() : title(page);
        LocalDate published = article.published() != null ? article.published() : published(page);
        PageFacts facts = PageFacts.of(page);
        TextAssembler out = new TextAssembler();
        for (Element drop : page.select(NEVER_BODY)) {
            drop.remove();
        }
        int pageText = page.body() == null ? 0 : page.body().text().length();
        if (strictness.removeUnlikely) {
            removeUnlikely(page.body(), out);
        }
        List<Element> containers = mainContainers(page);
        recordOutside(containers, out);
        List<LineCleaner.Line> paragraphs = new ArrayList<>();
        for (Element container : containers) {
            if (strictness.cleanConditionally) {
                cleanConditionally(container, out);
            }
            collect(container, paragraphs);
        }
        String[] reasons = LineCleaner.classify(paragraphs);
        String headline = title == null ? "" : title.strip();
        for (int i = 0; i < paragraphs.size(); i++) {
            LineCleaner.Line p = paragraphs.get(i);
            if (reasons[i] != null) {
                out.remove(p.text(), p.start(), reasons[i]);
            } else if (p.text().equals(headline)) {
                out.remove(p.text(), p.start(), "headline");
            } else {
                out.keep(p.text(), p.start());
            }
        }
        if (out.text().isBlank()) {
            return null;
        }
        return new Extraction(Document.builder(article.id(), html, out.text())
                .source(article.source())
                .contentHash(article.contentHash())
                .title(title)
                .url(article.url() != null ? article.url() : facts.url())
                .byline(facts.byline())
                .site(facts.site())
                .language(facts.language())
                .publishedMetadata(published)
                .offsets(out.offsets())
                .removed(out.removed())
                .build(), pageText);
    }

    /** Records the page regions around the main text, level by level up to the body, as removed. */
    private static void recordOutside(List<Element> containers, TextAssembler out) {
        if (containers.isEmpty()) {
            return;
        }
        Set<Element> kept = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(containers);
        for (Element level = containers.get(0); level.parent() != null && !level.tagName().equals("body"); level = level.parent()) {
            for (Element sibling : level.parent().children()) {
                if (!kept.contains(sibling) && sibling != level && !sibling.text().isBlank()) {
                    out.remove(sibling.text(), start(sibling), "outside the main text: <" + sibling.tagName() + ">");
                }
            }
            kept.add(level.parent());
        }
    }

    /** Elements whose class or id names furniture, unless the same names also suggest content. */
    private static void removeUnlikely(Element body, TextAssembler out) {
        if (body == null) {
            return;
        }
        int pageText = body.text().length();
        for (Element e : body.select("*")) {
            if (e.parent() == null || e == body || e.tagName().equals("article") || e.tagName().equals("main")) {
                continue;
            }
            String names = e.className() + " " + e.id();
            if (names.isBlank() || !UNLIKELY.matcher(names).find() || MAYBE_CONTENT.matcher(names).find()) {
                continue;
            }
            // Furniture is a small part of a page; an element holding most of its text is a wrapper with an odd name.
            if (e.text().length() > pageText / 2) {
                continue;
            }
            out.remove(e.text(), start(e), "furniture class or id: " + names.strip());
            e.remove();
        }
    }

    /** The best-scoring container and its siblings that score nearly as well. */
    private static List<Element> mainContainers(org.jsoup.nodes.Document page) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element block : page.select("p, pre, td, blockquote, div, section")) {
            boolean division = block.tagName().equals("div") || block.tagName().equals("section");
            // A division counts by the text sitting directly in it ("text<br>text<div></div>text").
            String text = division ? inlineText(block) : block.text();
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element ancestor = block.parent();
            for (int level = 0; ancestor != null && level < 3; level++, ancestor = ancestor.parent()) {
                if (ancestor.tagName().equals("html")) {
                    break;
                }
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scores.merge(ancestor, initialScore(ancestor) + score * share, (old, add) -> old + score * share);
            }
        }
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double score = e.getValue() * (1 - linkDensity(e.getKey()));
            e.setValue(score);
            if (score > best) {
                best = score;
                top = e.getKey();
            }
        }
        if (top == null) {
            Element body = page.body();
            return body != null ? List.of(body) : List.of();
        }
        List<Element> chosen = new ArrayList<>();
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, best * 0.2);
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                chosen.add(sibling);
                continue;
            }
            Double score = scores.get(sibling);
            String text = sibling.text();
            double density = linkDensity(sibling);
            boolean goodParagraph = sibling.tagName().equals("p")
                    && (text.length() > 80 && density < 0.25 || text.length() > 0 && density == 0 && text.matches(".*\\.( |$).*"));
            if (score != null && score >= threshold || goodParagraph) {
                chosen.add(sibling);
            }
        }
        return chosen;
    }

    private static String inlineText(Element e) {
        StringBuilder text = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                text.append(t.text());
            } else if (child instanceof Element c && isInline(c)) {
                text.append(c.text());
            }
        }
        return text.toString().strip();
    }

    private static boolean isInline(Element e) {
        return !BLOCK_TAGS.contains(e.tagName()) && !CONTAINER_TAGS.contains(e.tagName()) && !BLOCK_CHILDREN.contains(e.tagName())
                && !e.tagName().equals("br");
    }

    private static double initialScore(Element e) {
        double score = switch (e.tagName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        // schema.org microdata names the body outright.
        boolean microdataBody = e.attr("itemprop").equalsIgnoreCase("articleBody");
        return score + classWeight(e) + (microdataBody ? 25 : 0);
    }

    private static double classWeight(Element e) {
        double weight = 0;
        for (String names : new String[] {e.className(), e.id()}) {
            if (names.isBlank()) {
                continue;
            }
            if (NEGATIVE.matcher(names).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(names).find()) {
                weight += 25;
            }
        }
        return weight;
    }

    /** Inside the chosen container: sub-blocks that are mostly links, or named as furniture and short on prose, go. */
    private static void cleanConditionally(Element container, TextAssembler out) {
        for (Element e : container.select("div, section, ul, ol, table, aside, nav, footer, header, figure, form")) {
            if (e == container || e.parent() == null) {
                continue;
            }
            if (SKIP_INSIDE.contains(e.tagName())) {
                out.remove(e.text(), start(e), "not body: <" + e.tagName() + ">");
                e.remove();
                continue;
            }
            String text = e.text();
            int paragraphs = e.select("p").size();
            double density = linkDensity(e);
            boolean negative = classWeight(e) < 0;
            boolean linkList = density > 0.5 && text.length() < 2000;
            boolean namedFurniture = negative && paragraphs < 3 && text.length() < 1000;
            if (linkList || namedFurniture) {
                out.remove(text, start(e), linkList ? "mostly links" : "furniture class or id");
                e.remove();
            }
        }
    }

    /** Text blocks in reading order: paragraph-like elements, and runs of text sitting directly in containers. */
    private static void collect(Element container, List<LineCleaner.Line> paragraphs) {
        if (BLOCK_TAGS.contains(container.tagName())) {
            add(paragraphs, container.text(), start(container));
            return;
        }
        StringBuilder loose = new StringBuilder();
        int looseStart = -1;
        for (Node child : container.childNodes()) {
            if (child instanceof TextNode t) {
                if (!t.isBlank()) {
                    looseStart = looseStart < 0 ? Math.max(0, t.sourceRange().startPos()) : looseStart;
                    loose.append(t.text());
                }
            } else if (child instanceof Element e) {
                if (isInline(e)) {
                    looseStart = looseStart < 0 ? start(e) : looseStart;
                    loose.append(e.text());
                    continue;
                }
                flush(paragraphs, loose, looseStart);
                looseStart = -1;
                if (!e.tagName().equals("br")) {
                    collect(e, paragraphs);
                }
            }
        }
        flush(paragraphs, loose, looseStart);
    }

    private static void flush(List<LineCleaner.Line> paragraphs, StringBuilder loose, int start) {
        if (loose.length() > 0) {
            add(paragraphs, loose.toString(), start);
            loose.setLength(0);
        }
    }

    private static void add(List<LineCleaner.Line> paragraphs, String text, int start) {
        String t = text.replaceAll("\\s+", " ").strip();
        if (!t.isEmpty()) {
            paragraphs.add(new LineCleaner.Line(t, Math.max(0, start)));
        }
    }

    private static int start(Element e) {
        return Math.max(0, e.sourceRange().startPos());
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                n++;
            }
        }
        return n;
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
        return Math.min(1, (double) linked / total);
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

    private static LocalDate published(org.jsoup.nodes.Document page) {
        List<String> candidates = new ArrayList<>();
        candidates.add(page.select("meta[property=article:published_time]").attr("content"));
        candidates.add(page.select("meta[itemprop=datePublished]").attr("content"));
        candidates.add(page.select("meta[name=pubdate], meta[name=date], meta[name=dc.date]").attr("content"));
        for (Element ld : page.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(ld.data());
            if (m.find()) {
                candidates.add(m.group(1));
            }
        }
        Elements times = page.select("time[datetime]");
        if (!times.isEmpty()) {
            candidates.add(times.first().attr("datetime"));
        }
        for (String candidate : candidates) {
            LocalDate date = Dates.parseIso(candidate);
            // some sites fill an empty date field with the year 1 ("0001-01-01T00:00:00Z")
            if (date != null && date.getYear() >= 1900) {
                return date;
            }
        }
        return null;
    }
}
