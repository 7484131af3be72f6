package org.sitrep.store;

import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.LinkedEvent;
import org.sitrep.model.Story;

/** Analysed articles, and the events and stories linked from them. */
public interface Store extends AutoCloseable {
    /** True when an article with this content is stored already: re-ingest is idempotent. */
    boolean hasContent(String contentHash);

    /**
     * Stores an analysed article in its own transaction and returns the id it is stored under:
     * its own, or, when another article holds that id, the id with a content-hash suffix.
     */
    String put(Document document);

    List<Document> documents();

    /** Replaces the linked events and stories in one transaction. */
    void replaceLinks(List<LinkedEvent> events, List<Story> stories);

    List<LinkedEvent> events();

    List<Story> stories();

    @Override
    void close();
}
