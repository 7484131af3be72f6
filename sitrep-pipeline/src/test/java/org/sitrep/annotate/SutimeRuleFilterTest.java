package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** SUTime with the rules that cannot match skipped reads exactly what SUTime reads with them all. */
class SutimeRuleFilterTest {
    private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();

    @Test
    void skippingRulesThatCannotMatchChangesNothing() {
        TimeExpressionExtractor plain = CoreNlpAnnotator.plainSutime();
        TimeExpressionExtractor filtered = CoreNlpAnnotator.plainSutime();
        // SUTime has about 240 rules; all but a few dozen need some word, tag or number
        assertTrue(SutimeRuleFilter.install(filtered) > 150, "the rules were not wrapped: has CoreNLP changed its extractor?");
        List<String> texts = List.of(
                "In the first nine months of 1997, profit rose 12% from the year-earlier period.",
                "The group said on Friday that it had held the town since early 2012, two weeks ago and last night.",
                "Talks ran from Monday to Wednesday, and the envoy returns the week of March 6 at 3 p.m. Eastern time.",
                "Every other Tuesday in the summer of 2007 the market opened at 9:30 in the morning.",
                "Between 1990 and 1995, and again in the mid-1990s, the firm's fiscal 1989 results were restated.",
                "Thanksgiving Day fell on Nov. 24, 2016; the day before yesterday was quiet, and so was last Friday night.",
                "Over the past 20 years, a four-and-a-half-year-old conflict and a quarter-century of rule left the town poor.",
                "The year-ago quarter ended Sept. 30; the next 12 to 18 months will be hard, and by year end little will change.",
                "He was born in nineteen ninety-six and is 24 years old; the strike lasted 48 hours, from 2015-09-30 to Oct. 2.",
                "Shelling continued overnight and into the early hours of Sunday, a week after the truce of mid-November.",
                "The 1990s and the decade before were calm; now, this morning and tonight are not, nor are the coming weeks.",
                "The quarterly report, due in the fourth quarter of next year, will cover each month and every day since Ramadan.");
        for (String text : texts) {
            for (String published : new String[] {null, "2016-10-05"}) {
                CoreMap first = ANNOTATOR.sentences(text).get(0);
                CoreMap second = ANNOTATOR.sentences(text).get(0);
                assertEquals(read(plain, first, published), read(filtered, second, published), text + " / " + published);
            }
        }
    }

    private static String read(TimeExpressionExtractor sutime, CoreMap sentence, String published) {
        return sutime.extractTimeExpressionCoreMaps(sentence, published).stream()
                .map(m -> m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + "-" + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)
                        + " " + m.get(TimeAnnotations.TimexAnnotation.class))
                .collect(Collectors.joining("; "));
    }
}
