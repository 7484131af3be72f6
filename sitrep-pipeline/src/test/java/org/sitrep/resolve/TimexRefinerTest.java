package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Layers;
import org.sitrep.model.TimeExpression;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StandardPipeline;

/** The refiner's conventions on short texts of our own, tagged by CoreNLP with a known article date. */
class TimexRefinerTest {
    private static final Pipeline TAGGER = StandardPipeline.timeTagger();

    /** Text of each time expression found, to its value. */
    private static Map<String, String> values(String text, String articleDate) {
        Document d = TAGGER.apply(Document.builder("t", text, text).publishedMetadata(LocalDate.parse(articleDate)).build());
        List<TimeExpression> found = d.layer(Layers.TIMEX);
        return found.stream().collect(Collectors.toMap(TimeExpression::text, t -> String.valueOf(t.value()), (a, b) -> a));
    }

    @Test
    void aBareWeekdayFollowsTheTenseOfItsClause() {
        // 1998-03-11 is a Wednesday.
        Map<String, String> v = values("The mayor said Friday that the bridge would reopen. "
                + "The council will meet on Monday to vote.", "1998-03-11");
        assertEquals("1998-03-06", v.get("Friday"));
        assertEquals("1998-03-16", v.get("Monday"));
    }

    @Test
    void aWeekdayWithNoTenseIsInThePastWeekUnlessItIsTomorrow() {
        // 1998-03-11 is a Wednesday: Thursday is tomorrow's weekday, Monday was two days ago.
        assertEquals("1998-03-12", values("Talks in Geneva on Thursday.", "1998-03-11").get("Thursday"));
        assertEquals("1998-03-09", values("Talks in Geneva on Monday.", "1998-03-11").get("Monday"));
    }

    @Test
    void aMonthWithoutAYearIsTheOneTheClausePointsAt() {
        Map<String, String> v = values("In January, the company hired a new chief executive. "
                + "The plant closed last June. The dividend is payable Dec. 7 to holders of record.", "1989-10-27");
        assertEquals("1989-01", v.get("January"));
        assertEquals("1989-06", v.get("last June"));
        assertEquals("1989-12-07", v.get("Dec. 7"));
    }

    @Test
    void aWeekdayWithADateFixesTheYear() {
        assertEquals("1998-10-26", values("The paper said in an editorial on Monday, Oct. 26, that the law was wrong.", "1998-10-25")
                .get("Monday, Oct. 26"));
    }

    @Test
    void aYearEarlierIsTheLastNamedPeriodOneYearBack() {
        Map<String, String> v = values("The mill earned $4 million in the third quarter, up from $3 million a year earlier. "
                + "In the year-ago quarter, sales were flat.", "1989-10-26");
        assertEquals("1989-Q3", v.get("the third quarter"));
        assertEquals("1988-Q3", v.get("a year earlier"));
        assertEquals("1988-Q3", v.get("the year-ago quarter"));
    }

    @Test
    void timeMlConventions() {
        Map<String, String> v = values("The ferry sank five years ago. Three days later the divers gave up. "
                + "The town grew in the 1990s. Shareholders attend the annual meeting. "
                + "Profit should recover later this year.", "2004-05-10");
        assertEquals("1999", v.get("five years ago"));
        assertEquals("P3D", v.get("Three days"), "the amount is the time expression, \"later\" its signal");
        assertEquals("199", v.get("the 1990s"));
        assertFalse(v.containsKey("annual"), "an adjective before a noun is not a time expression");
        assertEquals("2004", v.get("later this year"));
    }

    @Test
    void deadlinesAndReportedPlansTakeTheNearestDate() {
        // 1989-10-30 is a Monday.
        Map<String, String> v = values("The bank extended to Nov. 16 its offer for the brewer. The offer had been due to expire Friday. "
                + "The board will redeem its outstanding preferred shares on Oct. 31.", "1989-10-30");
        assertEquals("1989-11-16", v.get("Nov. 16"), "extended to a date: the nearest, not the past one the verb suggests");
        assertEquals("1989-10-27", v.get("Friday"), "a plan overtaken: the tense is open");
        assertEquals("1989-10-31", v.get("Oct. 31"), "'preferred' is an adjective, not the clause's verb");
        assertEquals("1990-01-14", values("Nobody explained the Jan. 14 deadline.", "1990-01-05").get("Jan. 14"));
    }

    @Test
    void aHolidayIsInTheYearItsClausePointsAt() {
        Map<String, String> v = values("The boat was found on Thanksgiving Day off the coast. Markets close for Christmas.", "2000-01-07");
        assertEquals("1999-11-25", v.get("Thanksgiving"), "the fourth Thursday of November in the year before: " + v);
        assertEquals(LocalDate.of(1999, 4, 4), TimexRefiner.easter(1999));
        assertEquals(LocalDate.of(2024, 3, 31), TimexRefiner.easter(2024));
    }

