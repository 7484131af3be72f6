package org.sitrep.model;

import java.util.List;

/** Articles and events that follow one episode, with its time span. */
public record Story(String id, String title, List<String> articles, List<String> events, DateWindow span) {
    public Story {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
    }
}
