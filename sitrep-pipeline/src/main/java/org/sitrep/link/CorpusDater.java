package org.sitrep.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.ArticleDate;
import org.sitrep.model.DateWindow;
import org.sitrep.model.Document;
import org.sitrep.model.Evidence;
import org.sitrep.model.LinkProfile;
import org.sitrep.model.TimeExpression;
import org.sitrep.resolve.ArticleDater;

/**
 * Narrows the date windows of a story's articles by one another, where two articles report the
 * same news: their ledes say the same thing (MiniLM cosine at least {@link #SAME_NEWS_LEDE}), so
 * each was published within {@link StoryBuilder#STORY_GAP_DAYS} days of the other's window.
 * Sharing a story is not enough: an episode such as a months-long siege gathers reports weeks
 * apart, and a report dated by a mate from another week would get a window that misses its date.
 * Only a mate dated well enough to be an anchor (a window of at most {@link #ANCHOR_DAYS} days)
 * narrows others: two wide windows that merely touch say little. Windows from metadata are left as
 * they are; a mate that would empty a window is ignored. A day the article prints without its year
 * dates it when it falls once in the narrowed window.
 */
final class CorpusDater {
    static final int ANCHOR_DAYS = 120;
    /**
     * Of the ECB+ document pairs on one topic whose ledes are this close, 87% report the same event
     * and the rest a look-alike (half of all pairs do); 44% of same-event pairs are this close. At
     * 0.70: 82% and 58%; at 0.80: 92% and 28%. A look-alike from another year empties the window
     * and is ignored, so recall is worth more here than the last points of precision.
     */
    static final double SAME_NEWS_LEDE = 0.75;

    /** @param profiles each article's link profile, by article id */
    List<Document> refine(List<Document> story, Map<String, LinkProfile> profiles) {
        if (story.size() < 2) {
            return story;
        }
        List<Document> out = new ArrayList<>();
        for (Document d : story) {
            ArticleDate date = d.published();
            if (date.basis().equals("metadata")) {
                out.add(d);
                continue;
            }
            DateWindow window = date.window();
            List<Evidence> evidence = new ArrayList<>(date.evidence());
            boolean narrowed = false;
            for (Document mate : story) {
                if (mate == d || mate.published().window().widthDays() > ANCHOR_DAYS || !sameNews(profiles.get(d.id()), profiles.get(mate.id()))) {
                    continue;
                }
                DateWindow near = mate.published().window().widen(StoryBuilder.STORY_GAP_DAYS);
                DateWindow both = window.intersect(near);
                if (both != null && !both.equals(window)) {
                    window = both;
                    narrowed = true;
                    evidence.add(new Evidence(mate.id(), 0, 0, "reports the same news as " + mate.id() + ", dated " + mate.published().window()));
                }
            }
            if (narrowed) {
                // A day printed without its year ("Jan. 24 (Reuters)") that falls once in the narrowed window is the day.
                for (TimeExpression printed : ArticleDater.printedDates(d)) {
                    Optional<LocalDate> day = ArticleDater.onlyDay(window, printed);
                    if (day.isPresent()) {
                        evidence.add(new Evidence(printed.text(), printed.start(), printed.end(), "published on " + day.get() + ", the one such day in " + window));
                        window = DateWindow.day(day.get());
                        break;
                    }
                }
            }
            out.add(narrowed ? d.withPublished(new ArticleDate(window, "corpus", evidence)) : d);
        }
        return out;
    }

    private static boolean sameNews(LinkProfile a, LinkProfile b) {
        return Embeddings.cosine(a.lede(), b.lede()) >= SAME_NEWS_LEDE;
    }
}
