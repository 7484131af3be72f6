package org.sitrep.model;

import java.util.List;
import java.util.Map;

/**
 * What linking a set of articles gives: the articles (with corpus-refined dates), events, stories,
 * and for each article that is a near-copy of another, the original's id.
 */
public record Corpus(List<Document> documents, List<LinkedEvent> events, List<Story> stories, Map<String, String> originalOf) {
    public Corpus {
        documents = List.copyOf(documents);
        events = List.copyOf(events);
        stories = List.copyOf(stories);
        originalOf = Map.copyOf(originalOf);
    }

    public Story storyOf(String articleId) {
        return stories.stream().filter(s -> s.articles().contains(articleId)).findFirst().orElse(null);
    }
}
