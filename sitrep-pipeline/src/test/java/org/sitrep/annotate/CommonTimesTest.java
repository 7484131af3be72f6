package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

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
                "The current mayor said strikes grew during the year and that clashes erupt every day.");
        for (String text : sentences) {
            for (LocalDate published : new LocalDate[] {null, PUBLISHED}) {
                CoreMap sentence = ANNOTATOR.sentences(text).get(0);
                List<TimeExpression> common = CommonTimes.read(sentence.get(CoreAnnotations.TokensAnnotation.class), text, published);
                assertNotNull(common, text);
                List<TimeExpression> sutime = ANNOTATOR.times(sentence, text, published == null ? null : published.toString());
                assertEquals(comparable(sutime), comparable(common), text + " / " + published);
            }
        }
    }

    @Test
    void leavesOtherFormsToSutime() {
        List<String> sentences = List.of(
                "The talks ended at 3 p.m. on the fourth day.",
                "Trading fell sharply in the third quarter.",
                "The ceasefire held for a year-long period.",
                "Fighting spread to the old quarter of the city.",
                "Aid reached nearly quarter of the camps.",
                "Windows 2000 users were told to update the software.",
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
            assertNull(CommonTimes.read(sentence.get(CoreAnnotations.TokensAnnotation.class), text, PUBLISHED), text);
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
}
