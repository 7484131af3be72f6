package org.sitrep.model;

import java.util.List;

/**
 * When an article was published: exact when metadata says so (basis "metadata") or the text prints
 * the day at its head (basis "dateline"), otherwise a window estimated from the text (basis "text")
 * or narrowed by other articles of the corpus (basis "corpus").
 */
public record ArticleDate(DateWindow window, String basis, List<Evidence> evidence) {
    public ArticleDate {
        evidence = List.copyOf(evidence);
    }
}
