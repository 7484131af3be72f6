package org.sitrep.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;
import org.sitrep.model.Tokens;

/**
 * Which of the tagger's time expressions are time expressions in TimeML's sense: not vague adverbs
 * ("previously", "once"), ages ("52 years old"), shares ("three-quarters of"), ordinals ("a second
 * group"), frequency adjectives before a noun ("annual meeting"), a verb ("might present"), a
 * procession ("the march"), a comparison ("quarter-to-quarter") or a title ("This Week", "60 Minutes").
 */
final class TimexFilter {
    private static final Set<String> NOT_TIMEX = Set.of("previously", "once", "formerly", "lately", "the", "and", "then", "time", "to");
    /** Words that are time expressions only as nouns: not "might present evidence", "continue past the deadline". */
    private static final Set<String> ONLY_AS_NOUNS = Set.of("present", "past");
    /** Shares and ordinals, not periods: "about three-quarters of its food", "a quarter of the market", "a second group". */
    private static final Pattern SHARE = Pattern.compile("\\b(one|two|three)-quarters\\b");
    private static final Pattern ORDINAL_SECOND = Pattern.compile("^(a )?second$");
    /** The month is written with a capital: "the march", "this march" is a procession; "the March for Life" its name. */
    private static final Pattern LOWER_CASE_MARCH = Pattern.compile("(?<![A-Za-z])march\\b");
    private static final Set<String> BEFORE_A_MONTH = Set.of("in", "since", "by", "until", "till", "before", "after", "from", "during",
            "through", "early", "late", "mid", "last", "next", "of");
    private static final Pattern TITLE_WORD = Pattern.compile(
            "\\b(Weeks?|Minutes?|Hours?|Noon|Years?|Months?|Spring|Summer|Autumn|Winter|Centennial)\\b");
    private static final Set<String> FREQUENCY_ADJECTIVES = Set.of("annual", "quarterly", "future", "present");
    /** A unit named without a count is no duration: "a flat year", "his day in court", "all week", "International Women's Day". */
    private static final Pattern BARE_UNIT = Pattern.compile("(?i)^(year|day|week|month|hour|minute)$");
    private static final Pattern ONE_UNIT = Pattern.compile("^PT?1[A-Z]$");
    /** Words before a bare unit that make it one period: "that day", "the same year", "fiscal year", "an additional year". */
    private static final Set<String> COUNTED_BEFORE = Set.of("that", "same", "this", "fiscal", "additional", "another", "extra");
    private static final Pattern AGE = Pattern.compile("(?i)^((this|the|a|an) )?\\S+[- ](year|month|week|day)s?[- ]old$");

    private TimexFilter() {}

    static boolean isTimex(TimeExpression t, List<Token> tokens) {
        String words = t.text().strip().toLowerCase(Locale.ROOT);
        if (NOT_TIMEX.contains(words) || AGE.matcher(words).matches() || SHARE.matcher(words).find()
                || LOWER_CASE_MARCH.matcher(t.text()).find() || isTitle(t, tokens)) {
            return false;
        }
        int i = Tokens.firstEndingAfter(t.start(), tokens);
        String pos = i < tokens.size() && tokens.get(i).pos() != null ? tokens.get(i).pos() : "";
        int after = Tokens.firstEndingAfter(t.end(), tokens);
        String next = after < tokens.size() ? tokens.get(after).word().toLowerCase(Locale.ROOT) : "";
        String beforeLast = after > 1 ? tokens.get(after - 2).word().toLowerCase(Locale.ROOT) : "";
        boolean beforeNoun = after < tokens.size() && tokens.get(after).pos() != null && tokens.get(after).pos().startsWith("NN");
        String previous = i > 0 ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
        if (BARE_UNIT.matcher(words).matches() && t.value() != null && ONE_UNIT.matcher(t.value()).matches()
                && !COUNTED_BEFORE.contains(previous) && !next.equals("end") && !next.equals("'s")) {
            return false;
        }
        if (next.equals("-to-") || after + 1 < tokens.size() && next.equals("-") && tokens.get(after + 1).word().equalsIgnoreCase("to")
                || ONLY_AS_NOUNS.contains(words) && !pos.startsWith("NN")
                || ORDINAL_SECOND.matcher(words).matches() && beforeNoun
                || words.endsWith("a quarter") && next.equals("of")
                || words.endsWith("march") && (next.equals("for") || next.equals("of")) && !BEFORE_A_MONTH.contains(beforeLast)) {
            return false;
        }
        return !(FREQUENCY_ADJECTIVES.contains(words) && "JJ".equals(pos) && beforeNoun);
    }

    /** A unit or season capitalised inside a sentence names a programme or a title: "This Week", "60 Minutes", "High Noon". */
    private static boolean isTitle(TimeExpression t, List<Token> tokens) {
        Matcher m = TITLE_WORD.matcher(t.text());
        while (m.find()) {
            int k = Tokens.firstEndingAfter(t.start() + m.start(), tokens);
            if (k > 0 && k < tokens.size() && tokens.get(k - 1).sentence() == tokens.get(k).sentence()) {
                return true;
            }
        }
        return false;
    }
}
