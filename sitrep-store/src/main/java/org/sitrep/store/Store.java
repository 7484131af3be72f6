package org.sitrep.store;

import java.util.List;
import java.util.Map;
import org.sitrep.model.Document;
import org.sitrep.model.LinkProfile;
import org.sitrep.model.LinkedEvent;
import org.sitrep.model.Story;

/** Analysed articles, and the events and stories linked from them. */
public interface Store extends AutoCloseable {
    /** True when an article with this content is stored already: re-ingest is idempotent. */
    boolean hasContent(String contentHash);

    /**
     * Stores an analysed article and its link profile in its own transaction and returns the id it
     * is stored under: its own, or, when another article holds that id, the id with a content-hash
     * suffix (the profile is stored under the same id).
     */
    String put(Document document, LinkProfile profile);

    List<Document> documents();

    /** The link profiles of the stored articles, by article id; articles stored before profiles existed have none. */
    Map<String, LinkProfile> profiles();

    /** Stores the profile of an article already stored (one stored before profiles existed). */
    void putProfile(LinkProfile profile);

    /** Replaces the linked events and stories in one transaction. */
    void replaceLinks(List<LinkedEvent> events, List<Story> stories);

    List<LinkedEvent> events();

    List<Story> stories();

    @Override
    void close();
}
