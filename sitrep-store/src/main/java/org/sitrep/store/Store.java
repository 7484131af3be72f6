package org.sitrep.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.AnalysisRecipe;
import org.sitrep.model.Document;
import org.sitrep.model.LinkProfile;
import org.sitrep.model.LinkedEvent;
import org.sitrep.model.Story;

/** Analysed articles, and the events and stories linked from them. */
public interface Store extends AutoCloseable {
    /**
     * How the analysis stored for this content was made (recipe 0 and no actor tables for one stored
     * before they were recorded), or empty when no article with this content is stored: re-ingest is
     * idempotent.
     */
    Optional<AnalysisRecipe> analysisRecipe(String contentHash);

    default boolean hasContent(String contentHash) {
        return analysisRecipe(contentHash).isPresent();
    }

    /** How many stored articles were analysed by an older recipe or with other actor tables than {@code current}. */
    int outdatedBy(AnalysisRecipe current);

    /**
     * Stores an analysed article, how it was analysed, and its link profile in its own
     * transaction, and returns the id it is stored under. An article with the same content already
     * stored is replaced under its id (a newer analysis of it); otherwise the article's own id, or,
     * when another article holds that id, the id with a content-hash suffix.
     */
    String put(Document document, LinkProfile profile, AnalysisRecipe recipe);

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
