package org.sitrep.resolve;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

/** Month and weekday names as news writes them ("Sept.", "January", "Tuesday"), written once for the time stages. */
final class CalendarWords {
    /** A month's name or abbreviation, in group 1; not the start of another word ("market", "mayor"). */
    static final String MONTH = "\\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
            + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?";
    /** A weekday's name, its stem in group 1. */
    static final String WEEKDAY = "\\b(mon|tues|wednes|thurs|fri|satur|sun)day";

    private CalendarWords() {}

    /** 1 for "Jan." or "January", … 12 for "Dec.". */
    static int monthNumber(String name) {
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
    }

    /** The day a {@link #WEEKDAY} stem names: "tues" is Tuesday. */
    static DayOfWeek weekday(String stem) {
        return DayOfWeek.of(List.of("mon", "tues", "wednes", "thurs", "fri", "satur", "sun").indexOf(stem.toLowerCase(Locale.ROOT)) + 1);
    }
}
