package org.sitrep.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.ingest.RawArticle;
import org.sitrep.model.Document;

/**
 * Cleans plain-text dumps where each line is a paragraph and page furniture is mixed in. Each line
 * is classified by its shape: a table of furniture patterns (prompts, cross-links, credits,
 * copyright, timestamped headline lists), captions next to photo credits, lines repeated within
 * the page, and a short first line taken as the headline.
 */
public final class LineCleaner implements Cleaner {
    /** A furniture pattern; lines longer than {@code maxWords} are prose that merely mentions the words. */
    private record Rule(Pattern pattern, String reason, int maxWords) {}

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";

    /** Whole-line furniture, by reason. Order matters only for the reason reported. */
    private static final List<Rule> RULES = List.of(
            rule("(?i)^(read|see) (more|also)\\b\\s*[:：-]", "cross-link", 40),
            rule("(?i)^(also read|related( (articles?|stories|news|coverage))?|more from [^.]{1,40}|recommended( for you)?|you may also like|most read|trending( now)?)\\s*[:：]", "cross-link", 40),
            rule("(?i)^(photo|image|picture|photograph|credit|video)s?\\s*(by|credit|courtesy)?\\s*[:：]", "photo credit", 15),
            rule("(?i)^[^.]{0,60}\\b(AFP|AP|Reuters|Getty Images|EPA|Anadolu)( photo)?\\s*$", "photo credit", 8),
            rule("(?i)\\b(subscribe|subscribers|subscription|sign (in|up)|log ?in)\\b.*\\b(comments?|digital access|account|newsletter|continue reading)\\b", "subscription prompt", 30),
            rule("(?i)\\b(comments?|digital access|account|newsletter)\\b.*\\b(subscribe|subscribers|sign (in|up)|log ?in)\\b", "subscription prompt", 30),
            rule("(?i)^(send|post|leave|add|write) (us )?(your |a )?comments?\\b", "comment prompt", 12),
            rule("(?i)^your (comment|name|email)\\b", "comment prompt", 12),
            rule("(?i)\\b(we|this (web)?site) uses? cookies\\b|\\baccept (all )?cookies\\b|\\bcookies?\\b.*\\b(accept|consent|preferences|settings|policy|browsing|experience|deliver)\\b",
                    "cookie notice", 40),
            rule("(?i)\\b(reset (your )?password|account email|forgot (your )?password)\\b", "account prompt", 40),
            rule("(?i)(©|\\(c\\)\\s*\\d{4}|\\bcopyright\\b|all rights reserved)", "copyright", 25),
            rule("(?i)((maintained|designed|developed) and (maintained|designed|developed) by|^(powered|hosted|developed|designed|maintained) by)\\b", "site footer", 20),
            rule("(?i)^(share|tweet|email|print|save)( (this|the))?( (article|story|page))?( on \\w+)?\\s*[:!]?$", "share prompt", 6),
            rule("(?i)^(filed under|tags?|topics?|categories|keywords)\\s*[:：]", "tags", 30),
            rule("^(?i:by)\\s+(?:[A-Z][\\p{L}.'-]*\\s*(?:and\\s+|,\\s*)?){1,6}$|^(?i)by an? (staff|special) (reporter|correspondent|writer)s?$", "byline", 10),
            rule("(?i)^(source|sources|via)\\s*[:：]\\s*\\S[^.]{0,40}$", "source credit", 8),
            rule("(?i)\\b(GMT|UTC)\\s*\\d{1,2}:\\d{2}\\b", "timestamped headline", 60),
            rule("(?i)\\b\\d{1,2}:\\d{2}\\s*(am|pm)?\\s*,?\\s*(" + WEEKDAY + "|\\d{4})", "timestamped headline", 60),
            rule("(?i)^(advertisement|sponsored( content)?|story continues below( advertisement)?)$", "advertisement", 5),
            rule("(?i)^(click here|tap here|follow us|join us|download (our|the) app|sign up for)\\b", "promotion", 25));

