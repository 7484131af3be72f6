package org.sitrep.model;

import java.util.List;

/** What linking a set of articles gives: the articles (with corpus-refined dates), events and stories. */
public record Corpus(List<Document> documents, List<LinkedEvent> events, List<Story> stories) {
    public Corpus {
        documents = List.copyOf(documents);
        events = List.copyOf(events);
        stories = List.copyOf(stories);
    }

    public Story storyOf(String articleId) {
        return stories.stream().filter(s -> s.articles().contains(articleId)).findFirst().orElse(null);
    }
}
