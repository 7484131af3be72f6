package org.sitrep.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.model.Document;
import org.sitrep.model.LayerKey;
import org.sitrep.model.Layers;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;
import org.sitrep.model.Tokens;
import org.sitrep.pipeline.Stage;

/**
 * Brings the tagger's time expressions to TimeML's conventions and to the way news is written.
 * <ul>
 * <li>Only what {@link TimexFilter} accepts is kept.
 * <li>A day, month, quarter or holiday named without a year is the one its clause points at: the
 * last on or before the article's date after a past verb ("said Friday", "since Oct. 23"), the next
 * after a future or a plan ("will meet Monday", "ahead of the weekend"), else the nearer one
 * ("extended to Nov. 16", "the Jan. 14 deadline").
 * <li>"A year earlier", "the year-ago quarter", "the quarter", "the 1988 quarter", "later that year",
 * "the following year" and "the previous Friday" refer to the period the text last named: in an
 * earnings report, the third quarter of the year before.
 * <li>"Five years ago" is a year, "two months ago" a month; "the 1990s" is {@code 199}; "5 1/2
 * hours" is {@code PT5H30M}; clock times carry no zone offset.
 * </ul>
 */
public final class TimexRefiner implements Stage {
    /** "The following year", "the preceding month": a step from the period the text last named, not from the article's date. */
    private static final Pattern FOLLOWING = Pattern.compile("(?i)^the (following|previous|preceding) (day|month|year)$");
    /** "The next several days", "the past few quarters": an unspecified number of units, which the tagger gives as a range. */
    private static final Pattern SOME_UNITS = Pattern.compile("(?i)\\b(several|few|some) (day|week|month|quarter|year|hour|minute)s$");
    /** "5 1/2 hours", "a minute and a half": a half unit the tagger leaves out of the expression or unspecified. */
    private static final Pattern HALF_BEFORE = Pattern.compile("(\\d+)[ \\u00A0]1/2\\s+$");
    private static final Pattern HALF_AFTER = Pattern.compile("^\\s+and a half\\b");
    private static final Pattern UNIT = Pattern.compile("(?i)^(?:a |an |one |\\d+ )?(year|day|hour|minute)s?$");
    private static final Pattern PREVIOUS_WEEKDAY = Pattern.compile("(?i)^the (?:previous|preceding) " + CalendarWords.WEEKDAY + "$");
    private static final Pattern HALF_OF_YEAR = Pattern.compile("(?i)^(?:the )?(first|second|last|latter) half of (\\d{4})$");
    private static final Pattern ZONE_OFFSET = Pattern.compile("(T\\d{2}(:\\d{2})*)[+-]\\d{4}$");
    /** Words before a date that set a deadline or a start, past or future alike: "by Jan. 14", "payable Dec. 7". */
    private static final Set<String> DEADLINE = Set.of("by", "until", "till", "through", "to", "effective", "payable", "from", "record");
    private static final Pattern HAS_YEAR = Pattern.compile("\\d{4}|'\\d\\d\\b");
    private static final Pattern MONTH_NAME = Pattern.compile("(?i)" + CalendarWords.MONTH + "(\\s|$)");
    private static final Pattern WEEKDAY_NAME = Pattern.compile("(?i)" + CalendarWords.WEEKDAY);
    private static final Pattern ORDINAL_QUARTER = Pattern.compile("(?i)\\b(first|second|third|fourth)\\W+quarter");
    private static final Pattern DAY_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(.*)$");
    private static final Pattern MONTH_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern QUARTER_VALUE = Pattern.compile("^(\\d{4})-Q([1-4])$");
    private static final Pattern REFERENCE_VALUE = Pattern.compile("^\\d{4}(-(Q[1-4]|H[12]|\\d{2}(-\\d{2})?))?$");
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?i)\\b((a|one) year (earlier|ago|before)|year-(earlier|ago))\\b");
    private static final Pattern THE_QUARTER = Pattern.compile(
            "(?i)^(the|that|this) ((latest |current |most recent |same |fiscal )?quarter|(latest|most recent) period)$");
    private static final Pattern FISCAL_YEAR_NUMBER = Pattern.compile("^fiscal (\\d{4})$");
    private static final Pattern THIS_YEAR = Pattern.compile("^((earlier|later) )?this year$");
    private static final Pattern THE_YEAR = Pattern.compile("(?i)^the (fiscal |financial )?year$");
    /** "The 1988 quarter", "the 1989 period": a year of an earnings report, meaning its quarter of that year. */
    private static final Pattern YEAR_PERIOD = Pattern.compile("(?i)^(the )?(\\d{4})( quarter| period)?$");
    /** A day's proper name: "Thanksgiving Day", "Christmas Eve", "Easter"; not "The day after", "Today", "two weeks ago". */
    private static final Pattern HOLIDAY = Pattern.compile("^(?!.*(?i:\\b(ago|yesterday|today|tomorrow|tonight|week|month|year|decade"
            + "|earlier|later|before|after|next|last)\\b))[^\\d]*\\b(?!(The|This|That|Day|Eve|Night|Morning|Evening|Afternoon)\\b)[A-Z][a-z]+");
    private static final Pattern YEAR_NUMBER_BEFORE = Pattern.compile("\\b(\\d{4})\\s+$");
    private static final Pattern YEAR_AGO_BEFORE = Pattern.compile("(?i)\\byear-(ago|earlier)\\s+$");
    private static final Pattern ORDINAL_DAY = Pattern.compile(
            "(?i)^the (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(st|nd|rd|th)) (full )?day$");
    private static final Pattern IS_BEFORE = Pattern.compile("(?i)\\b(is|it's|'s)\\s+$");
    private static final Pattern THAT_BEFORE = Pattern.compile("(?i)\\b(that|same)\\s+$");
    /** Holidays that fall on a weekday of their month rather than on a fixed date. */
    private static final Pattern MOVABLE_HOLIDAY = Pattern.compile(
            "(?i)thanksgiving|memorial|labou?r day|martin luther king|presidents'? day|columbus|mother's|father's");
    private static final Pattern WEEKEND = Pattern.compile("(?i)^(the|this|last) weekend$");
    private static final Pattern NAMES_A_DAY = Pattern.compile(
            "(?i)" + CalendarWords.WEEKDAY + "|\\b(today|tonight|yesterday|tomorrow)\\b|\\d{1,2}/\\d|" + CalendarWords.MONTH + "\\s+\\d");
    private static final Pattern AMOUNT_LATER = Pattern.compile(
            "(?i)^((a few|several|some|\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten) (minute|hour|day|week|month|year)s?) later$");
    private static final Map<String, String> NUMBERS = Map.ofEntries(Map.entry("a", "1"), Map.entry("an", "1"), Map.entry("one", "1"),
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"),
            Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"));
    private static final Pattern APPOSED = Pattern.compile("(?i)^the (day|night|morning|evening) (before|after)$");
    private static final Pattern UNITS_AGO = Pattern.compile("(?i)\\b(year|month|week)s? ago\\b");
    /** "Several years ago", "months ago": no count, so no calendar value; the tagger reads them as one unit back. */
    private static final Pattern SOME_TIME_AGO = Pattern.compile("(?i)^((a few|several|some|many) )?(year|month|week|day)s ago$");
    private static final Pattern DECADE = Pattern.compile("(?i)(\\d0s|ties)\\b");
    /** The decades' names from the twenties, without "-ties": "twen" is 2, "nine" is 9. */
    private static final List<String> DECADE_STEMS = List.of("twen", "thir", "for", "fif", "six", "seven", "eigh", "nine");
    /**
     * Dates the tagger misses: "the year-earlier quarter", "year-ago profit", "mid-November",
     * "late-1996", "fiscal 1989", "the nineties", "the latest period".
     */
    private static final Pattern UNTAGGED_DATE = Pattern.compile(
            "(?i)\\b(the\\s+)?year-(earlier|ago)(\\s+(first|second|third|fourth|fiscal|[a-z]+-quarter))*\\s+(quarter|period)\\b|\\byear-(earlier|ago)\\b"
            + "|\\b(mid|early|late)-(" + CalendarWords.MONTH + "|\\d{4}\\b)|\\bfiscal \\d{4}\\b|\\bthe (latest|most recent) period\\b"
            + "|\\bthe (" + String.join("|", DECADE_STEMS) + ")ties\\b");
    /** Durations the tagger misses, written as adjectives: "a day-long meeting", "a decades-long battle". */
    private static final Pattern UNTAGGED_DURATION = Pattern.compile("(?i)\\b(hour|day|week|month|year|decade)(s?)-long\\b");
    private static final Pattern ABBREVIATED_MONTH = Pattern.compile("(?i)\\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.$");
    private static final Pattern PART_OF_MONTH = Pattern.compile("(?i)^(mid|early|late)-" + CalendarWords.MONTH + "$");
    private static final Pattern PART_OF_YEAR = Pattern.compile("^(mid|early|late)-(\\d{4})$");
    private static final Pattern NAMED_DECADE = Pattern.compile("^the (" + String.join("|", DECADE_STEMS) + ")ties$");
    /** "The week of March 6": the annotator keeps it whole with the day's value; TimeML gives the week. */
    private static final Pattern WEEK_OF = Pattern.compile("(?i)^(the )?week of ");

    @Override
    public String name() {
        return "refine-time";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TIMEX, Layers.SENTENCES, Layers.TOKENS);
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of(Layers.TIMEX);
    }

    @Override
    public Document apply(Document document) {
        Map<Integer, List<Token>> sentences = document.layer(Layers.TOKENS).stream()
                .collect(Collectors.groupingBy(Token::sentence));
        List<TimeExpression> found = new ArrayList<>();
        for (TimeExpression t : document.layer(Layers.TIMEX)) {
            if (TimexFilter.isTimex(t, document.layer(Layers.TOKENS))) {
                found.add(withoutLater(t));
            }
        }
        found = withUntagged(document.text(), found);
        found.sort(Comparator.comparingInt(TimeExpression::start));
        LocalDate dct = document.publishedMetadata();
        if (dct == null) {
            return document.with(Layers.TIMEX, found);
        }
        List<TimeExpression> out = new ArrayList<>();
        String reference = null;
        String quarter = null;
        TimeExpression previous = null;
        for (TimeExpression t : found) {
            List<Token> sentence = sentences.getOrDefault(sentenceOf(t, document.layer(Layers.TOKENS)), List.of());
            String value = apposed(t, previous, document.text());
            if (value == null) {
                value = anchored(t, dct, reference, quarter, sentence, document.text());
            }
            out.add(value.equals(t.value()) ? t : new TimeExpression(t.start(), t.end(), t.text(), t.type(), value));
            if (REFERENCE_VALUE.matcher(value).matches() && !anaphoric(t)) {
                reference = value;
                quarter = QUARTER_VALUE.matcher(value).matches() ? value : quarter;
            }
            previous = out.get(out.size() - 1);
        }
        return document.with(Layers.TIMEX, onTheirDay(out, document.layer(Layers.TOKENS), dct));
    }

    /** A clock time alone ("at 10:35 a.m.") is on the day its sentence names ("Friday"), not on the article's date. */
    private static List<TimeExpression> onTheirDay(List<TimeExpression> times, List<Token> tokens, LocalDate dct) {
        List<TimeExpression> out = new ArrayList<>(times);
        int[] sentences = times.stream().mapToInt(t -> sentenceOf(t, tokens)).toArray();
        for (int i = 0; i < out.size(); i++) {
            TimeExpression t = out.get(i);
            Matcher clock = DAY_VALUE.matcher(t.value() == null ? "" : t.value());
            if (!clock.matches() || !clock.group(4).startsWith("T") || !t.value().startsWith(dct.toString())
                    || NAMES_A_DAY.matcher(t.text()).find()) {
                continue;
            }
            for (int j = 0; j < times.size(); j++) {
                TimeExpression other = times.get(j);
                if (j != i && sentences[j] == sentences[i] && other.value() != null
                        && other.value().matches("\\d{4}-\\d{2}-\\d{2}") && !other.value().equals(dct.toString())) {
                    out.set(i, new TimeExpression(t.start(), t.end(), t.text(), t.type(), other.value() + clock.group(4)));
                    break;
                }
            }
        }
        return out;
    }

    /** "Three days later": TimeML tags the amount, "three days", as a duration and "later" as a signal. */
    private static TimeExpression withoutLater(TimeExpression t) {
        Matcher amount = AMOUNT_LATER.matcher(t.text());
        if (!amount.matches()) {
            return t;
        }
        String number = amount.group(2).toLowerCase(Locale.ROOT);
        String count = NUMBERS.getOrDefault(number, number.matches("\\d+") ? number : "X");
        String unit = amount.group(3).toLowerCase(Locale.ROOT);
        boolean clock = unit.equals("hour") || unit.equals("minute");
        return new TimeExpression(t.start(), t.start() + amount.group(1).length(), amount.group(1), "DURATION",
                (clock ? "PT" : "P") + count + Character.toUpperCase(unit.charAt(0)));
    }

    /**
     * The tagger's expressions with the ones it misses added; a missed expression replaces what the
     * tagger found inside it or ending in it ("The year" of "The year-earlier results", "November" of
     * "mid-November"), and cuts what starts in it short.
     */
    private static List<TimeExpression> withUntagged(String text, List<TimeExpression> found) {
        List<TimeExpression> out = new ArrayList<>(found);
        for (Pattern pattern : List.of(UNTAGGED_DATE, UNTAGGED_DURATION)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int start = m.start();
                // a full stop after a month's whole name ends the sentence: "in mid-November."
                int end = m.group().endsWith(".") && !ABBREVIATED_MONTH.matcher(m.group()).find() ? m.end() - 1 : m.end();
                List<TimeExpression> overlapping = out.stream().filter(t -> t.start() < end && start < t.end()).toList();
                if (overlapping.stream().allMatch(t -> t.end() <= end || start <= t.start())) {
                    out.removeAll(overlapping);
                    for (TimeExpression t : overlapping) {
                        // what runs on past the missed expression stays: "nine months" of "the year-earlier nine months"
                        int rest = end;
                        while (rest < t.end() && !Character.isLetterOrDigit(text.charAt(rest))) {
                            rest++;
                        }
                        if (rest < t.end()) {
                            out.add(new TimeExpression(rest, t.end(), text.substring(rest, t.end()), t.type(), t.value()));
                        }
                    }
                    out.add(pattern == UNTAGGED_DATE ? new TimeExpression(start, end, text.substring(start, end), "DATE", null)
                            : new TimeExpression(start, end, m.group(), "DURATION", lengthOf(m.group(1), !m.group(2).isEmpty())));
                }
            }
        }
        return out;
    }

    /** "day-long" is {@code P1D}, "decades-long" {@code PXY}. */
    private static String lengthOf(String unit, boolean plural) {
        String u = unit.toLowerCase(Locale.ROOT);
        String count = plural ? "X" : u.equals("decade") ? "10" : "1";
        return (u.equals("hour") ? "PT" : "P") + count + (u.equals("decade") ? "Y" : u.substring(0, 1).toUpperCase(Locale.ROOT));
    }

    private static int sentenceOf(TimeExpression t, List<Token> tokens) {
        int i = Tokens.firstEndingAfter(t.start(), tokens);
        return i < tokens.size() ? tokens.get(i).sentence() : -1;
    }

    private static boolean followedBy(TimeExpression t, List<Token> sentence, String... words) {
        int i = Tokens.firstEndingAfter(t.end(), sentence);
        return i < sentence.size() && List.of(words).contains(sentence.get(i).word().toLowerCase(Locale.ROOT));
    }

    /** "Oct. 12, the day before the plunge": a relative day set beside a date, by a comma, is that date. */
    private static String apposed(TimeExpression t, TimeExpression previous, String text) {
        if (previous == null || previous.value() == null || !APPOSED.matcher(t.text()).matches()
                || !text.substring(previous.end(), t.start()).matches(",\\s*") || !DAY_VALUE.matcher(previous.value()).matches()) {
            return null;
        }
        return previous.value();
    }

    /** Whether the words just before {@code t} end with {@code pattern}'s match. */
    private static boolean precededBy(TimeExpression t, String text, Pattern pattern) {
        Matcher m = pattern.matcher(text.substring(Math.max(0, t.start() - 40), t.start()));
        return m.find();
    }

    /** Whether {@code t} takes its value from the period named before it rather than naming one. */
    private static boolean anaphoric(TimeExpression t) {
        String words = t.text().toLowerCase(Locale.ROOT).strip();
        return YEAR_BEFORE.matcher(words).find() || THE_QUARTER.matcher(words).matches();
    }

    /** The value of {@code t} against the article's date, the period the text last named and the last quarter it named. */
    private static String anchored(TimeExpression t, LocalDate dct, String reference, String quarter, List<Token> sentence,
            String documentText) {
        String text = t.text();
        // TimeML writes clock times as the text gives them, without a zone offset (which the tagger gets wrong for "EDT")
        String value = t.value() == null ? "" : ZONE_OFFSET.matcher(t.value()).replaceFirst("$1");
        String words = text.toLowerCase(Locale.ROOT).strip();
        Matcher fiscal = FISCAL_YEAR_NUMBER.matcher(words);
        if (fiscal.matches()) {
            return fiscal.group(1);
        }
        if (THIS_YEAR.matcher(words).matches()) {
            return String.valueOf(dct.getYear());
        }
        if (WEEK_OF.matcher(words).find() && DAY_VALUE.matcher(value).matches()) {
            return isoWeek(LocalDate.parse(value.substring(0, 10)));
        }
        Matcher partOfYear = PART_OF_YEAR.matcher(words);
        if (partOfYear.matches()) {
            return partOfYear.group(2);
        }
        Matcher partOfMonth = PART_OF_MONTH.matcher(words);
        if (partOfMonth.matches()) {
            String month = String.format(Locale.ROOT, "%d-%02d", dct.getYear(), CalendarWords.monthNumber(partOfMonth.group(2)));
            return anchoredInYear(text, words, month, dct, direction(t, words, sentence));
        }
        Matcher decade = NAMED_DECADE.matcher(words);
        if (decade.matches()) {
            // the decade of that name nearest the article's date: "the nineties" is 199 said in 1989 or in 2024
            int tens = DECADE_STEMS.indexOf(decade.group(1)) + 2;
            int thisCentury = dct.getYear() / 100 * 100 + tens * 10;
            int lastCentury = thisCentury - 100;
            int nearer = Math.abs(thisCentury - dct.getYear()) <= Math.abs(lastCentury - dct.getYear()) ? thisCentury : lastCentury;
            return String.valueOf(nearer / 10);
        }
        if (words.equals("recent") || SOME_TIME_AGO.matcher(words).matches()) {
            return "PAST_REF";
        }
        if (YEAR_BEFORE.matcher(words).find()) {
            if (ORDINAL_QUARTER.matcher(words).find() && QUARTER_VALUE.matcher(value).matches()) {
                return yearBefore(anchoredInYear(text, words, value, dct, -1));
            }
            if (words.contains("quarter") && (reference == null || !reference.contains("-Q"))) {
                return yearBefore(quarterOf(dct.minusMonths(3)));
            }
            boolean anaphoric = !words.contains("ago") || reference != null && reference.contains("-Q");
            return yearBefore(anaphoric && reference != null ? reference : String.valueOf(dct.getYear()));
        }
        if (THE_YEAR.matcher(words).matches() && followedBy(t, sentence, "ended", "ending")) {
            return "P1Y"; // "for the year ended March 31" names a twelve-month period, not a calendar year
        }
        if (WEEKEND.matcher(words).matches()) {
            boolean ahead = direction(t, words, sentence) > 0;
            return isoWeek(dct.with(ahead ? TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY) : TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)))
                    + "-WE";
        }
        Matcher previousWeekday = PREVIOUS_WEEKDAY.matcher(words);
        if (previousWeekday.matches()) {
            // the one before the day the text last named: "down from the previous Friday"
            LocalDate from = reference != null && DAY_VALUE.matcher(reference).matches() ? LocalDate.parse(reference.substring(0, 10)) : dct;
            return from.with(TemporalAdjusters.previous(CalendarWords.weekday(previousWeekday.group(1)))).toString();
        }
        Matcher half = HALF_OF_YEAR.matcher(words);
        if (half.matches()) {
            return half.group(2) + (half.group(1).equals("first") ? "-H1" : "-H2");
        }
        if (words.equals("year") && followedBy(t, sentence, "end", "'s")) {
            return String.valueOf(dct.getYear()); // "by year end", "by year's end"
        }
        Matcher yearPeriod = YEAR_PERIOD.matcher(words);
        if (yearPeriod.matches()) {
            // "the 1988 quarter" is the last quarter named; "the 1988 period" the last period, if a quarter
            String period = words.endsWith("quarter") || followedBy(t, sentence, "quarter") ? quarter
                    : words.endsWith("period") || followedBy(t, sentence, "period") ? reference : null;
            if (period != null && period.contains("-Q")) {
                return yearPeriod.group(2) + period.substring(4);
            }
        }
        Matcher yearBeforeQuarter = YEAR_NUMBER_BEFORE.matcher(documentText.substring(Math.max(0, t.start() - 6), t.start()));
        if (ORDINAL_QUARTER.matcher(words).find() && QUARTER_VALUE.matcher(value).matches() && yearBeforeQuarter.find()) {
            return yearBeforeQuarter.group(1) + value.substring(4); // "the 1988 second quarter"
        }
        if (ORDINAL_QUARTER.matcher(words).find() && QUARTER_VALUE.matcher(value).matches() && precededBy(t, documentText, YEAR_AGO_BEFORE)) {
            return yearBefore(anchoredInYear(text, words, value, dct, -1));
        }
        Matcher oneUnit = UNIT.matcher(words);
        if (oneUnit.matches()) {
            String halfAgain = withAHalf(t, oneUnit.group(1).toLowerCase(Locale.ROOT), documentText);
            if (halfAgain != null) {
                return halfAgain;
            }
        }
        Matcher someUnits = SOME_UNITS.matcher(words);
        if (someUnits.find()) {
            String unit = someUnits.group(2);
            return (unit.startsWith("h") || unit.startsWith("mi") ? "PTX" : "PX") + Character.toUpperCase(unit.charAt(0));
        }
        Matcher following = FOLLOWING.matcher(words);
        if (following.matches() && reference != null) {
            String step = stepFrom(reference, following.group(2), following.group(1).equals("following") ? 1 : -1);
            if (step != null) {
                return step;
            }
        }
        if (ORDINAL_DAY.matcher(words).matches() && precededBy(t, documentText, IS_BEFORE)) {
            return dct.toString(); // "today is the eighth day of the blockade"
        }
        if ((words.equals("year") || words.equals("day")) && reference != null && precededBy(t, documentText, THAT_BEFORE)) {
            // "later that year", "that same day": the period the text last named
            return words.equals("year") ? reference.substring(0, 4) : reference.length() == 10 ? reference : value;
        }
        if (THE_QUARTER.matcher(words).matches()) {
            if (words.contains("current") || words.startsWith("this")) {
                return quarterOf(dct);
            }
            return reference != null && reference.contains("-Q") ? reference : quarterOf(dct.minusMonths(3));
        }
        if (!HAS_YEAR.matcher(text).find() && !words.contains("year")) {
            String anchored = anchoredInYear(text, words, value, dct, direction(t, words, sentence));
            if (anchored != null) {
                return anchored;
            }
        }
        Matcher day = DAY_VALUE.matcher(value);
        Matcher ago = UNITS_AGO.matcher(words);
        if (day.matches() && day.group(4).isEmpty() && ago.find()) {
            LocalDate date = LocalDate.parse(value);
            return switch (ago.group(1)) {
                case "year" -> String.valueOf(date.getYear());
                case "month" -> YearMonth.from(date).toString();
                default -> isoWeek(date);
            };
        }
        if (value.matches("\\d{3}X") && DECADE.matcher(words).find()) {
            return value.substring(0, 3);
        }
        if (value.matches("\\d{2}XX") && words.contains("century") && !words.contains("this")) {
            return value.substring(0, 2);
        }
        return value;
    }

    /**
     * Which way from the article's date an expression without a year points: -1 back, +1 forward,
     * -2 and +2 strictly ("last June", "next Monday"), 0 unknown (the nearest).
     */
    private static int direction(TimeExpression t, String words, List<Token> sentence) {
        if (words.startsWith("last ")) {
            return -2;
        }
        if (words.startsWith("next ")) {
            return 2;
        }
        int i = Tokens.firstEndingAfter(t.start(), sentence);
        String before = i > 0 ? sentence.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
        if (sinceBefore(sentence, i)) {
            return -1;
        }
        if (before.equals("of") && i > 1 && sentence.get(i - 2).word().equalsIgnoreCase("ahead")) {
            return 1;
        }
        if (DEADLINE.contains(before) || deadlineAfter(t, sentence)) {
            return 0;
        }
        return switch (ClauseTense.around(t, sentence)) {
            case PAST -> -1;
            case FUTURE -> 1;
            case UNKNOWN -> 0;
        };
    }

    /** "Since Oct. 23", "since shortly after the Oct. 23 slaying": "since" a few words back, with no verb between. */
    private static boolean sinceBefore(List<Token> sentence, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
            Token token = sentence.get(k);
            if (token.word().equalsIgnoreCase("since")) {
                return true;
            }
            if (token.pos() != null && token.pos().startsWith("VB")) {
                return false;
            }
        }
        return false;
    }

    /** "The Jan. 14 deadline", "set Nov. 10 as the deadline": a deadline may be past or ahead. */
    private static boolean deadlineAfter(TimeExpression t, List<Token> sentence) {
        int after = Tokens.firstEndingAfter(t.end(), sentence);
        for (int k = after; k < Math.min(sentence.size(), after + 3); k++) {
            if (sentence.get(k).word().equalsIgnoreCase("deadline")) {
                return true;
            }
        }
        return false;
    }

    private static String anchoredInYear(String text, String words, String value, LocalDate dct, int direction) {
        Matcher day = DAY_VALUE.matcher(value);
        boolean month = MONTH_NAME.matcher(text).find();
        if (day.matches() && !month && WEEKDAY_NAME.matcher(words).find()) {
            DayOfWeek weekday = LocalDate.parse(value.substring(0, 10)).getDayOfWeek();
            LocalDate date = dct.with(switch (direction) {
                case -2 -> TemporalAdjusters.previous(weekday);
                case 2 -> TemporalAdjusters.next(weekday);
                case 1 -> TemporalAdjusters.nextOrSame(weekday);
                case -1 -> TemporalAdjusters.previousOrSame(weekday);
                // With no verb to tell, a bare weekday is in the past week, unless it is tomorrow's.
                default -> dct.plusDays(1).getDayOfWeek() == weekday ? TemporalAdjusters.next(weekday) : TemporalAdjusters.previousOrSame(weekday);
            });
            return date + day.group(4);
        }
        if (day.matches() && month) {
            MonthDay md = MonthDay.of(Integer.parseInt(day.group(2)), Integer.parseInt(day.group(3)));
            Matcher weekday = WEEKDAY_NAME.matcher(words);
            if (weekday.find()) {
                // "Monday, Oct. 26": the year in which that day is a Monday.
                for (int shift : new int[] {0, -1, 1}) {
                    LocalDate date = md.atYear(dct.getYear() + shift);
                    if (date.getDayOfWeek().toString().toLowerCase(Locale.ROOT).startsWith(weekday.group(1))) {
                        return date + day.group(4);
                    }
                }
            }
            LocalDate before = md.atYear(dct.getYear() - (md.atYear(dct.getYear()).isAfter(dct) ? 1 : 0));
            LocalDate after = md.atYear(dct.getYear() + (md.atYear(dct.getYear()).isBefore(dct) ? 1 : 0));
            return towards(before, after, dct, direction) + day.group(4);
        }
        if (day.matches() && HOLIDAY.matcher(text).find()) {
            // A holiday, which the tagger puts in the article's year.
            LocalDate holiday = LocalDate.parse(value.substring(0, 10));
            LocalDate before = holiday.isAfter(dct) ? holidayIn(holiday, words, holiday.getYear() - 1) : holiday;
            LocalDate after = holiday.isBefore(dct) ? holidayIn(holiday, words, holiday.getYear() + 1) : holiday;
            return towards(before, after, dct, direction) + day.group(4);
        }
        Matcher monthValue = MONTH_VALUE.matcher(value);
        if (monthValue.matches() && month) {
            YearMonth current = YearMonth.from(dct);
            YearMonth ym = YearMonth.of(dct.getYear(), Integer.parseInt(monthValue.group(2)));
            // "last February" said in March is a year back: last month would have been "last month".
            YearMonth before = ym.isAfter(current) || direction == -2 && !ym.isBefore(current.minusMonths(1)) ? ym.minusYears(1) : ym;
            YearMonth after = ym.isBefore(current) || direction == 2 && ym.equals(current) ? ym.plusYears(1) : ym;
            boolean back = direction < 0 || direction == 0
                    && ChronoUnit.MONTHS.between(before, current) <= ChronoUnit.MONTHS.between(current, after);
            return (back ? before : after).toString();
        }
        Matcher quarter = QUARTER_VALUE.matcher(value);
        Matcher ordinal = ORDINAL_QUARTER.matcher(words);
        if (quarter.matches() && ordinal.find()) {
            int q = List.of("first", "second", "third", "fourth").indexOf(ordinal.group(1).toLowerCase(Locale.ROOT)) + 1;
            int current = dct.get(IsoFields.QUARTER_OF_YEAR);
            // Quarters are reported after they end: "will report third-quarter results" is the last third quarter.
            int year = direction == 2 ? (q > current ? dct.getYear() : dct.getYear() + 1) : (q <= current ? dct.getYear() : dct.getYear() - 1);
            return year + "-Q" + q;
        }
        return null;
    }

    /** Of a day's occurrences on or before the article's date and after it, the one {@code direction} points at, else the nearer. */
    private static LocalDate towards(LocalDate before, LocalDate after, LocalDate dct, int direction) {
        boolean back = direction < 0 || direction == 0 && dct.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - dct.toEpochDay();
        return back ? before : after;
    }

    /** The same holiday as {@code holiday} in another year. */
    private static LocalDate holidayIn(LocalDate holiday, String words, int year) {
        if (words.contains("easter")) {
            return easter(year);
        }
        if (!MOVABLE_HOLIDAY.matcher(words).find()) {
            return MonthDay.from(holiday).atYear(year);
        }
        LocalDate first = holiday.withYear(year).withDayOfMonth(1);
        if (words.contains("memorial")) {
            return first.with(TemporalAdjusters.lastInMonth(holiday.getDayOfWeek()));
        }
        return first.with(TemporalAdjusters.dayOfWeekInMonth((holiday.getDayOfMonth() - 1) / 7 + 1, holiday.getDayOfWeek()));
    }

    /** Western Easter Sunday (the anonymous Gregorian computus). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int h = (19 * a + b - b / 4 - (b - (b + 8) / 25 + 1) / 3 + 15) % 30;
        int l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int n = h + l - 7 * m + 114;
        return LocalDate.of(year, n / 31, n % 31 + 1);
    }

    /** "5 1/2 hours" as PT5H30M, "a minute and a half" as PT1M30S; null when no half follows or precedes. */
    private static String withAHalf(TimeExpression t, String unit, String documentText) {
        Matcher before = HALF_BEFORE.matcher(documentText.substring(Math.max(0, t.start() - 12), t.start()));
        boolean after = HALF_AFTER.matcher(documentText.substring(t.end(), Math.min(documentText.length(), t.end() + 14))).find();
        if (!before.find() && !after) {
            return null;
        }
        int whole = after ? 1 : Integer.parseInt(before.group(1));
        return switch (unit) {
            case "year" -> "P" + whole + "Y6M";
            case "day" -> "P" + whole + "DT12H";
            case "hour" -> "PT" + whole + "H30M";
            default -> "PT" + whole + "M30S";
        };
    }

    /** The {@code unit} one step from {@code reference}, or null when the reference is coarser than the unit. */
    private static String stepFrom(String reference, String unit, int step) {
        Matcher day = DAY_VALUE.matcher(reference);
        Matcher month = MONTH_VALUE.matcher(reference);
        return switch (unit) {
            case "year" -> String.valueOf(Integer.parseInt(reference.substring(0, 4)) + step);
            case "month" -> day.matches() || month.matches() ? YearMonth.parse(reference.substring(0, 7)).plusMonths(step).toString() : null;
            default -> day.matches() && day.group(4).isEmpty() ? LocalDate.parse(reference).plusDays(step).toString() : null;
        };
    }

    private static String yearBefore(String value) {
        return (Integer.parseInt(value.substring(0, 4)) - 1) + value.substring(4);
    }

    private static String isoWeek(LocalDate date) {
        return String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String quarterOf(LocalDate date) {
        return date.getYear() + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
    }
}