    @Test
    void periodsOfAnEarningsReport() {
        Map<String, String> v = values("The mill expects to report a charge for the third quarter. "
                + "In the year-ago third quarter it earned $2 million. Sales fell in the 1988 quarter. "
                + "It also booked a gain in the fiscal-first quarter.", "1989-10-30");
        assertEquals("1988-Q3", v.get("the year-ago third quarter"));
        assertEquals("1988-Q3", v.get("the 1988 quarter"));
        assertEquals("1989-Q1", v.get("first quarter"), "the fiscal first quarter");
    }

    @Test
    void thatYearAndTheOrdinalDayOfAnEvent() {
        Map<String, String> v = values("He fled to Florida in June 1998 and returned later that year. "
                + "Today is the eighth day of the blockade.", "2000-01-28");
        assertEquals("1998", v.get("year"));
        assertEquals("2000-01-28", v.get("the eighth day"));
    }

    @Test
    void wordsThatOnlyLookLikeTimes() {
        Map<String, String> v = values("The envoy, 52 years old, will present the plan. A second convoy carried about three-quarters "
                + "of the grain. Thousands joined the march through the city before the annual March for Peace. "
                + "The minister spoke on the programme \"This Week\" and the convoy moved on past the checkpoint. "
                + "The talks resumed in March.", "2016-06-01");
        assertEquals(Map.of("March", "2016-03"), v);
    }

    @Test
    void stepsFromTheNamedPeriodAndHalves() {
        // 1989-10-30 is a Monday.
        Map<String, String> v = values("He was promoted on May 22, 1985, and the following year he left. "
                + "Shares closed Friday 4.5% down from the previous Friday. Traders squared positions ahead of the weekend. "
                + "The siege lasted 2 1/2 years and the speech a minute and a half. Profit will be lower for the last half of 1989. "
                + "Aid will arrive over the next several days, by year end, and at 5 p.m. EST Nov. 6.", "1989-10-30");
        assertEquals("1986", v.get("the following year"));
        assertEquals("1989-10-20", v.get("the previous Friday"));
        assertEquals("1989-W44-WE", v.get("the weekend"));
        assertEquals("P2Y6M", v.get("years"));
        assertEquals("PT1M30S", v.get("a minute"));
        assertEquals("1989-H2", v.get("the last half of 1989"));
        assertEquals("PXD", v.get("the next several days"));
        assertEquals("1989", v.get("year"));
        assertEquals("1989-11-06T17:00", v.get("5 p.m. EST Nov. 6"), "TimeML values carry no zone offset");
    }

    @Test
    void expressionsTheTaggerMissesOrJoins() {
        Map<String, String> v = values("The ceasefire began to fray in mid-1996, and the envoy returns in mid-November. "
                + "Output rose 4% for the first nine months of 1997. The mill earned $2 million in the third quarter; "
                + "sales in the latest period were $9 million. Fiscal 1989 sales fell. Hiring slowed through the nineties. "
                + "Delegates ended a day-long meeting. A decades-long feud ended. The vote is set for the week of March 6.",
                "1989-10-26");
        assertEquals("1996", v.get("mid-1996"));
        assertEquals("1989-11", v.get("mid-November"), "a future verb points ahead");
        assertEquals("P9M", v.get("the first nine months"));
        assertEquals("1997", v.get("1997"));
        assertEquals("1989-Q3", v.get("the latest period"), "the quarter last named");
        assertEquals("1989", v.get("Fiscal 1989"));
        assertEquals("199", v.get("the nineties"), "the decade of that name nearest the article's date");
        assertEquals("P1D", v.get("day-long"));
        assertEquals("PXY", v.get("decades-long"));
        assertEquals("1990-W10", v.get("the week of March 6"), "one expression, the week that holds the day");
    }

    @Test
    void vagueAmountsAndBareUnits() {
        Map<String, String> v = values("Several years ago the dam burst. Just over an hour later, rescuers arrived. "
                + "It has been a flat year for the port. Investigators have searched since shortly after the Oct. 23 raid. "
                + "Talks ended Oct. 12, the day before the vote.", "1999-05-06");
        assertEquals("PAST_REF", v.get("Several years ago"), "no count, so no calendar year");
        assertEquals("PT1H", v.get("an hour"), "the amount is the time expression, \"later\" its signal");
        assertFalse(v.containsKey("year"), "a unit without a count is no duration");
        assertEquals("1998-10-23", v.get("Oct. 23"), "\"since\" a few words back points to the past");
        assertEquals("1998-10-12", v.get("the day before"), "beside a date, the same day");
        assertEquals("1989-11-10", values("The firm has set Nov. 10 as the deadline.", "1989-11-02").get("Nov. 10"),
                "a deadline takes the nearest date, whatever the verb");
    }
}
