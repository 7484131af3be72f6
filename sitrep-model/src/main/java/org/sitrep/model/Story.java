package org.sitrep.model;

import java.util.List;

/** Articles and events that follow one episode, with its time span and the earlier stories it follows on from. */
public record Story(String id, String title, List<String> articles, List<String> events, DateWindow span, List<String> follows) {
    public Story {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
        follows = follows == null ? List.of() : List.copyOf(follows);
    }
}
