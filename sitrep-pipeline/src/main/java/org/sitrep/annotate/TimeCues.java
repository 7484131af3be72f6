package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence may hold a time expression: a calendar word, a unit of time, a relative or
 * frequency word, a part of the day, a season or holiday, a year, a decade or a clock or calendar
 * date in digits. SUTime costs about four fifths of the annotation time, at a cost that grows with
 * every sentence it reads; most news sentences hold none of these words, and SUTime finds nothing
 * in them. Generous on purpose: a sentence passed needlessly costs time, one missed costs a date.
 */
final class TimeCues {
    private static final Pattern CUE = Pattern.compile("(?i)\\b("
            + "jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|(?-i:May)|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?"
            + "|(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?s?"
            + "|(secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|fortnights?|months?|quarters?|years?|yrs?|decades?"
            + "|century|centuries|millenni(um|a)|seasons?)(-long|-old)?"
            + "|spring|summer|autumn|fall|winter|weekends?|today|tomorrow|yesterday|tonight|now|nowadays|current(ly)?|recent(ly)?"
            + "|ago|past|present|future|later|earlier|soon|previous(ly)?|former(ly)?|lately|mornings?|afternoons?"
            + "|evenings?|nights?|noon|midnight|dawn|dusk|sunrise|sunset|overnight|daily|weekly|monthly|annual(ly)?|yearly|hourly"
            + "|nightly|quarterly|biweekly|eve|christmas|easter|ramadan|eid"
            + "|thanksgiving|hanukkah|passover|halloween|valentine's|new year's|fiscal|fy|o'clock|teens|twenties|thirties|forties"
            + "|fifties|sixties|seventies|eighties|nineties|nineteen|q[1-4])\\b"
            + "|\\d{4}|['’]\\s?\\d\\d\\b|\\d0s\\b|\\d\\s*(am|pm|a\\.m|p\\.m)\\b|\\d[:/.-]\\d|\\d(st|nd|rd|th)\\b|\\b(mid|late|early)-");

    private TimeCues() {}

    static boolean mayHold(String text) {
        return CUE.matcher(text).find();
    }

    /**
     * The start and end of each time word between {@code from} and {@code to} in the text, read as if
     * that stretch were all there is (word boundaries do not look beyond it).
     */
    static List<int[]> spans(String text, int from, int to) {
        List<int[]> spans = new ArrayList<>();
        Matcher cue = CUE.matcher(text).region(from, to);
        while (cue.find()) {
            spans.add(new int[] {cue.start(), cue.end()});
        }
        return spans;
    }
}
