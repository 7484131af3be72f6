package org.sitrep.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.ActorMention;
import org.sitrep.model.ArticleDate;
import org.sitrep.model.DateWindow;
import org.sitrep.model.Document;
import org.sitrep.model.Evidence;
import org.sitrep.model.LayerKey;
import org.sitrep.model.Layers;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Stage;

/**
 * Dates an article. Metadata wins when present, then a date the text prints at its head (a line of
 * its own or a wire dateline). Otherwise the window starts as [1900, the day the
 * article was read] and each piece of evidence narrows it: years the text speaks of as past; actors
 * that did not exist before a date; office holders named with their office ("President X") and
 * the term they held it; the age of a known conflict ("Syria's four-and-a-half-year-old
 * conflict"); dated world events the text names, and how long ago it says they were ("rebels who
 * captured Aleppo last week"). Evidence that would empty the window is set aside, not trusted over the rest; a
 * day printed at the head without its year then dates the article if it falls once in the window. The
 * text seen here is cleaned body text, so dates in page furniture never count.
 */
public final class ArticleDater implements Stage {
    /** No evidence at all leaves the article anywhere in the age of newspapers archived as text. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final Pattern FUTURE_CONTEXT = Pattern.compile("(?i)\\b(will|by|until|next|plans?|planned|scheduled|expected|upcoming|due|before|to be held)\\s+(?:\\w+\\s+){0,2}$");
    private static final Set<String> FUTURE_WORDS = Set.of("will", "would", "expect", "forecast", "project", "plan", "by",
            "until", "through", "next", "due", "schedule", "target", "aim", "goal", "predict", "estimate", "hope", "seek", "year-end");
    /** Words of plans: a milestone named with them may not have happened yet ("Russia plans air strikes"). */
    private static final Set<String> PLAN_WORDS = Set.of("plan", "expect", "schedule", "upcoming", "next", "prepare", "threaten");
    private static final Pattern FORMER = Pattern.compile("(?i)\\b(former|late|then|ex|ousted|deposed|toppled|slain|killed)[\\s-]*(\\w+\\s+){0,2}$");
    private static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0),
            Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
            Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0),
            Map.entry("thirteen", 13.0), Map.entry("fourteen", 14.0), Map.entry("fifteen", 15.0), Map.entry("a", 1.0));
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|a)((?:[- ]and[- ]a[- ]half)?)";
    private static final String WAR = "(war|conflict|civil war|fighting|uprising|crisis)";
    /** "more than five years of war", "a four-and-a-half-year-old conflict". */
    private static final Pattern CONFLICT_AGE = Pattern.compile("(?i)\\b(more than|over|nearly|almost|about|some)?\\s*" + NUMBER
            + "(?:[- ]years?[- ]old[- ](?:\\w+[- ])?" + WAR + "|\\s+years?\\s+(?:of|into(?: the)?)\\s+(?:\\w+\\s+)?" + WAR + ")");

    /** How far into the text a publication date may stand. */
    private static final int DATELINE_SENTENCES = 3;
    /** How a time expression's value writes an unknown year ("XXXX-01-24"). */
    private static final String NO_YEAR = "XXXX";
    private static final Pattern PRINTED_DAY = Pattern.compile("(?:\\d{4}|" + NO_YEAR + ")-\\d{2}-\\d{2}(?:T.*)?");
    private static final String WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\.?,?\\s*";
    private static final Pattern DATE_LINE_BEFORE = Pattern.compile(
            "(?i)\\s*(?:(?:first |last )?(?:published|posted|updated|dated?)\\s*(?:on|at)?\\s*[:|-]?\\s*)?(?:" + WEEKDAY + ")?");
    private static final Pattern DATE_LINE_AFTER = Pattern.compile(
            "\\s*(?:(?:,|at|-|\\||\\u2013|\\u2014)?\\s*\\d{1,2}[:.]\\d{2}\\s*(?i:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,4}|[+-]\\d{2}:?\\d{2})?)?\\s*");
    /** A title's closing date after a comma, colon or dash: "…, 3 October 2025", "… - Oct. 3, 2025". */
    private static final Pattern TITLE_DATE = Pattern.compile("(?i)(?:,|:|\\s-|\\u2013|\\u2014)\\s*(?:(\\d{1,2})\\s+" + CalendarWords.MONTH
            + "\\s+(\\d{4})|" + CalendarWords.MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4}))$");
    /** A wire dateline: the place in capitals or as a name, then the date ("BEIRUT, Lebanon, 3 March 2016"). */
    private static final Pattern WIRE_BEFORE = Pattern.compile("\\s*(?:\\p{Lu}[\\p{L}.'’ -]{1,40},\\s*){0,2}(?:" + WEEKDAY + ")?");
    private static final Pattern WIRE_AFTER = Pattern.compile("\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:-|\\u2013|\\u2014|--)(?:\\s|$)");

    /** Who a wire's lead quotes speaks on the day it prints: "…, police said on Thursday", "… told reporters Thursday". */
    private static final Pattern SPOKEN_ON = Pattern.compile("(?i)\\b(?:said|says|told(?:\\s+[\\w-]+){1,3}?|announced|reported|confirmed)\\s+(?:late\\s+|early\\s+)?(?:on\\s+)?"
            + CalendarWords.WEEKDAY + "\\b");

    private record Conflict(String country, List<String> words, LocalDate start) {}

    private final ActorTable actors;
    private final LocalDate readOn;
    private final List<Conflict> conflicts = new ArrayList<>();
    private final Milestones milestones = new Milestones("/org/sitrep/resolve/milestones.tsv");

    /** @param readOn the day the articles were read: no article is published after it */
    public ArticleDater(ActorTable actors, LocalDate readOn) {
        this.actors = actors;
        this.readOn = readOn;
        for (String[] row : ReferenceData.table("/org/sitrep/resolve/conflicts.tsv")) {
            conflicts.add(new Conflict(row[0], List.of(row[1].toLowerCase(Locale.ROOT).split(";")), LocalDate.parse(row[2])));
        }
    }

    @Override
    public String name() {
        return "date-article";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.TIMEX, Layers.ACTORS, Layers.PLACES);
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of();
    }

    @Override
    public Document apply(Document document) {
        if (document.publishedMetadata() != null) {
            return document.withPublished(new ArticleDate(DateWindow.day(document.publishedMetadata()), "metadata", List.of()));
        }
        LocalDate titled = titleDate(document.title());
        if (titled != null && !titled.isAfter(readOn)) {
            return document.withPublished(new ArticleDate(DateWindow.day(titled), "title", List.of()));
        }
        List<TimeExpression> printed = printedDates(document);
        for (TimeExpression t : printed) {
            LocalDate day = t.value().startsWith(NO_YEAR) ? null : LocalDate.parse(t.value().substring(0, 10));
            if (day != null && !day.isAfter(readOn)) {
                return document.withPublished(new ArticleDate(DateWindow.day(day), "dateline",
                        List.of(new Evidence(t.text(), t.start(), t.end(), "published on " + day))));
            }
        }
        Narrowing n = new Narrowing(new DateWindow(EARLIEST, readOn));
        String text = document.text();
        for (TimeExpression t : document.layer(Layers.TIMEX)) {
            if (!reportsThePast(document, t)) {
                continue;
            }
            pastYear(t, text).ifPresent(from -> n.apply(new DateWindow(from, readOn),
                    new Evidence(t.text(), t.start(), t.end(), "speaks of " + t.value() + " as past")));
        }
        for (ActorMention m : document.layer(Layers.ACTORS)) {
            ActorTable.Lifetime life = m.actor() == null ? null : actors.lifetime(m.actor());
            if (life != null && life.since() != null && !life.since().isAfter(readOn)) {
                n.apply(new DateWindow(life.since(), readOn), new Evidence(m.text(), m.start(), m.end(),
                        m.actor().name() + " exists since " + life.since()));
            }
            tenure(m, text).ifPresent(w -> n.apply(w, new Evidence(m.text(), m.start(), m.end(),
                    m.actor().name() + " in office " + w)));
        }
        String mainCountry = mainCountry(document);
        conflictAges(document, mainCountry).forEach(age -> n.apply(age.window(), age.evidence()));
        milestonesNamed(document).forEach(m -> n.apply(m.window(), m.evidence()));
        // A wire prints the day without its year ("KINSHASA, Jan. 24 (Reuters) -"): the day, if it falls once in the window.
        Optional<TimeExpression> yearless = printed.stream().filter(t -> t.value().startsWith(NO_YEAR)).findFirst();
        if (yearless.isPresent()) {
            TimeExpression t = yearless.get();
            Optional<LocalDate> once = onlyDay(n.window, t, null);
            DayOfWeek spokenOn = once.isPresent() ? null : spokenOn(document, t);
            Optional<LocalDate> day = spokenOn == null ? once : onlyDay(n.window, t, spokenOn);
            if (day.isPresent()) {
                List<Evidence> evidence = new ArrayList<>(n.evidence);
                String which = spokenOn == null ? "the one such day in " : "the one such day on a " + spokenOn + ", the day its sources spoke, in ";
                evidence.add(0, new Evidence(t.text(), t.start(), t.end(), "published on " + day.get() + ", " + which + n.window));
                return document.withPublished(new ArticleDate(DateWindow.day(day.get()), "dateline", evidence));
            }
            n.evidence.add(new Evidence(t.text(), t.start(), t.end(), "printed as the day of publication, without its year"));
        }
        return document.withPublished(new ArticleDate(n.window, "text", n.evidence));
    }

    /** The one day in the window with the month and day a yearless date prints, or empty when none or several (or the year is printed). */
    public static Optional<LocalDate> onlyDay(DateWindow window, TimeExpression yearless) {
        return onlyDay(window, yearless, null);
    }

    /** As {@link #onlyDay(DateWindow, TimeExpression)}, among the days that fall on the given weekday when it is not null. */
    private static Optional<LocalDate> onlyDay(DateWindow window, TimeExpression yearless, DayOfWeek weekday) {
        if (!yearless.value().startsWith(NO_YEAR)) {
            return Optional.empty();
        }
        MonthDay printed = MonthDay.parse("--" + yearless.value().substring(NO_YEAR.length() + 1, NO_YEAR.length() + 6));
        List<LocalDate> days = new ArrayList<>();
        for (int year = window.earliest().getYear(); year <= window.latest().getYear() && days.size() < 2; year++) {
            if (printed.isValidYear(year) && window.contains(printed.atYear(year))
                    && (weekday == null || printed.atYear(year).getDayOfWeek() == weekday)) {
                days.add(printed.atYear(year));
            }
        }
        return days.size() == 1 ? Optional.of(days.get(0)) : Optional.empty();
    }

    /**
     * The weekday a yearless dateline's own sentence says its sources spoke on ("SRINAGAR, May 8 -
     * …, police said on Thursday"): a wire files on the day it quotes, so the year is one in which
     * the printed day falls on that weekday. Null when the sentence names no such day.
     */
    private static DayOfWeek spokenOn(Document document, TimeExpression dateline) {
        Sentence lead = document.layer(Layers.SENTENCES).stream().filter(s -> s.contains(dateline)).findFirst().orElse(null);
        if (lead == null) {
            return null;
        }
        Matcher m = SPOKEN_ON.matcher(document.text().substring(dateline.end(), lead.end()));
        return m.find() ? CalendarWords.weekday(m.group(1)) : null;
    }

    /**
     * Dates the text prints at its head the way pages and wires print the day of publication: on a
     * line of its own ("May 13, 2025", "Published: 12 May 2025 10:42 GMT") or as a dateline before
     * a dash ("KHARTOUM, 14 May 2025 —", "KINSHASA, Jan. 24 (Reuters) -"), in one of the first
     * sentences; with their year or without it (a value starting "XXXX").
     */
    /** The date a report's title ends on ("Sudan: Humanitarian update, 3 October 2025"), or null. */
    static LocalDate titleDate(String title) {
        Matcher m = title == null ? null : TITLE_DATE.matcher(title.strip());
        if (m == null || !m.find()) {
            return null;
        }
        boolean dayFirst = m.group(1) != null;
        int month = CalendarWords.monthNumber(dayFirst ? m.group(2) : m.group(4));
        int day = Integer.parseInt(dayFirst ? m.group(1) : m.group(5));
        int year = Integer.parseInt(dayFirst ? m.group(3) : m.group(6));
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    public static List<TimeExpression> printedDates(Document document) {
        if (!document.has(Layers.SENTENCES) || !document.has(Layers.TIMEX)) {
            return List.of();
        }
        String text = document.text();
        List<Sentence> opening = document.layer(Layers.SENTENCES).stream().limit(DATELINE_SENTENCES).toList();
        List<TimeExpression> printed = new ArrayList<>();
        for (TimeExpression t : document.layer(Layers.TIMEX)) {
            Sentence s = opening.stream().filter(x -> x.contains(t)).findFirst().orElse(null);
            // The recogniser reads a date with its hour ("4 March 2019 10:42 GMT") as a time of that day.
            if (s == null || t.value() == null || !PRINTED_DAY.matcher(t.value()).matches()) {
                continue;
            }
            String before = text.substring(s.start(), t.start());
            String after = text.substring(t.end(), s.end());
            boolean ownLine = DATE_LINE_BEFORE.matcher(before).matches() && DATE_LINE_AFTER.matcher(after).matches();
            boolean wire = WIRE_BEFORE.matcher(before).matches() && WIRE_AFTER.matcher(after).lookingAt();
            if (ownLine || wire) {
                printed.add(t);
            }
        }
        return printed;
    }

    /**
     * A date counts as past only in a sentence told in the past tense with no word of the future:
     * "sales rose in 1988" dates the article after 1988; "rates will fall by 1990" does not.
     */
    private static boolean reportsThePast(Document document, TimeExpression t) {
        for (Sentence s : document.layer(Layers.SENTENCES)) {
            if (s.contains(t)) {
                return tenseOf(document, s, FUTURE_WORDS) == Tense.PAST;
            }
        }
        return false;
    }

    private enum Tense { PAST, PRESENT, FUTURE }

    /** Future when one of the future words or a modal verb stands there; else past when a verb is in the past. */
    private static Tense tenseOf(Document document, Sentence s, Set<String> futureWords) {
        boolean past = false;
        for (Token w : document.layer(Layers.TOKENS)) {
            if (!s.contains(w)) {
                continue;
            }
            if (futureWords.contains(w.lemma().toLowerCase(Locale.ROOT)) || w.pos().equals("MD")) {
                return Tense.FUTURE;
            }
            past |= w.pos().equals("VBD") || w.pos().equals("VBN");
        }
        return past ? Tense.PAST : Tense.PRESENT;
    }

    /** Narrows a window one piece of evidence at a time, setting aside what contradicts the rest. */
    private static final class Narrowing {
        DateWindow window;
        final List<Evidence> evidence = new ArrayList<>();

        Narrowing(DateWindow start) {
            window = start;
        }

        void apply(DateWindow constraint, Evidence why) {
            DateWindow narrowed = window.intersect(constraint);
            if (narrowed != null) {
                if (!narrowed.equals(window)) {
                    evidence.add(why);
                }
                window = narrowed;
            }
        }
    }

    private Optional<LocalDate> pastYear(TimeExpression t, String text) {
        if (t.value() == null || !t.value().matches("^\\d{4}(-\\d{2}){0,2}$") || !"DATE".equals(t.type())) {
            return Optional.empty();
        }
        String before = text.substring(Math.max(0, t.start() - 40), t.start());
        if (FUTURE_CONTEXT.matcher(before).find()) {
            return Optional.empty();
        }
        String[] parts = t.value().split("-");
        LocalDate from = LocalDate.of(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
                parts.length > 2 ? Integer.parseInt(parts[2]) : 1);
        return from.isAfter(readOn) ? Optional.empty() : Optional.of(from);
    }

    /** An office holder named with the office, not as a former holder: the article falls in the term. */
    private Optional<DateWindow> tenure(ActorMention m, String text) {
        if (m.actor() == null) {
            return Optional.empty();
        }
        String before = text.substring(Math.max(0, m.start() - 60), m.start()).toLowerCase(Locale.ROOT);
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40)).toLowerCase(Locale.ROOT);
        if (FORMER.matcher(before).find()) {
            return Optional.empty();
        }
        LocalDate from = null;
        LocalDate until = null;
        for (ActorTable.Tenure t : actors.tenures(m.actor())) {
            boolean named = t.officeWords().stream().map(w -> w.toLowerCase(Locale.ROOT))
                    .anyMatch(w -> nearEnd(before, w) || after.matches("^,?\\s*(the\\s+)?(\\w+['’]s\\s+)?" + Pattern.quote(w) + "\\b.*"));
            if (named) {
                LocalDate end = t.until() == null ? readOn : t.until();
                from = from == null || t.from().isBefore(from) ? t.from() : from;
                until = until == null || end.isAfter(until) ? end : until;
            }
        }
        return from == null || until.isBefore(from) ? Optional.empty() : Optional.of(new DateWindow(from, until));
    }

    /** The office words close before the name, with at most a few words between ("Quds Force commander, Maj. Gen."). */
    private static boolean nearEnd(String before, String office) {
        int at = before.lastIndexOf(office);
        if (at < 0) {
            return false;
        }
        String between = before.substring(at + office.length());
        return between.length() <= 22 && !between.contains(".") || between.matches("[,\\s]*(\\w+\\.\\s*){0,3}\\s*");
    }

    /** "five years of war": the article is that long after the start of the conflict it means. */
    private List<Dated> conflictAges(Document document, String mainCountry) {
        List<Dated> out = new ArrayList<>();
        String text = document.text();
        for (Sentence s : document.layer(Layers.SENTENCES)) {
            String sentence = text.substring(s.start(), s.end());
            Matcher m = CONFLICT_AGE.matcher(sentence);
            while (m.find()) {
                Conflict conflict = conflictOf(sentence.toLowerCase(Locale.ROOT), mainCountry);
                if (conflict == null) {
                    continue;
                }
                String numberWord = m.group(2).toLowerCase(Locale.ROOT);
                double years = NUMBER_WORDS.containsKey(numberWord) ? NUMBER_WORDS.get(numberWord) : Double.parseDouble(numberWord);
                boolean half = !m.group(3).isEmpty();
                if (half) {
                    years += 0.5;
                }
                String qualifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
                // "five years" is anything from five to six; "four and a half" is closer to four and a half.
                double low = half ? years - 0.25 : years;
                double high = half ? years + 0.25 : years + 1;
                if (qualifier.equals("nearly") || qualifier.equals("almost")) {
                    low = years - 0.5;
                    high = years;
                } else if (qualifier.equals("about") || qualifier.equals("some")) {
                    low = years - 0.5;
                    high = years + 0.5;
                }
                DateWindow window = new DateWindow(plusYears(conflict.start(), low), plusYears(conflict.start(), high));
                out.add(new Dated(window, new Evidence(m.group().strip(), s.start() + m.start(), s.start() + m.end(),
                        "the conflict that began " + conflict.start() + " is " + (qualifier.isEmpty() ? "" : qualifier + " ") + years + " years old")));
            }
        }
        return out;
    }

    /** A window some evidence allows. */
    private record Dated(DateWindow window, Evidence evidence) {}

    /**
     * Milestones the text names, not as plans or goals, where it names a place in the milestone's
     * country: it was written after each, or in the weeks before one it calls imminent. Where a relative time
     * stands next to a milestone that happened once ("rebels who captured Aleppo last week") or
     * the milestone's own month and day stand there without a year ("began on Sept. 30"), the
     * text was also written soon after it.
     */
    private List<Dated> milestonesNamed(Document document) {
        List<Dated> out = new ArrayList<>();
        String text = document.text();
        Set<String> countriesNamed = new HashSet<>();
        document.layer(Layers.PLACES).forEach(p -> countriesNamed.add(p.place().countryCode()));
        for (Sentence s : document.layer(Layers.SENTENCES)) {
            String sentence = text.substring(s.start(), s.end());
            for (Milestones.Mention m : milestones.find(sentence)) {
                Milestones.Milestone milestone = m.milestone();
                LocalDate date = milestone.date();
                boolean aboutItsCountry = milestone.country() == null || countriesNamed.contains(milestone.country());
                if (!aboutItsCountry || date.isAfter(readOn) || namesAnotherYear(sentence, date)) {
                    continue;
                }
                String before = sentence.substring(Math.max(0, m.start() - NEAR), m.start());
                Evidence named = new Evidence(sentence.substring(m.start(), m.end()), s.start() + m.start(), s.start() + m.end(), "names " + milestone.what() + " (" + date + ")");
                if (IMMINENT.matcher(before).find()) {
                    // Imminent: the text was written shortly before it; a recurring event may be the next one.
                    if (milestone.once()) {
                        out.add(new Dated(new DateWindow(date.minusDays(IMMINENT_DAYS), date),
                                new Evidence(named.text(), named.start(), named.end(), named.reading() + " as imminent, in the weeks before it")));
                    }
                    continue;
                }
                if (GOAL.matcher(before).find() || tenseOf(document, s, PLAN_WORDS) == Tense.FUTURE) {
                    continue;
                }
                String near = sentence.substring(Math.max(0, m.start() - NEAR), Math.min(sentence.length(), m.end() + NEAR));
                DateWindow window = soonAfter(milestone, near).orElse(new DateWindow(date, readOn));
                out.add(new Dated(window, new Evidence(named.text(), named.start(), named.end(),
                        named.reading() + (window.latest().equals(readOn) ? "" : ", soon after it"))));
            }
        }
        return out;
    }

    /** Characters either side of a milestone's words in which a time expression is taken to date it. */
    private static final int NEAR = 60;
    /** Words just before a milestone's that make it imminent: "on the verge of retaking all of Aleppo". */
    private static final Pattern IMMINENT = Pattern.compile("(?i)\\b(?:on the (?:verge|brink|cusp|point) of|poised to|about to|close to|closing in on|nearing|within reach of)\\s+$");
    /** How long before an event news calls it imminent: weeks, not months. */
    private static final int IMMINENT_DAYS = 42;
    /** Words just before a milestone's that make it a goal, not a fact: "an offensive to retake eastern Aleppo", "aimed at retaking". */
    private static final Pattern GOAL = Pattern.compile("(?i)\\b(?:to|at|for|towards?)\\s+(?:the\\s+)?$");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d{2}\\b");
    private static final Pattern YEARLESS_DAY = Pattern.compile("(?i)" + CalendarWords.MONTH + "\\s+(\\d{1,2})\\b(?!,?\\s+\\d{4})");
    private static final Pattern YEARLESS_MONTH = Pattern.compile("(?i)\\bin\\s+" + CalendarWords.MONTH + "(?!\\s*,?\\s*\\d)");
    private static final Pattern DAYS_AGO = Pattern.compile("(?i)\\b(yesterday|overnight|today|this week|earlier this week|on " + CalendarWords.WEEKDAY + ")\\b");
    private static final Pattern LAST_WEEK = Pattern.compile("(?i)\\blast week\\b");
    private static final Pattern THIS_MONTH = Pattern.compile("(?i)\\b(?:earlier )?this month\\b");
    private static final Pattern LAST_MONTH = Pattern.compile("(?i)\\blast month\\b");
    private static final Pattern THIS_YEAR = Pattern.compile("(?i)\\b(?:earlier )?this year\\b");
    private static final Pattern LAST_YEAR = Pattern.compile("(?i)\\blast year\\b");

    /** A sentence that names a year other than the milestone's speaks of another event named alike. */
    private static boolean namesAnotherYear(String sentence, LocalDate date) {
        Matcher m = YEAR.matcher(sentence);
        while (m.find()) {
            if (Integer.parseInt(m.group()) != date.getYear()) {
                return true;
            }
        }
        return false;
    }

    private Optional<DateWindow> soonAfter(Milestones.Milestone milestone, String near) {
        LocalDate d = milestone.date();
        Matcher day = YEARLESS_DAY.matcher(near);
        while (day.find()) {
            if (CalendarWords.monthNumber(day.group(1)) == d.getMonthValue() && Integer.parseInt(day.group(2)) == d.getDayOfMonth()) {
                return within(d, d.plusYears(1).minusDays(1));
            }
        }
        if (!milestone.once()) {
            return Optional.empty();
        }
        Matcher month = YEARLESS_MONTH.matcher(near);
        if (month.find() && CalendarWords.monthNumber(month.group(1)) == d.getMonthValue()) {
            return within(d, d.plusYears(1).minusDays(1));
        }
        if (DAYS_AGO.matcher(near).find()) {
            return within(d, d.plusDays(7));
        }
        if (LAST_WEEK.matcher(near).find()) {
            return within(d.plusDays(1), d.plusDays(14));
        }
        if (THIS_MONTH.matcher(near).find()) {
            return within(d, d.withDayOfMonth(d.lengthOfMonth()));
        }
        if (LAST_MONTH.matcher(near).find()) {
            LocalDate next = d.plusMonths(1).withDayOfMonth(1);
            return within(next, next.withDayOfMonth(next.lengthOfMonth()));
        }
        if (THIS_YEAR.matcher(near).find()) {
            return within(d, d.withDayOfYear(d.lengthOfYear()));
        }
        if (LAST_YEAR.matcher(near).find()) {
            return within(LocalDate.of(d.getYear() + 1, 1, 1), LocalDate.of(d.getYear() + 1, 12, 31));
        }
        return Optional.empty();
    }

    /** The window, cut at the day the articles were read. */
    private Optional<DateWindow> within(LocalDate from, LocalDate to) {
        return from.isAfter(readOn) ? Optional.empty() : Optional.of(new DateWindow(from, to.isAfter(readOn) ? readOn : to));
    }

    private static LocalDate plusYears(LocalDate start, double years) {
        return start.plusDays(Math.round(years * 365.25));
    }

    /** The conflict the sentence names, else the one of the country the article is most about. */
    private Conflict conflictOf(String sentence, String mainCountry) {
        for (Conflict c : conflicts) {
            if (c.words().stream().anyMatch(sentence::contains)) {
                boolean generic = c.words().stream().filter(sentence::contains).allMatch(w -> w.equals("civil war"));
                if (!generic || c.country().equals(mainCountry)) {
                    return c;
                }
            }
        }
        return conflicts.stream().filter(c -> c.country().equals(mainCountry)).findFirst().orElse(null);
    }

    /** The country the article is most about: places count, thrice in the lede, not when they only modify ("US-backed"). */
    private static String mainCountry(Document document) {
        Map<String, Integer> votes = new HashMap<>();
        List<Sentence> sentences = document.layer(Layers.SENTENCES);
        int ledeEnd = sentences.isEmpty() ? 0 : sentences.get(0).end();
        String text = document.text();
        for (PlaceMention p : document.layer(Layers.PLACES)) {
            boolean compound = p.end() < text.length() && text.charAt(p.end()) == '-';
            if (!compound) {
                votes.merge(p.place().countryCode(), p.start() < ledeEnd ? 3 : 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
