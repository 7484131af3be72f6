package org.sitrep.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Document;
import org.sitrep.model.LayerKey;
import org.sitrep.model.Layers;
import org.sitrep.model.TimeExpression;
import org.sitrep.pipeline.Stage;

/**
 * Brings the tagger's time expressions to TimeML's conventions: vague adverbs ("recently",
 * "previously", "once") and ages ("a 6-year-old") are not time expressions; a bare weekday in news
 * is the last such day on or before the article's date unless the sentence speaks of the future.
 */
public final class TimexRefiner implements Stage {
    private static final Set<String> NOT_TIMEX = Set.of("recently", "previously", "once", "formerly", "lately", "the", "and", "then");
    private static final Pattern AGE = Pattern.compile("(?i)^\\S+-(year|month|week|day)s?-old$");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)^(on\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|would|next|shall|plans?|scheduled|expected|going to)\\b");

    @Override
    public String name() {
        return "refine-time";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TIMEX, Layers.SENTENCES);
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of(Layers.TIMEX);
    }

    @Override
    public Document apply(Document document) {
        LocalDate dct = document.publishedMetadata();
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : document.layer(Layers.TIMEX)) {
            String words = t.text().strip().toLowerCase(Locale.ROOT);
            if (NOT_TIMEX.contains(words) || AGE.matcher(words).matches()) {
                continue;
            }
            var weekday = WEEKDAY.matcher(words);
            if (dct != null && weekday.matches() && !future(document, t)) {
                DayOfWeek day = DayOfWeek.valueOf(weekday.group(2).toUpperCase(Locale.ROOT));
                LocalDate last = dct.with(TemporalAdjusters.previousOrSame(day));
                out.add(new TimeExpression(t.start(), t.end(), t.text(), t.type(), last.toString()));
                continue;
            }
            out.add(t);
        }
        return document.with(Layers.TIMEX, out);
    }

    private static boolean future(Document document, TimeExpression t) {
        return document.layer(Layers.SENTENCES).stream().filter(s -> s.contains(t))
                .anyMatch(s -> FUTURE.matcher(document.cover(s)).find());
    }
}
