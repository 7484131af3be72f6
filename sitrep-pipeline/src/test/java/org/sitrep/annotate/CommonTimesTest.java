package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.model.TimeExpression;

/** The common forms give what SUTime gives, on the sentences they claim; the rest go to SUTime. */
class CommonTimesTest {
    private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();
    private static final LocalDate PUBLISHED = LocalDate.of(2016, 10, 5);

    @Test
    void readsCommonFormsAsSutimeDoes() {
        List<String> sentences = List.of(
                "The rebels have held the district since 2012, the monitor said on Monday.",
                "Fighters crossed the border overnight and reached the city two days ago.",
                "More than five years of war have emptied the town, and the siege began in early September.",
                "Officials said on Tuesday that the talks would resume next month.",
                "The offensive was launched on Sept. 30, 2015, and lasted for weeks.",
                "The militia had previously held the villages, which it lost last year.",
                "Nearly two years after the truce, the general returned early on Friday morning.",
                "Since the early days of the uprising, the port was once a smuggling hub.",
                "The army has shelled the valley over the past few weeks, a 10-year-old boy said.",
                "Aid reached almost quarter of the camps; the plan was later expanded after a five-year-old girl was hurt.",
                "The region's three-and-a-half-year-old blockade was tightened in the past.",
                "On 03 May 2013, a 16-year old was held, and his second trial began in 2014.",
                "At the time, talks had lasted 48 hours; the team won 4-1 in the first season after the war.",
                "Shelling continued through the night; early morning raids followed, and the annual report came on Feb 3.",
                "The current mayor said strikes grew during the year and that clashes erupt every day.",
                "He spoke before the 2020 election about most of 2019; the monitor counted 40 dead per day, and it rained that night.",
                "Right now talks matter more than the past; future talks may follow, and the envoy returns in the coming weeks.",
                "The group held the town for a few years and for so many years, and in May raids came each week.",
                "Fighting stopped over the weekend; it was the third quarterly report, and he finished second.",
                "By the end of 2019, people knew of the July 25 call; in the summer of 2007, leaders led the 1992 protests.",
                "Profit rose in the third quarter, and sales will grow in the first quarter, the firm said.",
                "The company reported a third-quarter loss, and its first-quarter earnings will probably fall.",
                "Sales rose in the quarter, the firm said, and the current month was calm for the group.",
                "The previous day's talks failed, but the envoy returned on the same day, and aid comes the following month.",
                "Over the past 20 years the town grew, and in the first nine months the group held it for the next 12 months.",
                "Sales slowed late last year, the firm will pay early next month, and prices rose late this week.",
                "In the latest quarter sales rose, and the latest year was calm.",
                "The envoy left last Friday, he returns next Monday and talks open this Thursday.",
                "Last Sunday's vote stands, the monitor said.");
        forEachReading(sentences, (text, sentence, published, common, sutime) -> {
            assertTrue(common.unresolved().isEmpty(), text);
            assertEquals(comparable(sutime), comparable(common.times()), text + " / " + published);
        });
    }

    /** Without a tense the year of "the fourth quarter" depends on the article's date: checked through a year. */
    @Test
    void readsQuartersWithoutTenseAsSutimeDoes() {
        List<String> sentences = List.of("Analysts expect results for the fourth quarter.", "Its first quarter sales are up.",
                "The board meets to review the second quarter and its costs.", "Traders watch the third quarter closely.",
                "The firm expects fourth-quarter earnings to improve.");
        for (String text : sentences) {
            CoreMap sentence = ANNOTATOR.sentences(text).get(0);
            for (LocalDate published = LocalDate.of(2015, 1, 4); published.getYear() == 2015; published = published.plusDays(23)) {
                CommonTimes.Reading common = read(sentence, text, published);
                assertTrue(common.unresolved().isEmpty(), text + " / " + published);
                assertEquals(comparable(ANNOTATOR.sutimeTimes(sentence, text, published.toString())), comparable(common.times()),
                        text + " / " + published);
            }
        }
    }

    @Test
    void leavesOtherFormsToSutime() {
        List<String> sentences = List.of(
                "The talks ended at 3 p.m. on the fourth day.",
                "Trading fell sharply in the fiscal third quarter.",
                "The ceasefire held for a year-long period.",
                "Fighting spread to the old quarter of the city.",
                "Aid reached nearly quarter of the camps.",
                "Windows 2000 was installed on the computer.",
                "The men were shot in broad daylight on Monday.",
                "He recalled what he saw the night before.",
                "Shelling went on well into the early morning.",
                "Protests went on for the sixth straight day.",
                "Elections are due in the year 2020.",
                "Posted Sun, 15 Sep 2013.",
                "The strikes hit the town late on Monday and on Tuesday.",
                "Aid will arrive in the near future, once the road opens.");
        for (String text : sentences) {
            CoreMap sentence = ANNOTATOR.sentences(text).get(0);
            assertFalse(read(sentence, text, PUBLISHED).unresolved().isEmpty(), text);
        }
    }

