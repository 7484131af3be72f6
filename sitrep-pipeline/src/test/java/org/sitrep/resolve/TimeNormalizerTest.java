package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateWindow;
import org.sitrep.model.TimeExpression;

class TimeNormalizerTest {
    private static final DateWindow WEDNESDAY = DateWindow.day(LocalDate.of(2024, 12, 4));

    private static DateWindow normalize(String text, String value, DateWindow article) {
        return TimeNormalizer.normalize(new TimeExpression(0, text.length(), text, "DATE", value), article);
    }

    @Test
    void resolvesRelativeExpressionsAgainstTheArticleDate() {
        assertEquals(DateWindow.day(LocalDate.of(2024, 12, 2)), normalize("Monday", "XXXX-WXX-1", WEDNESDAY));
        assertEquals(DateWindow.day(LocalDate.of(2024, 9, 30)), normalize("Sept. 30", "XXXX-09-30", WEDNESDAY));
        assertEquals(DateWindow.day(LocalDate.of(2023, 12, 30)), normalize("Dec. 30", "XXXX-12-30", WEDNESDAY),
                "a date later in the year than the article is last year's");
        assertEquals(new DateWindow(LocalDate.of(2024, 11, 21), LocalDate.of(2024, 12, 3)), normalize("last week", null, WEDNESDAY));
        assertEquals(new DateWindow(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31)), normalize("2012", "2012", WEDNESDAY));
        assertNull(normalize("recently", "PAST_REF", WEDNESDAY));
    }

    @Test
    void anUncertainArticleDateGivesAnUncertainEventDate() {
        DateWindow week = new DateWindow(LocalDate.of(2024, 12, 2), LocalDate.of(2024, 12, 10));
        assertEquals(new DateWindow(LocalDate.of(2024, 12, 2), LocalDate.of(2024, 12, 9)), normalize("Monday", "XXXX-WXX-1", week));
    }
}
