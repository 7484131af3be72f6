package org.sitrep.link;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ArticleDate;
import org.sitrep.model.DateWindow;
import org.sitrep.model.Document;
import org.sitrep.model.Evidence;

/**
 * Narrows the date windows of a story's articles by one another: a story unfolds within weeks,
 * so an article's date lies within {@link StoryBuilder#STORY_GAP_DAYS} days of each story mate's
 * window. Only a mate dated well enough to be an anchor (a window of at most
 * {@link #ANCHOR_DAYS} days) narrows others: two wide windows that merely touch say little.
 * Windows from metadata are left as they are; a mate that would empty a window is ignored.
 */
final class CorpusDater {
    static final int ANCHOR_DAYS = 120;

    List<Document> refine(List<Document> story) {
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
                if (mate == d || mate.published().window().widthDays() > ANCHOR_DAYS) {
                    continue;
                }
                DateWindow near = mate.published().window().widen(StoryBuilder.STORY_GAP_DAYS);
                DateWindow both = window.intersect(near);
                if (both != null && !both.equals(window)) {
                    window = both;
                    narrowed = true;
                    evidence.add(new Evidence(mate.id(), 0, 0, "story mate " + mate.id() + " dated " + mate.published().window()));
                }
            }
            out.add(narrowed ? d.withPublished(new ArticleDate(window, "corpus", evidence)) : d);
        }
        return out;
    }
}