    /** A line that is only a date, perhaps labelled and timed ("Updated: 3 February 2025, 09:15 GMT"). */
    private static final Pattern DATE_LINE = Pattern.compile("(?i)(?:(?:first |last )?(?:published|posted|updated|dated?)\\s*(?:on)?\\s*[:|-]?\\s*)?"
            + "(?:" + WEEKDAY + ",?\\s*)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+\\d{4}|" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})"
            + "(?:\\s*(?:,|at|-|\\|)?\\s*\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,4})?)?\\s*");
    /** A caption ends in a dateline-like date ("…, July 20, 2012") and lacks a full stop. */
    private static final Pattern CAPTION_DATE = Pattern.compile(
            ",\\s*" + MONTH + "\\s+\\d{1,2},\\s+\\d{4}\\s*$|,\\s*\\d{1,2}\\s+" + MONTH + "\\s+\\d{4}\\s*$");
    /** A credit line at the very end: a few words naming agencies or staff. */
    private static final Pattern END_CREDIT = Pattern.compile(
            "(?i)^[\\w .,&'-]{0,60}\\b(agencies|agency|staff|contributed|wire services|news desk|reporting by|editing by)\\b[\\w .,&'-]{0,40}$");
    private static final Pattern LINE = Pattern.compile("[^\\r\\n]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…”\"’')\\]]\\s*$");

    private static Rule rule(String regex, String reason, int maxWords) {
        return new Rule(Pattern.compile(regex), reason, maxWords);
    }

    @Override
    public Document clean(RawArticle article) {
        String original = article.content();
        List<Line> lines = splitLines(original);
        if (lines.isEmpty()) {
            throw new NoBodyException("no text lines");
        }
        String[] reasons = classify(lines);
        String title = article.title();
        int titleLine = -1;
        if (title == null) {
            titleLine = headlineLine(lines, reasons);
            if (titleLine >= 0) {
                title = lines.get(titleLine).text();
            }
        }
        TextAssembler out = new TextAssembler();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (i == titleLine) {
                out.remove(line.text(), line.start(), "headline");
            } else if (reasons[i] != null) {
                out.remove(line.text(), line.start(), reasons[i]);
            } else {
                out.keep(line.text(), line.start());
            }
        }
        if (out.text().isBlank()) {
            throw new NoBodyException("every line is page furniture");
        }
        String byline = null;
        for (int i = 0; i < lines.size() && byline == null; i++) {
            if ("byline".equals(reasons[i])) {
                byline = lines.get(i).text();
            }
        }
        return Document.builder(article.id(), original, out.text())
                .source(article.source())
                .byline(byline)
                .contentHash(article.contentHash())
                .title(title)
                .url(article.url())
                .publishedMetadata(article.published())
                .offsets(out.offsets())
                .removed(out.removed())
                .build();
    }

    record Line(String text, int start) {}

    /** Non-blank lines, trimmed, with their start offsets in the original. */
    static List<Line> splitLines(String original) {
        List<Line> lines = new ArrayList<>();
        Matcher m = LINE.matcher(original);
        while (m.find()) {
            String raw = m.group();
            int lead = 0;
            while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) {
                lead++;
            }
            String trimmed = raw.strip();
            if (!trimmed.isEmpty()) {
                lines.add(new Line(trimmed, m.start() + lead));
            }
        }
        return lines;
    }

    /** The reason each line is furniture, or null for body lines. */
    static String[] classify(List<Line> lines) {
        String[] reasons = new String[lines.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            for (Rule rule : RULES) {
                if (wordCount(text) <= rule.maxWords() && rule.pattern().matcher(text).find()) {
                    reasons[i] = rule.reason();
                    break;
                }
            }
            // A short line that recurs on the page is navigation or a repeated footer.
            Integer first = seen.putIfAbsent(text, i);
            if (first != null && wordCount(text) <= 15) {
                reasons[i] = reasons[i] != null ? reasons[i] : "repeated line";
                reasons[first] = reasons[first] != null ? reasons[first] : "repeated line";
            }
        }
        markCaptions(lines, reasons);
        markEndCredits(lines, reasons);
        return reasons;
    }

    /**
     * A caption sits next to a block of photo credits (the line after it, else the line before) and
     * lacks a full stop; elsewhere, a short unterminated line ending in a date ("…, July 20, 2012").
     */
    private static void markCaptions(List<Line> lines, String[] reasons) {
        for (int i = 0; i < lines.size(); i++) {
            if (isPhotoCredit(reasons, i) && !isPhotoCredit(reasons, i + 1)) {
                int blockStart = i;
                while (isPhotoCredit(reasons, blockStart - 1)) {
                    blockStart--;
                }
                if (!markIfCaption(lines, reasons, i + 1)) {
                    markIfCaption(lines, reasons, blockStart - 1);
                }
            }
        }
        // The first line left is the title even when it ends on a date ("Sudan: Humanitarian update, 3 October 2025").
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (reasons[i] == null && !first && !text.endsWith(".") && CAPTION_DATE.matcher(text).find() && wordCount(text) <= 40) {
                reasons[i] = "caption";
            }
            first &= reasons[i] != null;
        }
    }

    private static boolean markIfCaption(List<Line> lines, String[] reasons, int i) {
        if (i < 0 || i >= lines.size() || reasons[i] != null) {
            return false;
        }
        String text = lines.get(i).text();
        boolean unterminated = !SENTENCE_END.matcher(text).find() || CAPTION_DATE.matcher(text).find();
        if (unterminated && wordCount(text) <= 40) {
            reasons[i] = "caption";
            return true;
        }
        return false;
    }

    private static boolean isPhotoCredit(String[] reasons, int i) {
        return i >= 0 && i < reasons.length && "photo credit".equals(reasons[i]);
    }

    /** Short credit lines at the end of the text ("… and agencies"). */
    private static void markEndCredits(List<Line> lines, String[] reasons) {
        for (int i = lines.size() - 1; i >= 0 && i >= lines.size() - 3; i--) {
            String text = lines.get(i).text();
            if (reasons[i] == null && wordCount(text) <= 8 && END_CREDIT.matcher(text).find()) {
                reasons[i] = "credit";
            }
        }
    }

    /** The first body line is a headline when it is short, unterminated and followed by more text. */
    private static int headlineLine(List<Line> lines, String[] reasons) {
        for (int i = 0; i < lines.size(); i++) {
            if (reasons[i] != null) {
                continue;
            }
            String text = lines.get(i).text();
            if (DATE_LINE.matcher(text).matches()) {
                // The day of publication printed above the text is no headline; the dater reads it.
                continue;
            }
            boolean shortLine = wordCount(text) <= 20 && text.length() <= 160;
            boolean more = i + 1 < lines.size();
            return shortLine && more && !text.endsWith(".") && !text.endsWith(":") ? i : -1;
        }
        return -1;
    }

    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
