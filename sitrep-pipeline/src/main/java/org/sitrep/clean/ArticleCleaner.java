package org.sitrep.clean;

import org.sitrep.ingest.RawArticle;
import org.sitrep.model.Document;

/** Sends each article to the cleaner for its format. */
public final class ArticleCleaner implements Cleaner {
    private final Cleaner text = new LineCleaner();
    private final Cleaner html = new HtmlMainText();

    @Override
    public Document clean(RawArticle article) {
        return (article.format() == RawArticle.Format.HTML ? html : text).clean(article);
    }
}
