package org.sitrep.clean;

import org.sitrep.ingest.RawArticle;
import org.sitrep.model.Document;

/** Turns a raw article into a document whose text is the article body alone. */
public interface Cleaner {
    /** @throws NoBodyException when nothing of the input is article text */
    Document clean(RawArticle article);

    /** Raised for input with no article body; the caller reports it as a diagnostic. */
    final class NoBodyException extends RuntimeException {
        public NoBodyException(String message) {
            super(message);
        }
    }
}
