package org.sitrep.model;

import java.util.List;

/**
 * When an article was published: exact when metadata says so, otherwise a window estimated from
 * the text (basis "text") or narrowed by other articles of the corpus (basis "corpus").
 */
public record ArticleDate(DateWindow window, String basis, List<Evidence> evidence) {
    public ArticleDate {
        evidence = List.copyOf(evidence);
    }
}