    /** A time word inside a name, or "thus" (a cue only by its "Thu"), is no time, and SUTime need not read it. */
    @Test
    void findsNoTimeInNamesOrThus() {
        for (String text : List.of("The SEC has sued the firm, the SEC said.", "Thus far the aides have not spoken.")) {
            CoreMap sentence = ANNOTATOR.sentences(text).get(0);
            assertTrue(read(sentence, text, PUBLISHED).unresolved().isEmpty(), text);
            assertEquals(List.of(), ANNOTATOR.times(sentence, text, PUBLISHED), text);
            assertEquals(List.of(), ANNOTATOR.sutimeTimes(sentence, text, PUBLISHED.toString()), text);
        }
    }

    /**
     * Where the common forms leave some words to SUTime, the annotator's reading (the forms, and
     * SUTime on the words around the rest) is SUTime's reading of the whole sentence.
     */
    @Test
    void readsWhatTheFormsLeaveAsSutimeDoes() {
        List<String> sentences = List.of(
                "The monitor said on Monday that the strikes, which began at 3 p.m., hit the old quarter of the city.",
                "Since 2012 the group has held the valley, and at the end of the next three-minute stretch the guns fell silent.",
                "Aid convoys that left on Tuesday will, the ministry said in a long statement to reporters, arrive by the end of the year.",
                "Fighting raged late on Monday and on Tuesday, before a truce that held for the sixth straight day in 2016.",
                "On Sept. 30, 2015, the first strikes hit the town, and for the first two quarters of 1990 trade fell.",
                "The talks of last week failed, and at midday on Friday the envoy left; he returns in the near future.",
                "It was the third consecutive month of gains, and the firm said its third-quarter profit will probably fall.",
                "The leaders who led the 1992 protests met during the Moslem holy month of Ramadan, the second half of 2012.",
                "The monitor said the past month was calm, and at 3 p.m. on the fourth day the guns fell silent.",
                "The convoy will leave at 4 in the morning, the envoy said, and the guns fell silent at ten in the evening.");
        forEachReading(sentences, (text, sentence, published, common, sutime) -> {
            assertFalse(common.unresolved().isEmpty(), text);
            assertEquals(comparable(sutime), comparable(ANNOTATOR.times(sentence, text, published)), text + " / " + published);
        });
    }

    /** What a check sees of one sentence: the common forms' reading and SUTime's of the whole sentence. */
    private interface ReadingCheck {
        void check(String text, CoreMap sentence, LocalDate published, CommonTimes.Reading common, List<TimeExpression> sutime);
    }

    /** Runs {@code check} on each sentence, without the article's date and with it. */
    private static void forEachReading(List<String> sentences, ReadingCheck check) {
        for (String text : sentences) {
            for (LocalDate published : new LocalDate[] {null, PUBLISHED}) {
                CoreMap sentence = ANNOTATOR.sentences(text).get(0);
                CommonTimes.Reading common = read(sentence, text, published);
                List<TimeExpression> sutime = ANNOTATOR.sutimeTimes(sentence, text, published == null ? null : published.toString());
                check.check(text, sentence, published, common, sutime);
            }
        }
    }

    /**
     * Span, type and value, where the values of a weekday, a day of a month or a month without a
     * year are compared by what the refiner keeps of them (it anchors them again against the date).
     */
    private static String comparable(List<TimeExpression> times) {
        return times.stream().map(t -> {
            String value = t.value() == null ? "null" : t.value();
            String words = t.text().toLowerCase(Locale.ROOT);
            boolean year = words.matches(".*\\d{4}.*");
            if (value.matches("\\d{4}-\\d\\d-\\d\\d.*") && words.matches(".*(mon|tues|wednes|thurs|fri|satur|sun)day.*") && !year) {
                value = LocalDate.parse(value.substring(0, 10)).getDayOfWeek() + value.substring(10);
            } else if (value.matches("\\d{4}-\\d\\d-\\d\\d") && !year && !words.contains("ago")) {
                value = value.substring(5);
            } else if (value.matches("\\d{4}-\\d\\d") && !year && !words.contains("month")) {
                value = value.substring(5);
            }
            return t.start() + "-" + t.end() + " " + t.text() + " " + t.type() + " " + value;
        }).collect(Collectors.joining("; "));
    }

    /** The common forms' reading of a test sentence, which is the whole text. */
    private static CommonTimes.Reading read(CoreMap sentence, String text, LocalDate published) {
        return CommonTimes.read(sentence.get(CoreAnnotations.TokensAnnotation.class), text, published, TimeCues.spans(text, 0, text.length()));
    }
}
