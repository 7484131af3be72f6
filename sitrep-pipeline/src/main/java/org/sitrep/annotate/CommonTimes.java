package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.TimeExpression;

/**
 * The time expressions most news sentences hold, read without SUTime: years, weekdays, month
 * dates, yesterday and tomorrow, "last week", "five years", "two years ago". Each is given the span,
 * type and value SUTime gives it, so that later stages see the same thing whichever read it.
 * SUTime costs far more for each token it reads; it still reads the words around each time word
 * these forms do not account for, and around each form that sits next to a word SUTime would join
 * to it ("early", "the", "about", another date).
 */
final class CommonTimes {
    private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|20\\d\\d)");
    /** The recogniser's tags SUTime takes a year from. */
    private static final Set<String> YEAR_NER = Set.of("O", "DATE", "NUMBER", "null");
    private static final Pattern DAY = Pattern.compile("(0?[1-9]|[12]\\d|3[01])(st|nd|rd|th)?");
    private static final Pattern INTEGER = Pattern.compile("[1-9]\\d{0,2}");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan.", 1), Map.entry("february", 2), Map.entry("feb.", 2),
            Map.entry("march", 3), Map.entry("mar.", 3), Map.entry("april", 4), Map.entry("apr.", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("aug.", 8), Map.entry("september", 9), Map.entry("sept.", 9), Map.entry("sep.", 9),
            Map.entry("october", 10), Map.entry("oct.", 10), Map.entry("november", 11), Map.entry("nov.", 11),
            Map.entry("december", 12), Map.entry("dec.", 12));
    private static final Map<String, Integer> SHORT_MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);
    /** Words after which SUTime reads "night" or "morning" alone: "at night", "during the night", "one night". */
    private static final Set<String> PART_OF_DAY_BEFORE = Set.of("at", "the", "in", "by", "during", "through", "one",
            "overnight", ",", "until", "till", "since", "from", "into");
    /** Words between an hour and the part of day SUTime reads with it: "4 in the morning", "11 at night". */
    private static final Set<String> CLOCK_TO_PART = Set.of("in", "the", "at");
    /** Words before "early morning" that SUTime takes with it: "the early morning", "every early morning". */
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "a", "an", "every", "each", "one");
    private static final Set<String> DISTRIBUTIVE = Set.of("per", "every", "each");
    private static final Set<String> PART_OF_DAY_JOINS = Set.of("before", "after", "-", "to", "and", "or", "mon",
            "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "hours", "time");
    private static final Map<String, String> PERIODIC = Map.of("daily", "P1D", "weekly", "P1W", "monthly", "P1M",
            "yearly", "P1Y", "annually", "P1Y", "annual", "P1Y", "quarterly", "P3M", "hourly", "PT1H");
    private static final Map<String, String> PARTS_OF_DAY = Map.of(
            "morning", "TMO", "afternoon", "TAF", "evening", "TEV", "night", "TNI");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30));
    /** A unit's TIMEX3 letter, its length in the letter's units, and the calendar unit to count back in. */
    private record Unit(String letter, int size, ChronoUnit calendar) {
        /** Hours, minutes and seconds are written after a T: PT48H. */
        boolean clock() {
            return calendar.getDuration().toDays() == 0;
        }

        /** "Five years" is P5Y, "two decades" P20Y, "48 hours" PT48H. */
        String times(int count) {
            return (clock() ? "PT" : "P") + count * size + letter;
        }

        /** "Years", "several hours": an unknown number, PXY, PTXH. */
        String some() {
            return (clock() ? "PTX" : "PX") + letter;
        }
    }
    private static final Map<String, Unit> UNITS = Map.of(
            "day", new Unit("D", 1, ChronoUnit.DAYS), "week", new Unit("W", 1, ChronoUnit.WEEKS),
            "month", new Unit("M", 1, ChronoUnit.MONTHS), "year", new Unit("Y", 1, ChronoUnit.YEARS),
            "decade", new Unit("Y", 10, ChronoUnit.DECADES), "hour", new Unit("H", 1, ChronoUnit.HOURS),
            "minute", new Unit("M", 1, ChronoUnit.MINUTES), "second", new Unit("S", 1, ChronoUnit.SECONDS));
    /** Words SUTime joins to a neighbouring expression, or that make it a range or a list. */
    private static final Set<String> JOINED_BEFORE = Set.of("early", "late", "mid", "middle", "end", "beginning", "start",
            "the", "this", "that", "these", "those", "last", "next", "past", "previous", "coming", "following", "same",
            "about", "around", "approximately", "nearly", "some", "more", "less", "under",
            "fiscal", "every", "each", "recent", "least", "first", "second", "third", "fourth", "final", "latest", "a", "an",
            "one", "few", "several", "many", "all", "whole", "entire", "full", "half", "earlier", "later", "from",
            "between", "-", "–", "to", "through", "until", "till", "per", "other", "another", "twice", "once", "times",
            "right", "near", "mid-", "of", "than");
    /** Words SUTime reads as times that are no cue for {@link TimeCues}: "midday", "$4.99/mo", "in broad daylight". */
    private static final Pattern SUTIME_ONLY = Pattern.compile("(?i)\\b(midday|mid-day|mos?|wks?|hrs?|yrs?|millisec(ond)?s?"
            + "|(twilight|daybreak|sunup|sundown|teatime|lunchtime|dinnertime|suppertime|daylight|daytime|nighttime|workday)s?)\\b");
    private static final Set<String> JOINED_AFTER = Set.of("ago", "later", "earlier", "old", "long", "hence", "running", "straight", "per", "each", "every", "early",
            "late", "end", "ending", "ended");
    /** "The latest week / month / year / quarter" as SUTime values them: some of the unit, a quarter as months. */
    private static final Map<String, String> LATEST = Map.of("week", "PXW", "month", "PXM", "year", "PXY", "quarter", "PXM");
    /** Words that place a period against the article's date: "last week", "this month", "next year". */
    private static final Set<String> RELATIVE_PERIOD = Set.of("last", "this", "next");
    /** Words SUTime takes with "in", "on" or "of" before a time: "early on Monday", "beginning in 2008". */
    private static final Set<String> STARTS = Set.of("early", "late", "beginning", "starting", "end", "middle", "mid");
    /** Words that make a unit after them part of a name SUTime knows: "New Year", "working day". */
    private static final Set<String> HOLIDAY_WORDS = Set.of("new", "work", "working", "business", "week", "memorial", "labor",
            "labour", "inauguration", "groundhog", "valentine", "patrick", "fools", "christmas", "xmas", "x-mas", "king", "mlk",
            "columbus", "easter", "mother", "father", "financial", "fiscal", "calendar", "academic");
    /** Words between a unit and a time that SUTime reads as one: "the best week since November". */
    private static final Set<String> CONNECTIVES = Set.of("of", "since", "until", "till", "from", "to", "through", "in", "on", "at");
    /** Parts of a period that SUTime joins to a year after "of": "the second half of 2012". */
    private static final Set<String> PARTS = Set.of("start", "half", "halves", "quarter", "quarters", "part");
    /** Words for days that SUTime joins to a part of the day after them: "yesterday evening". */
    private static final Set<String> DAY_NAMES = Set.of("yesterday", "today", "tomorrow", "tonight", "overnight");
    private static final Map<String, Integer> QUARTERS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4);
    /** Words after or before which SUTime resolves a time to the future: "will rise in the third quarter". */
    private static final Set<String> FUTURE_WORDS = Set.of("would", "could", "should", "will", "going", "'ll", "’ll", "ll");
    /** Words between "the" and a unit, and how many units they move from the article's: "the past month", "the next day". */
    private static final Map<String, Integer> THE_PERIOD_SHIFTS = Map.of("past", 0, "last", 0, "previous", 0, "current", 0, "same", 0,
            "next", 1, "coming", 1, "following", 1);
    /** Words between "the" and a count of units that SUTime reads as one duration: "the past three years". */
    private static final Set<String> COUNTED_PERIOD_STARTS = Set.of("past", "last", "next", "first");
    /** Of these, the words that make "the ... day" the day before the article's: "the previous day". */
    private static final Set<String> DAY_BEFORE = Set.of("past", "last", "previous");
    /** Period edges SUTime reads as the whole period: "the end of 2019" is 2019. */
    private static final Set<String> PERIOD_EDGES = Set.of("end", "beginning", "start", "middle");
    /** Words after which SUTime still reads a year alone, where nothing joins it after: "the 2020 election". */
    private static final Set<String> YEAR_BEFORE = Set.of("the", "that", "of", "from");
    /** Words SUTime joins to other forms but not to a unit alone: "that day", "per month", "all day". */
    private static final Set<String> UNIT_ALONE_AFTER = Set.of("that", "per", "all");
    /** Words SUTime joins to other forms but not to a bare plural unit: "so many years", "his final years". */
    private static final Set<String> MODIFY_ALONE = Set.of("many", "more", "some", "those", "final");
    /** Words that make a range when another time follows them: "Monday to Friday", not "Monday to reclaim". */
    private static final Set<String> RANGE = Set.of("-", "–", "--", "to", "through", "until", "till");
    private static final Map<String, String> SEASONS = Map.of("spring", "SP", "summer", "SU", "fall", "FA", "autumn", "FA", "winter", "WI");
    /** Single words SUTime reads as a reference to the past, present or future, whatever precedes them. */
    private static final Map<String, String> REFERENCES = Map.of("previously", "PAST_REF", "recently", "PAST_REF",
            "currently", "PRESENT_REF", "present", "PRESENT_REF");
    /** Words SUTime drops, in lower case, when they stand alone and are not nouns ("prices fall", "it may"). */
    private static final Pattern DROPPED_UNLESS_NOUN = Pattern.compile("(fall|spring|march|may|sat|sun|min)s?");
    /** Adverbs SUTime reads only with an amount before them ("two days later") or a period after. */
    private static final Set<String> ALONE_NO_TIME = Set.of("later", "earlier", "soon");
    /** Words SUTime joins to "10-year-old" or "two-day"; it leaves "a" and "the" out. */
    private static final Set<String> JOINS_COMPOUND = Set.of("this", "that", "these", "those", "last", "next", "past",
            "previous", "coming", "following", "every", "each", "per", "about", "around", "nearly", "approximately", "than");
    /** Modifiers SUTime joins to a unit ("about quarter", "nearly quarter"); "roughly" and "almost" it does not. */
    private static final Set<String> APPROXIMATELY = Set.of("about", "around", "nearly", "approximately", "than");
    /** Units SUTime drops when they stand alone: "roughly quarter of a million", "the Sun". */
    private static final Pattern LONE_UNIT = Pattern.compile("(?i)(quarter|sun)s?");
    /** Words before "quarter" that make it a period ("the third quarter", "a quarter", "last year's quarter"). */
    private static final Set<String> COUNTING = Set.of("a", "an", "one", "the", "this", "that", "last", "next", "first",
            "second", "third", "fourth", "each", "every", "per", "same", "fiscal", "calendar", "current", "previous",
            "latest", "coming", "final", "past", "recent", "its", "their", "his", "her", "our", "year", "year's", "-", "several",
            "few", "many", "some", "both", "of", "in", "'s", "’s");
    /** SUTime reads no amount with a half in it: "four-and-a-half-year-old", "a one-and-a-half-month-long siege". */
    private static final Pattern AND_A_HALF = Pattern.compile("(?i)[a-z]+-and-a-half-(day|week|month|year|decade|hour|minute)s?(-old|-long)?");
    /** A score, "won 4-2": SUTime reads no time in it. */
    private static final Pattern SCORE = Pattern.compile("\\d{1,2}-\\d{1,2}");
    private static final Pattern JOINED_AMOUNT = Pattern.compile("([1-9]\\d{0,2})-(day|week|month|year|decade|hour|minute)");
    /** SUTime has no season of a sport or a show: "the season opener", "last season". */
    private static final Pattern SEASON = Pattern.compile("(?i)seasons?");
    private static final Pattern ORDINAL_WORD = Pattern.compile("first|second|third|\\w+th|\\d+(st|nd|rd|th)");
    /** Four-digit numbers above 3000, which SUTime never reads as years: "3248 cases". */
    private static final Pattern BEYOND_YEARS = Pattern.compile("300[1-9]|30[1-9]\\d|3[1-9]\\d\\d|[4-9]\\d{3}");
    private static final Pattern DECIMAL = Pattern.compile("\\d*\\.\\d+");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");

    /** Words between two expressions that SUTime reads as one range, list or composition. */
    private static final Set<String> LINKS = Set.of(",", "and", "or", "to", "-", "–", "through", "of", "in", "on", "at",
            "until", "till", "from", "this", "that", "the", "after", "before", "since");

    private CommonTimes() {}

    /**
     * What the common forms read in a sentence: the expressions they account for, and the token
     * ranges [from, to) they leave to SUTime (a time word no form accounts for, a form that a
     * neighbouring word would join into a longer expression).
     */
    record Reading(List<TimeExpression> times, List<int[]> unresolved) {}

    /**
     * The sentence's time expressions that these forms account for, and what they leave to SUTime,
     * given the sentence's time cues ({@link TimeCues#spans}, offsets in the text).
     */
    static Reading read(List<CoreLabel> tokens, String text, LocalDate published, List<int[]> cues) {
        int sentenceStart = tokens.get(0).beginPosition();
        String sentence = text.substring(sentenceStart, tokens.get(tokens.size() - 1).endPosition());
        List<TimeExpression> found = new ArrayList<>();
        List<int[]> unresolved = new ArrayList<>();
        Matcher sutimeOnly = SUTIME_ONLY.matcher(sentence);
        while (sutimeOnly.find()) {
            unresolved.add(tokensOf(tokens, sentenceStart + sutimeOnly.start(), sentenceStart + sutimeOnly.end()));
        }
        int lastFirst = -1; // the first token of the last form read, and the token after it
        int lastEnd = -1;
        boolean lastFound = false;
        for (int i = 0; i < tokens.size(); ) {
            Form form = form(tokens, i, published);
            if (form == null) {
                i++;
                continue;
            }
            int first = i - lead(tokens, i, form);
            int start = tokens.get(first).beginPosition();
            int end = tokens.get(form.next - 1).endPosition();
            if (lastEnd >= 0 && linked(tokens, lastEnd, first)) {
                // two forms SUTime reads as one range, list or composition
                if (lastFound) {
                    found.remove(found.size() - 1);
                }
                unresolved.add(new int[] {lastFirst, form.next});
                lastFound = false;
            } else if (!form.loose && joined(tokens, first, form.next, form.type.equals("DURATION"))
                    || tokens.subList(first, form.next).stream().anyMatch(CommonTimes::named)) {
                unresolved.add(new int[] {first, form.next});
                lastFound = false;
            } else {
                found.add(new TimeExpression(start, end, text.substring(start, end), form.type, form.value));
                lastFound = true;
            }
            lastFirst = first;
            lastEnd = form.next;
            i = form.next;
        }
        for (int[] cue : cues) {
            int cueStart = cue[0];
            int cueEnd = cue[1];
            int[] words = tokensOf(tokens, cueStart, cueEnd);
            boolean accounted = found.stream().anyMatch(t -> t.start() <= cueStart && cueEnd <= t.end())
                    || unresolved.stream().anyMatch(range -> range[0] <= words[0] && words[1] <= range[1]);
            if (!accounted && !noTime(tokens, cueStart, cueEnd) && !halved(text, cueStart, cueEnd)) {
                unresolved.add(words);
            }
        }
        return new Reading(found, unresolved);
    }

    /** The range [from, to) of the tokens that overlap the characters from {@code start} to {@code end}. */
    static int[] tokensOf(List<CoreLabel> tokens, int start, int end) {
        int from = 0;
        while (from < tokens.size() - 1 && tokens.get(from).endPosition() <= start) {
            from++;
        }
        int to = from + 1;
        while (to < tokens.size() && tokens.get(to).beginPosition() < end) {
            to++;
        }
        return new int[] {from, to};
    }

    /**
     * The form read from token {@code i}: its type, value and the index of the token after it;
     * {@code loose} when SUTime takes it alone whatever words stand next to it ("the current").
     */
    private record Form(String type, String value, int next, boolean loose) {
        Form(String type, String value, int next) {
            this(type, value, next, false);
        }
    }

    private static Form form(List<CoreLabel> tokens, int i, LocalDate published) {
        String word = tokens.get(i).word();
        String lower = word.toLowerCase(Locale.ROOT);
        String after = i + 1 < tokens.size() ? tokens.get(i + 1).word() : "";
        String afterLower = after.toLowerCase(Locale.ROOT);
        String third = i + 2 < tokens.size() ? tokens.get(i + 2).word() : "";
        Integer month = capitalised(word) ? MONTHS.get(lower) : null;
        if (month == null && capitalised(word) && SHORT_MONTHS.containsKey(lower)
                && (DAY.matcher(after).matches() || YEAR.matcher(after).matches())) {
            month = SHORT_MONTHS.get(lower); // "Feb 3, 2013", "Jan 2012"
        }
        if (month != null) {
            return monthForm(tokens, i, month, published);
        }
        Integer dayMonth = MONTHS.containsKey(afterLower) ? MONTHS.get(afterLower) : SHORT_MONTHS.get(afterLower);
        if (DAY.matcher(word).matches() && capitalised(after) && dayMonth != null) {
            // "30 September", "30 September 2015"
            int day = Integer.parseInt(word.replaceAll("\\D", ""));
            int month2 = dayMonth;
            if (YEAR.matcher(third).matches()) {
                return new Form("DATE", String.format(Locale.ROOT, "%s-%02d-%02d", third, month2, day), i + 3);
            }
            return new Form("DATE", String.format(Locale.ROOT, "%s-%02d-%02d", yearOf(published), month2, day), i + 2);
        }
        DayOfWeek weekday = capitalised(word) ? WEEKDAYS.get(lower) : null;
        if (weekday != null) {
            String part = PARTS_OF_DAY.get(afterLower);
            String date = published == null ? "XXXX-WXX-" + weekday.getValue() : published.with(weekday).toString();
            return part == null ? new Form("DATE", date, i + 1) : new Form("TIME", date + part, i + 2);
        }
        boolean afterName = i > 0 && tokens.get(i - 1).tag().startsWith("NNP") && !MONTHS.containsKey(previous(tokens, i));
        if (YEAR.matcher(word).matches() && "CD".equals(tokens.get(i).tag()) && YEAR_NER.contains(String.valueOf(tokens.get(i).ner()))
                && !afterName && !countsNoun(tokens, i)) {
            // not "2006 dollars", which the recogniser calls money, nor "Windows 2000"
            return new Form("DATE", word, i + 1, readAlone(tokens, i, i + 1));
        }
        Form quarter = quarter(tokens, i, published);
        if (quarter != null) {
            return quarter;
        }
        switch (lower) {
            case "yesterday", "today", "tomorrow" -> {
                int shift = lower.equals("yesterday") ? -1 : lower.equals("today") ? 0 : 1;
                return new Form("DATE", published == null ? null : published.plusDays(shift).toString(), i + 1);
            }
            case "now" -> {
                return new Form("DATE", "PRESENT_REF", i + 1);
            }
            case "time" -> {
                // "at the time" is some time past; "this time", "for the first time" are no time
                boolean atThe = i > 1 && previous(tokens, i).equals("the") && tokens.get(i - 2).word().equalsIgnoreCase("at");
                return atThe ? new Form("DATE", "PAST_REF", i + 1, true) : null;
            }
            case "daily", "weekly", "monthly", "yearly", "annually", "annual", "quarterly", "hourly" -> {
                return new Form("SET", PERIODIC.get(lower), i + 1, true); // "a daily walk"
            }
            case "morning", "afternoon", "evening", "night" -> {
                return partOfDay(tokens, i, lower, published);
            }
            case "tonight" -> {
                return published == null ? new Form("DATE", null, i + 1) : new Form("TIME", published + "TNI", i + 1);
            }
            case "current" -> {
                // "the current government"; "five current models" is left to SUTime
                boolean counted = i > 0 && ("CD".equals(tokens.get(i - 1).tag()) || NUMBER_WORDS.containsKey(previous(tokens, i)));
                return counted ? null : new Form("DATE", "PRESENT_REF", i + 1, true);
            }
            case "every", "each" -> {
                // "every day", "each week" are sets; "every two weeks", "every day since" are left to SUTime
                Unit unit = UNITS.get(afterLower);
                return unit == null || unit.clock() || unit.size != 1 ? null : new Form("SET", unit.times(1), i + 2);
            }
            case "day", "week", "month", "year", "hour", "minute" -> {
                return unitAlone(tokens, i, UNITS.get(lower));
            }
            case "past" -> {
                // "cruised past Uchiyama", "in their past nine games"; "half past seven" is a clock time
                String before = previous(tokens, i);
                boolean free = i > 0 && !JOINED_BEFORE.contains(before) && !counted(tokens, i) && !before.equals("quarter")
                        && !afterLower.equals("few") && !afterLower.equals("several") && !afterLower.equals("couple");
                return free ? new Form("DATE", "PAST_REF", i + 1, true) : null;
            }
            case "future" -> {
                // "future talks", "the distant future"; "the near future" is left to SUTime
                String before = previous(tokens, i);
                boolean free = !JOINED_BEFORE.contains(before) || before.equals("a") || before.equals("an");
                return free ? new Form("DATE", "FUTURE_REF", i + 1, true) : null;
            }
            case "once" -> {
                return new Form("DATE", "PAST_REF", i + 1, true); // "what was once a stronghold"; "once a week" is two
            }
            case "previously", "recently", "currently", "present" -> {
                boolean right = i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("right");
                return right ? null : new Form("DATE", REFERENCES.get(lower), i + 1, true);
            }
            case "overnight" -> {
                return new Form("TIME", published == null ? "TNI" : published + "TNI", i + 1);
            }
            case "the" -> {
                return the(tokens, i, afterLower, third.toLowerCase(Locale.ROOT), published);
            }
            case "earlier", "later" -> {
                Form period = third.equalsIgnoreCase("week") || third.equalsIgnoreCase("month") || third.equalsIgnoreCase("year")
                        ? relativePeriod(afterLower, third.toLowerCase(Locale.ROOT), i + 1, published) : null;
                return period == null || !afterLower.equals("this") ? null : new Form("DATE", period.value, i + 3);
            }
            case "last", "this", "next" -> {
                DayOfWeek day = capitalised(after) ? WEEKDAYS.get(afterLower) : null;
                if (day != null) {
                    return relativeWeekday(tokens, i, lower, day, published);
                }
                if (afterLower.equals("weekend")) {
                    return new Form("DATE", published == null ? null : isoWeek(published.plusWeeks(stepOf(lower))) + "-WE", i + 2);
                }
                if (PARTS_OF_DAY.containsKey(afterLower)) {
                    // "last night", "this morning"; "next morning" is left to SUTime
                    int shift = lower.equals("last") && afterLower.equals("night") ? -1 : lower.equals("this") ? 0 : 9;
                    return shift == 9 ? null : published == null ? new Form("DATE", null, i + 2)
                            : new Form("TIME", published.plusDays(shift) + PARTS_OF_DAY.get(afterLower), i + 2);
                }
                return relativePeriod(lower, afterLower, i, published);
            }
            case "recent", "several" -> {
                Unit unit = plural(afterLower);
                return unit == null || unit.size != 1 ? null : new Form("DURATION", unit.some(), i + 2);
            }
            default -> {
                return amount(tokens, i, lower, afterLower, published);
            }
        }
    }

    /**
     * How many words before token {@code i} SUTime takes into the expression without changing its
     * value: "more than five years", "nearly two years", "early September", "early on Monday morning".
     */
    private static int lead(List<CoreLabel> tokens, int i, Form form) {
        String before = previous(tokens, i);
        String twoBefore = previous(tokens, i - 1);
        boolean early = twoBefore.equals("early") || twoBefore.equals("late");
        String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
        if (form.type.equals("DURATION") && !form.value.startsWith("PX")) {
            return before.equals("nearly") || before.equals("about") ? 1
                    : before.equals("than") && (twoBefore.equals("more") || twoBefore.equals("less")) ? 2 : 0;
        }
        if (WEEKDAYS.containsKey(word)) {
            return before.equals("on") && early ? 2 : 0;
        }
        if (word.equals("now") && before.equals("right")) {
            return 1;
        }
        if (PARTS_OF_DAY.containsKey(word) && (before.equals("early") || before.equals("late"))) {
            return 1; // "early morning raids"
        }
        if (RELATIVE_PERIOD.contains(word) && form.next == i + 2 && (before.equals("early") || before.equals("late"))
                && Set.of("week", "month", "year").contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))) {
            return 1; // "early next year", "late last week": the period's value
        }
        boolean monthAlone = MONTHS.containsKey(word) && form.next == i + 1;
        return monthAlone && (before.equals("early") || before.equals("late")) ? 1 : 0;
    }

    /** "September", "Sept. 30", "September 30, 2015", "September 2015". */
    private static Form monthForm(List<CoreLabel> tokens, int i, int month, LocalDate published) {
        String after = i + 1 < tokens.size() ? tokens.get(i + 1).word() : "";
        boolean may = tokens.get(i).word().equals("May");
        if (DAY.matcher(after).matches()) {
            int day = Integer.parseInt(after.replaceAll("\\D", ""));
            int k = i + 2;
            if (k < tokens.size() && tokens.get(k).word().equals(",")) {
                k++;
            }
            if (k < tokens.size() && YEAR.matcher(tokens.get(k).word()).matches()) {
                return new Form("DATE", String.format(Locale.ROOT, "%s-%02d-%02d", tokens.get(k).word(), month, day), k + 1);
            }
            // "the July 25 call"
            return new Form("DATE", String.format(Locale.ROOT, "%s-%02d-%02d", yearOf(published), month, day), i + 2, readAlone(tokens, i, i + 2));
        }
        if (YEAR.matcher(after).matches()) {
            return new Form("DATE", String.format(Locale.ROOT, "%s-%02d", after, month), i + 2);
        }
        if (may && !(i > 0 && tokens.get(i - 1).tag().equals("IN"))) {
            return null; // "May" alone may be the verb; "in May" is the month
        }
        return new Form("DATE", String.format(Locale.ROOT, "%s-%02d", yearOf(published), month), i + 1);
    }

    /**
     * "At night", "during the night", "by morning", "early morning": a part of the article's day.
     * "That night", "the next morning", "every night" are left to SUTime.
     */
    private static Form partOfDay(List<CoreLabel> tokens, int i, String part, LocalDate published) {
        String before = previous(tokens, i);
        CoreLabel next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        if (next != null && (PART_OF_DAY_JOINS.contains(next.word().toLowerCase(Locale.ROOT)) || JOINED_AFTER.contains(next.word().toLowerCase(Locale.ROOT))
                || "CD".equals(next.tag()) || form(tokens, i + 1, null) != null)) {
            return null; // "the night before", "the afternoon sun" (Sunday), "morning 10 a.m."
        }
        if (clockBefore(tokens, i)) {
            return null; // "at 4 in the morning", "11 at night": SUTime reads the hour
        }
        String value = (published == null ? "" : published.toString()) + PARTS_OF_DAY.get(part);
        if (before.equals("early") || before.equals("late")) {
            // "early morning raids"; SUTime takes "the early morning" whole
            String two = previous(tokens, i - 1);
            boolean free = !DETERMINERS.contains(two) && !WEEKDAYS.containsKey(two);
            return free ? new Form("TIME", value, i + 1, true) : null;
        }
        // "that night", "per night", "election night"; not "Friday night", "tomorrow night", "Starry Night"
        boolean alone = tokens.get(i).word().equals(part) && (UNIT_ALONE_AFTER.contains(before) && !before.equals("all")
                || !JOINED_BEFORE.contains(before) && !before.endsWith("-") && !counted(tokens, i) && !DAY_NAMES.contains(before)
                        && !before.equals("good") // a greeting
                        && !WEEKDAYS.containsKey(before) && !MONTHS.containsKey(before) && !tokens.get(i - 1).tag().startsWith("NNP")
                        && !tokens.get(i - 1).tag().equals("POS"));
        return i > 0 && (PART_OF_DAY_BEFORE.contains(before) || alone) ? new Form("TIME", value, i + 1, true) : null;
    }

    /** Whether a number stands before the part of day at token {@code i}, past "in the" or "at". */
    private static boolean clockBefore(List<CoreLabel> tokens, int i) {
        int k = i - 1;
        while (k >= 0 && CLOCK_TO_PART.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            k--;
        }
        if (k < 0 || k == i - 1) {
            return false;
        }
        String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
        return "CD".equals(tokens.get(k).tag()) || NUMBER_WORDS.containsKey(word) && !word.equals("a") && !word.equals("an");
    }

    /**
     * "The future", "the past", "the early days", "the past few weeks" (some weeks, PXW), "the past two
     * years" (P2Y).
     */
    private static Form the(List<CoreLabel> tokens, int i, String second, String third, LocalDate published) {
        String fourth = i + 3 < tokens.size() ? tokens.get(i + 3).word().toLowerCase(Locale.ROOT) : "";
        if ((PERIOD_EDGES.contains(second) || SEASONS.containsKey(second)) && third.equals("of") && i + 3 < tokens.size()
                && YEAR.matcher(tokens.get(i + 3).word()).matches() && "CD".equals(tokens.get(i + 3).tag()) && !countsNoun(tokens, i + 3)) {
            // "the end of 2019" is the year, "the summer of 2007" its season
            String year = tokens.get(i + 3).word();
            return new Form("DATE", SEASONS.containsKey(second) ? year + "-" + SEASONS.get(second) : year, i + 4);
        }
        if (second.equals("weekend")) {
            return new Form("DATE", published == null ? "XXXX-WE" : isoWeek(published) + "-WE", i + 2); // "the weekend"
        }
        if (second.equals("future")) {
            return new Form("DATE", "FUTURE_REF", i + 2, true);
        }
        Form unitPeriod = thePeriod(tokens, i, second, published);
        if (unitPeriod != null) {
            return unitPeriod;
        }
        if (second.equals("latest") && LATEST.containsKey(third) && !composedAfter(tokens, i + 2)) {
            return new Form("DURATION", LATEST.get(third), i + 3); // "the latest quarter"
        }
        if (second.equals("early") && plural(third) != null && plural(third).size == 1 && !plural(third).clock()) {
            return new Form("DURATION", plural(third).some(), i + 3);
        }
        Unit coming = plural(third);
        if (second.equals("coming") && coming != null && coming.size == 1 && !coming.clock()) {
            // "the coming weeks": the unit after the article's
            return new Form("DATE", published == null ? null : calendarValue(published.plus(1, coming.calendar), coming), i + 3);
        }
        boolean period = second.equals("past") || second.equals("last") || second.equals("next");
        if (period && third.equals("few") && plural(fourth) != null && plural(fourth).size == 1 && !plural(fourth).clock()) {
            return new Form("DURATION", plural(fourth).some(), i + 4);
        }
        Form counted = countedPeriod(tokens, i, second);
        if (counted != null) {
            return counted;
        }
        boolean alone = second.equals("past") && !UNITS.containsKey(third) && plural(third) == null && !NUMBER_WORDS.containsKey(third)
                && !third.equals("few") && !third.equals("several") && i + 2 < tokens.size() && !"CD".equals(tokens.get(i + 2).tag());
        return alone ? new Form("DATE", "PAST_REF", i + 2, true) : null;
    }

    /**
     * "The third quarter", "third-quarter": that quarter of the article's year, or of the year
     * before or after when a verb within three words puts it in the past ("profit rose") or the
     * future ("will rise"), as SUTime resolves it. Left to SUTime: an adjective before ("the fiscal
     * third quarter"), both tenses, and the article's own quarter with a tense.
     */
    private static Form quarter(List<CoreLabel> tokens, int i, LocalDate published) {
        int k = tokens.get(i).word().equalsIgnoreCase("the") ? i + 1 : i;
        if (k >= tokens.size() || k == i && previous(tokens, i).equals("the") || i > 0 && tokens.get(i - 1).tag().startsWith("JJ")) {
            return null;
        }
        String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
        String after = k + 1 < tokens.size() ? tokens.get(k + 1).word().toLowerCase(Locale.ROOT) : "";
        Integer n = null;
        int next = k + 1;
        if (QUARTERS.containsKey(word) && after.equals("quarter")) {
            n = QUARTERS.get(word);
            next = k + 2;
        } else if (QUARTERS.containsKey(word) && after.equals("-") && k + 2 < tokens.size() && tokens.get(k + 2).word().equalsIgnoreCase("quarter")) {
            n = QUARTERS.get(word); // "third-quarter", split at its hyphen by the tokenizer
            next = k + 3;
        } else if (word.endsWith("-quarter")) {
            n = QUARTERS.get(word.substring(0, word.length() - "-quarter".length()));
        }
        boolean timeBefore = i > 0 && TimeCues.mayHold(tokens.get(i - 1).word()) || i > 1 && TimeCues.mayHold(tokens.get(i - 2).word());
        if (n == null || timeBefore || next < tokens.size() && (CONNECTIVES.contains(tokens.get(next).word().toLowerCase(Locale.ROOT))
                || TimeCues.mayHold(tokens.get(next).word()))) {
            return null; // "the third quarter of 1989" is one expression, and so is "fall in the first quarter"
        }
        // SUTime leaves an article out: "a third-quarter loss" holds "third-quarter" alone
        boolean loose = previous(tokens, i).equals("a") || previous(tokens, i).equals("an");
        if (published == null) {
            return new Form("DATE", "XXXX-Q" + n, next, loose);
        }
        boolean past = false;
        boolean future = false;
        for (int t = Math.max(0, i - 3); t < Math.min(tokens.size(), next + 3); t++) {
            if (t >= i && t < next) {
                continue;
            }
            past |= setsTense(tokens.get(t)) && !FUTURE_WORDS.contains(tokens.get(t).word().toLowerCase(Locale.ROOT));
            future |= FUTURE_WORDS.contains(tokens.get(t).word().toLowerCase(Locale.ROOT));
        }
        int current = quarterOf(published);
        if (past && future || past != future && n == current) {
            return null;
        }
        Integer year = past ? Integer.valueOf(published.getYear() - (n > current ? 1 : 0))
                : future ? Integer.valueOf(published.getYear() + (n < current ? 1 : 0)) : nearestQuarterYear(n, published);
        return year == null ? null : new Form("DATE", year + "-Q" + n, next, loose);
    }

    /**
     * Without a tense SUTime takes the quarter whose first day lies nearest the article's date: in
     * January "the fourth quarter" is last year's, in November "the second quarter" next year's.
     * Null on a tie, which is left to SUTime.
     */
    private static Integer nearestQuarterYear(int quarter, LocalDate published) {
        Integer best = null;
        long bestDays = Long.MAX_VALUE;
        boolean tie = false;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            long days = Math.abs(ChronoUnit.DAYS.between(published, LocalDate.of(year, 3 * quarter - 2, 1)));
            if (days < bestDays) {
                best = year;
                bestDays = days;
                tie = false;
            } else if (days == bestDays) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** "The past three years", "the last 20 years", "the next 12 months", "the first nine months", "the nine months": a duration. */
    private static Form countedPeriod(List<CoreLabel> tokens, int i, String second) {
        int at = COUNTED_PERIOD_STARTS.contains(second) ? i + 2 : i + 1;
        if (at + 1 >= tokens.size()) {
            return null;
        }
        Integer count = count(tokens, at);
        Unit unit = plural(tokens.get(at + 1).word().toLowerCase(Locale.ROOT));
        return count == null || count < 2 || unit == null || unit.clock() ? null : new Form("DURATION", unit.times(count), at + 2);
    }

    /**
     * "The month", "the past year", "the same day", "the next quarter": the article's period, or the
     * one after it, whatever the tense, as SUTime reads them; a day "past", "last" or "previous" is
     * the day before. Left to SUTime when a number or "of" and a time follow: "the year 2012", "the
     * week of March 6".
     */
    private static Form thePeriod(List<CoreLabel> tokens, int i, String second, LocalDate published) {
        Integer shift = THE_PERIOD_SHIFTS.get(second);
        int at = shift == null ? i + 1 : i + 2;
        String unitWord = at < tokens.size() ? tokens.get(at).word().toLowerCase(Locale.ROOT) : "";
        Unit unit = UNITS.get(unitWord);
        boolean quarter = unitWord.equals("quarter");
        if (!quarter && (unit == null || unit.size != 1 || unit.clock())) {
            return null;
        }
        if (composedAfter(tokens, at)) {
            return null;
        }
        if (published == null) {
            // without a date the annotator splits "the past month" into the past and a month; SUTime reads it
            return second.equals("past") ? null : new Form("DATE", null, at + 1);
        }
        int step = shift == null ? 0 : shift;
        if (quarter) {
            LocalDate date = published.plusMonths(3L * step);
            return new Form("DATE", date.getYear() + "-Q" + quarterOf(date), at + 1);
        }
        if (unit.calendar == ChronoUnit.DAYS && DAY_BEFORE.contains(second)) {
            step = -1;
        }
        return new Form("DATE", calendarValue(published.plus(step, unit.calendar), unit), at + 1);
    }

    /** Whether a number, or "of" and a time, follows the unit at token {@code at}: "the year 2012", "the week of March 6". */
    private static boolean composedAfter(List<CoreLabel> tokens, int at) {
        String after = at + 1 < tokens.size() ? tokens.get(at + 1).word().toLowerCase(Locale.ROOT) : "";
        return at + 1 < tokens.size() && ("CD".equals(tokens.get(at + 1).tag())
                || after.equals("of") && at + 2 < tokens.size() && (form(tokens, at + 2, null) != null || "CD".equals(tokens.get(at + 2).tag())));
    }

    /**
     * "Last Friday", "this Friday", "next Friday" (and "last Friday night"): that day of the week
     * before, of or after the article's, whatever the article's own day and the tense.
     */
    private static Form relativeWeekday(List<CoreLabel> tokens, int i, String which, DayOfWeek day, LocalDate published) {
        String part = i + 2 < tokens.size() ? PARTS_OF_DAY.get(tokens.get(i + 2).word().toLowerCase(Locale.ROOT)) : null;
        if (published == null) {
            return part == null ? new Form("DATE", null, i + 2) : null;
        }
        String date = published.plusWeeks(stepOf(which)).with(day).toString();
        return part == null ? new Form("DATE", date, i + 2) : new Form("TIME", date + part, i + 3);
    }

    /** "Last week", "this month", "next year": SUTime values them only against the article's date. */
    private static Form relativePeriod(String which, String unitWord, int i, LocalDate published) {
        Unit unit = UNITS.get(unitWord);
        if (unit == null || unit.size != 1 || unit.calendar == ChronoUnit.DAYS || unit.clock()) {
            return null;
        }
        if (published == null) {
            return new Form("DATE", null, i + 2);
        }
        return new Form("DATE", calendarValue(published.plus(stepOf(which), unit.calendar), unit), i + 2);
    }

    /** How many periods from the article's "last", "this" and "next" go: -1, 0, 1. */
    private static int stepOf(String which) {
        return which.equals("last") ? -1 : which.equals("this") ? 0 : 1;
    }

    /** "Two weeks", "48 hours", "years", "three days ago", "a 10-year-old". */
    private static Form amount(List<CoreLabel> tokens, int i, String lower, String afterLower, LocalDate published) {
        Matcher joinedAmount = JOINED_AMOUNT.matcher(lower);
        if (joinedAmount.matches()) {
            // "the 81-year old", written as one word
            String value = duration(Integer.parseInt(joinedAmount.group(1)), joinedAmount.group(2));
            return value == null ? null : aged(tokens, i, i + 1, value);
        }
        Unit bare = plural(lower);
        if (bare != null) {
            // "for years", "just days after", "so many years", "his final years"; not "hundreds of years",
            // "the heady days" (SUTime takes "the heady" in), "forty years"
            String tag = i > 0 ? tokens.get(i - 1).tag() : "";
            String before = previous(tokens, i);
            boolean freeWord = (MODIFY_ALONE.contains(before) || !JOINED_BEFORE.contains(before) && !before.endsWith("-")
                    && (tag.equals("IN") || tag.equals("TO") || tag.startsWith("RB") || tag.startsWith("VB") || tag.equals("PRP$") || tag.startsWith("JJ")))
                    && !(DETERMINERS.contains(previous(tokens, i - 1)) && !tag.equals("IN") && !tag.startsWith("VB"));
            boolean free = i > 0 && !before.equals("of") && freeWord && !joinsAfter(tokens, i + 1);
            return free ? new Form("DURATION", bare.some(), i + 1, true) : null;
        }
        String third = i + 2 < tokens.size() ? tokens.get(i + 2).word().toLowerCase(Locale.ROOT) : "";
        String fourth = i + 3 < tokens.size() ? tokens.get(i + 3).word().toLowerCase(Locale.ROOT) : "";
        if (lower.equals("a") && afterLower.equals("few") && plural(third) != null && plural(third).size == 1) {
            return new Form("DURATION", plural(third).some(), i + 3); // "a few years"
        }
        if (lower.equals("a") && afterLower.equals("couple") && third.equals("of") && plural(fourth) != null && plural(fourth).size == 1) {
            return new Form("DURATION", plural(fourth).times(2), i + 4); // "a couple of months"
        }
        Integer count = count(tokens, i);
        String before = previous(tokens, i);
        boolean numberBefore = i > 0 && "CD".equals(tokens.get(i - 1).tag())
                || NUMBER_WORDS.containsKey(before) && !before.equals("a") && !before.equals("an");
        if (count == null || numberBefore) {
            return null; // "twenty four hours" is one number
        }
        if (afterLower.equals("-") && count > 0 && !lower.equals("a") && !lower.equals("an")) {
            return compound(tokens, i, count);
        }
        Unit unit = count == 1 ? UNITS.get(afterLower) : plural(afterLower);
        if (unit == null) {
            return null;
        }
        String ago = i + 2 < tokens.size() ? tokens.get(i + 2).word().toLowerCase(Locale.ROOT) : "";
        if ((ago.equals("ago") || ago.equals("earlier") || ago.equals("later")) && unit.clock()) {
            return null; // "two hours ago" is a time of the article's day
        }
        if (ago.equals("ago") || ago.equals("earlier") || ago.equals("later")) {
            long amount = ago.equals("later") ? (long) count * unit.size : -(long) count * unit.size;
            return new Form("DATE", published == null ? null : published.plus(amount, unit.calendar == ChronoUnit.DECADES
                    ? ChronoUnit.YEARS : unit.calendar).toString(), i + 3);
        }
        return new Form("DURATION", unit.times(count), i + 2);
    }

    /** "A 10-year-old girl", "a three-month-old truce", "a 48-hour truce": SUTime reads the words alone. */
    private static Form compound(List<CoreLabel> tokens, int i, int count) {
        String value = duration(count, i + 2 < tokens.size() ? tokens.get(i + 2).word().toLowerCase(Locale.ROOT) : "");
        if (value == null) {
            return null;
        }
        return aged(tokens, i, i + 3, value);
    }

    /** "P10Y" for 10 and "year", "PT48H" for 48 and "hour"; null for a word that is no unit. */
    private static String duration(int count, String unit) {
        return UNITS.containsKey(unit) && !unit.equals("second") ? UNITS.get(unit).times(count) : null;
    }

    /** The amount "10-year" ending before token {@code next}, with the "old" after it ("16-year-old", "16-year old"). */
    private static Form aged(List<CoreLabel> tokens, int i, int next, String value) {
        boolean hyphenAfter = next < tokens.size() && tokens.get(next).word().equals("-");
        String old = next + (hyphenAfter ? 1 : 0) < tokens.size() ? tokens.get(next + (hyphenAfter ? 1 : 0)).word().toLowerCase(Locale.ROOT) : "";
        if (hyphenAfter && !old.equals("old") || JOINS_COMPOUND.contains(previous(tokens, i))) {
            return null; // "this 6-year-old" is read as a period
        }
        int end = old.equals("old") ? next + (hyphenAfter ? 2 : 1) : next;
        return new Form("DURATION", value, end, true);
    }

    /** The number token {@code k} spells, in words or digits ("three", "20"); null if it is no count. */
    private static Integer count(List<CoreLabel> tokens, int k) {
        String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
        Integer count = NUMBER_WORDS.get(word);
        return count == null && INTEGER.matcher(word).matches() && "CD".equals(tokens.get(k).tag()) ? Integer.valueOf(word) : count;
    }

    private static int quarterOf(LocalDate date) {
        return (date.getMonthValue() - 1) / 3 + 1;
    }

    private static Unit plural(String word) {
        return word.endsWith("s") ? UNITS.get(word.substring(0, word.length() - 1)) : null;
    }

    /** The day, week, month or year that holds {@code date}, by the unit: 2016-10-06, 2016-W41, 2016-11, 2017. */
    private static String calendarValue(LocalDate date, Unit unit) {
        return switch (unit.calendar) {
            case DAYS -> date.toString();
            case WEEKS -> isoWeek(date);
            case MONTHS -> String.format(Locale.ROOT, "%d-%02d", date.getYear(), date.getMonthValue());
            default -> String.valueOf(date.getYear());
        };
    }

    private static String isoWeek(LocalDate date) {
        return String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String yearOf(LocalDate published) {
        return published == null ? "XXXX" : String.valueOf(published.getYear());
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static boolean named(CoreLabel token) {
        return token.ner() != null && CoreNlpAnnotator.NAME_TAGS.contains(token.ner());
    }

    /**
     * Whether the cue from {@code start} to {@code end} is a word SUTime never reads as a time here:
     * a decimal ("6.7 percent"), "former", a lone non-noun "fall", "his second trip", an ordinal before a
     * name ("the 4th Division").
     */
    private static boolean noTime(List<CoreLabel> tokens, int start, int end) {
        for (int k = 0; k < tokens.size(); k++) {
            CoreLabel token = tokens.get(k);
            if (token.beginPosition() <= start && end <= token.endPosition()) {
                String word = token.word();
                String next = k + 1 < tokens.size() ? tokens.get(k + 1).word() : "";
                return DECIMAL.matcher(word).matches() || BEYOND_YEARS.matcher(word).matches() || YEAR.matcher(word).matches() && countsNoun(tokens, k)
                        || word.equalsIgnoreCase("former") || word.equalsIgnoreCase("formerly")
                        || word.equalsIgnoreCase("thus") // the cue's "Thu" with an "s", no weekday
                        || CoreNlpAnnotator.NAME_TAGS.contains(token.ner()) // "the SEC": the annotator drops names from what SUTime reads
                        || word.equalsIgnoreCase("recent") && plural(next.toLowerCase(Locale.ROOT)) == null && !capitalised(next)
                        || ALONE_NO_TIME.contains(word.toLowerCase(Locale.ROOT)) && !afterAmount(tokens, k)
                        || LONE_UNIT.matcher(word).matches() && !counted(tokens, k) && !COUNTING.contains(previous(tokens, k))
                                && !APPROXIMATELY.contains(previous(tokens, k)) && !next.equals(",") && !DAY.matcher(next).matches()
                                && !(k > 0 && tokens.get(k - 1).tag().startsWith("JJ")) // "the old quarter" is read as a date
                        || DROPPED_UNLESS_NOUN.matcher(word).matches() && !token.tag().startsWith("NN") && !counted(tokens, k)
                        || word.equals("second") && !token.tag().startsWith("NN") && ordinalSecond(tokens, k)
                        || word.equals("second") && (token.tag().equals("RB") || previous(tokens, k).equals("per"))
                        || SEASON.matcher(word).matches()
                        || word.equalsIgnoreCase("previous") && !timeAfter(next)
                        || ORDINAL.matcher(word).matches() && capitalised(next) && !MONTHS.containsKey(next.toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** Whether the cue lies in a hyphenated amount with a half or in a score, which the tokenizer may have split. */
    private static boolean halved(String text, int start, int end) {
        int from = start;
        int to = end;
        while (from > 0 && (Character.isLetterOrDigit(text.charAt(from - 1)) || text.charAt(from - 1) == '-')) {
            from--;
        }
        while (to < text.length() && (Character.isLetterOrDigit(text.charAt(to)) || text.charAt(to) == '-')) {
            to++;
        }
        String chunk = text.substring(from, to);
        int before = from - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        boolean apostrophe = before >= 0 && (text.charAt(before) == '\'' || text.charAt(before) == '’');
        // "the Colts' 31-24 victory": after an apostrophe SUTime reads '31 as a year
        return AND_A_HALF.matcher(chunk).matches() || SCORE.matcher(chunk).matches() && !apostrophe;
    }

    /**
     * Whether SUTime might join token {@code k} to a time expression next to it: a number, an
     * ordinal, a time word, a word it joins to some form ("the", "of", "early", "ago", ","), or an
     * adjective or name between them ("the third consecutive month", "the Moslem holy month").
     */
    static boolean mayJoin(List<CoreLabel> tokens, int k) {
        CoreLabel token = tokens.get(k);
        String lower = token.word().toLowerCase(Locale.ROOT);
        String tag = token.tag();
        return "CD".equals(tag) || tag.startsWith("JJ") || tag.startsWith("NNP") || tag.equals("POS") || NUMBER_WORDS.containsKey(lower) || ORDINAL_WORD.matcher(lower).matches()
                || JOINED_BEFORE.contains(lower) || JOINED_AFTER.contains(lower) || LINKS.contains(lower) || STARTS.contains(lower)
                || DETERMINERS.contains(lower) || PART_OF_DAY_BEFORE.contains(lower) || TimeCues.mayHold(token.word())
                || lower.equals("'s") || lower.equals("’s") || lower.equals("'") || lower.equals("’");
    }

    /** Whether SUTime resolves a time near this word to the past or the future: "said", "have", "will". */
    static boolean setsTense(CoreLabel token) {
        String lower = token.word().toLowerCase(Locale.ROOT);
        return "VBD".equals(token.tag()) || lower.equals("have") || FUTURE_WORDS.contains(lower);
    }

    /** Whether a plural noun follows the number at token {@code k}, which SUTime then reads as a count: "the 1992 protests". */
    private static boolean countsNoun(List<CoreLabel> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k + 1).tag().equals("NNS"); // not "the 2008 Chiefs"
    }

    private static String previous(List<CoreLabel> tokens, int k) {
        return k > 0 ? tokens.get(k - 1).word().toLowerCase(Locale.ROOT) : "";
    }

    /** Whether the word before token {@code k} is an amount or a unit of time: "two days later", "hours later". */
    private static boolean afterAmount(List<CoreLabel> tokens, int k) {
        String before = previous(tokens, k);
        return k > 0 && "CD".equals(tokens.get(k - 1).tag()) || UNITS.containsKey(before) || plural(before) != null
                || before.startsWith("hour") || before.startsWith("minute") || before.startsWith("second");
    }

    /**
     * "His second trip", "the second half": an ordinal SUTime drops, unless a word such as "early in"
     * or "start" comes before ("early in the second half" is read).
     */
    private static boolean ordinalSecond(List<CoreLabel> tokens, int k) {
        String before = previous(tokens, k);
        if (k > 0 && tokens.get(k - 1).tag().equals("PRP$")) {
            return true;
        }
        String two = previous(tokens, k - 1);
        String three = previous(tokens, k - 2);
        return before.equals("the") && !STARTS.contains(two) && !two.equals("start")
                && !((two.equals("in") || two.equals("on") || two.equals("of")) && STARTS.contains(three));
    }

    /** Whether {@code word} names a time or amount that "previous" would join: "the previous day", "previous years". */
    private static boolean timeAfter(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return UNITS.containsKey(lower) || plural(lower) != null || WEEKDAYS.containsKey(lower) || MONTHS.containsKey(lower)
                || PARTS_OF_DAY.containsKey(lower) || lower.equals("few") || lower.equals("several") || NUMBER_WORDS.containsKey(lower)
                || lower.matches("\\d+|quarters?|weekends?|seasons?|decades?");
    }

    /** Whether a number or "a" comes before token {@code k}: "a second" is a duration. */
    private static boolean counted(List<CoreLabel> tokens, int k) {
        return k > 0 && ("CD".equals(tokens.get(k - 1).tag()) || NUMBER_WORDS.containsKey(tokens.get(k - 1).word().toLowerCase(Locale.ROOT))
                || DISTRIBUTIVE.contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT)));
    }

    /** Whether the tokens from {@code end} to {@code start} are at most two linking words. */
    private static boolean linked(List<CoreLabel> tokens, int end, int start) {
        if (start - end > 2) {
            return false;
        }
        for (int k = end; k < start; k++) {
            if (!LINKS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word next to tokens {@code from} to {@code to} would join them into a longer expression. */
    private static boolean joined(List<CoreLabel> tokens, int from, int to, boolean duration) {
        String before = previous(tokens, from);
        String after = to < tokens.size() ? tokens.get(to).word().toLowerCase(Locale.ROOT) : "";
        String twoBefore = previous(tokens, from - 1);
        // "Monday before leaving", "Tuesday the first": a date takes these, a duration does not ("two years after")
        boolean dateJoined = !duration && (after.equals("before") || after.equals("after") || after.equals("the"));
        return JOINED_BEFORE.contains(before) || joinsAfter(tokens, to) || dateJoined
                || (before.equals("on") || before.equals("in") || before.equals("of")) && STARTS.contains(twoBefore)
                || before.endsWith("-");
    }

    /** Whether token {@code k} would join the expression that ends before it: "ago", "-old", "to 2015". */
    private static boolean joinsAfter(List<CoreLabel> tokens, int k) {
        String after = k < tokens.size() ? tokens.get(k).word().toLowerCase(Locale.ROOT) : "";
        boolean range = RANGE.contains(after) && k + 1 < tokens.size()
                && (form(tokens, k + 1, null) != null || "CD".equals(tokens.get(k + 1).tag()));
        return JOINED_AFTER.contains(after) || range || after.startsWith("-") && !after.matches("-+");
    }

    /**
     * Whether SUTime reads the year or date from token {@code i} to {@code next} alone although a
     * word it joins to other forms comes before: "the 2020 election", "the July 25 call", "that 2016
     * race", "most of 2019", "a book from 1985"; not "the 2020 summer", "the end of 2019", "May of
     * 2019", "from 2010 to 2015".
     */
    private static boolean readAlone(List<CoreLabel> tokens, int i, int next) {
        String before = previous(tokens, i);
        String twoBefore = previous(tokens, i - 1);
        String after = next < tokens.size() ? tokens.get(next).word() : "";
        boolean timeAfter = TimeCues.mayHold(after) || ORDINAL_WORD.matcher(after.toLowerCase(Locale.ROOT)).matches()
                || next < tokens.size() && ("CD".equals(tokens.get(next).tag()) || form(tokens, next, null) != null);
        boolean timeOf = before.equals("of") && (STARTS.contains(twoBefore) || PARTS.contains(twoBefore) || TimeCues.mayHold(twoBefore)
                || i > 1 && form(tokens, i - 2, null) != null);
        return YEAR_BEFORE.contains(before) && !timeOf && !timeAfter && !joinsAfter(tokens, next) && !twoBefore.endsWith("-");
    }

    /**
     * A unit word alone, which SUTime reads as one of it: "that day", "per month", "the school year",
     * "rush hour". Left to SUTime after an amount, an ordinal ("the sixth straight day"), or a word it
     * joins ("the same day", "each day", "a week").
     */
    private static Form unitAlone(List<CoreLabel> tokens, int i, Unit unit) {
        String before = previous(tokens, i);
        String tag = i > 0 ? tokens.get(i - 1).tag() : "";
        boolean named = tag.startsWith("NNP") || tag.equals("POS") || HOLIDAY_WORDS.contains(before); // "work week", "inauguration day"
        for (int k = Math.max(0, i - 4); k < i; k++) {
            named |= STARTS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT)); // "the beginning of the financial year"
        }
        boolean free = i > 0 && (UNIT_ALONE_AFTER.contains(before) || !JOINED_BEFORE.contains(before) && !before.endsWith("-")) && !named
                && !"CD".equals(tag) && !NUMBER_WORDS.containsKey(before) && !ORDINAL_WORD.matcher(before).matches()
                && !ORDINAL_WORD.matcher(previous(tokens, i - 1)).matches()
                && tokens.get(i).word().equals(tokens.get(i).word().toLowerCase(Locale.ROOT)) && !joinsAfter(tokens, i + 1);
        String after = i + 1 < tokens.size() ? tokens.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
        boolean joinedAfter = after.equals("after") || after.equals("before") || CONNECTIVES.contains(after) && i + 2 < tokens.size()
                && (form(tokens, i + 2, null) != null || "CD".equals(tokens.get(i + 2).tag()));
        return free && !joinedAfter ? new Form("DURATION", unit.times(1), i + 1, true) : null;
    }
}
