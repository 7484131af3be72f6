package org.sitrep.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.DateWindow;
import org.sitrep.model.TimeExpression;

/**
 * Normalises a time expression to a window of days against the article's date, which may itself be
 * a window: "Monday" is the last Monday on or before the article's date, for each end of its window.
 * Expressions that name no day or period (durations, "recently") give null.
 */
public final class TimeNormalizer {
    private static final Pattern FULL = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");
    private static final Pattern MONTH_DAY = Pattern.compile("^XXXX-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("^XXXX-(\\d{2})$");
    private static final Pattern WEEKDAY = Pattern.compile("^XXXX-WXX-(\\d)");

    /** Days told back from the day of writing, whatever its weekday. */
    private static final Pattern FROM_TODAY = Pattern.compile("(?i)\\b(?:yesterday|today|tonight|overnight|last night|last week|this week)\\b");

    private TimeNormalizer() {}

    /** A weekday told from the day of writing ("on Friday"). */
    public static boolean isWeekday(TimeExpression t) {
        return t.value() != null && WEEKDAY.matcher(t.value()).find();
    }

    /** A day counted back from the day of writing ("yesterday", "overnight", "last week"), whatever that day's weekday. */
    public static boolean countsBackFromWriting(TimeExpression t) {
        return FROM_TODAY.matcher(t.text()).find();
    }

    public static DateWindow normalize(TimeExpression t, DateWindow article) {
        String value = t.value() == null ? "" : t.value();
        String words = t.text().toLowerCase(Locale.ROOT);
        Matcher m;
        if ((m = WEEKDAY.matcher(value)).find()) {
            DayOfWeek day = DayOfWeek.of(Integer.parseInt(m.group(1)));
            return new DateWindow(article.earliest().with(TemporalAdjusters.previousOrSame(day)),
                    article.latest().with(TemporalAdjusters.previousOrSame(day)));
        }
        if ((m = MONTH_DAY.matcher(value)).find()) {
            MonthDay md = MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new DateWindow(lastOnOrBefore(md, article.earliest()), lastOnOrBefore(md, article.latest()));
        }
        if ((m = MONTH.matcher(value)).find()) {
            int month = Integer.parseInt(m.group(1));
            YearMonth from = lastMonthOnOrBefore(month, article.earliest());
            YearMonth to = lastMonthOnOrBefore(month, article.latest());
            return new DateWindow(from.atDay(1), to.atEndOfMonth());
        }
        if ((m = FULL.matcher(value)).find()) {
            int year = Integer.parseInt(m.group(1));
            if (m.group(3) != null) {
                return DateWindow.day(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
            if (m.group(2) != null) {
                YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
                return new DateWindow(ym.atDay(1), ym.atEndOfMonth());
            }
            return new DateWindow(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if (value.startsWith("PRESENT_REF") || words.matches("(today|now|tonight)")) {
            return article;
        }
        if (value.equals("TNI") || words.contains("overnight") || words.contains("last night")) {
            return new DateWindow(article.earliest().minusDays(1), article.latest());
        }
        if (words.contains("yesterday")) {
            return new DateWindow(article.earliest().minusDays(1), article.latest().minusDays(1));
        }
        if (words.contains("last week")) {
            return new DateWindow(article.earliest().minusDays(13), article.latest().minusDays(1));
        }
        if (words.contains("this week")) {
            return new DateWindow(article.earliest().minusDays(6), article.latest());
        }
        if (words.contains("a day earlier") || words.contains("the day before")) {
            return new DateWindow(article.earliest().minusDays(8), article.latest());
        }
        return null;
    }

    private static LocalDate lastOnOrBefore(MonthDay md, LocalDate day) {
        LocalDate candidate = md.atYear(day.getYear());
        return candidate.isAfter(day) ? md.atYear(day.getYear() - 1) : candidate;
    }

    private static YearMonth lastMonthOnOrBefore(int month, LocalDate day) {
        YearMonth candidate = YearMonth.of(day.getYear(), month);
        return candidate.isAfter(YearMonth.from(day)) ? candidate.minusYears(1) : candidate;
    }
}
