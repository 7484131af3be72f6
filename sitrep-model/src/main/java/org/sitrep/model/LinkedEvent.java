package org.sitrep.model;

import java.util.List;

/**
 * One real-world event across the corpus: the merged mentions of it in every article, each kept
 * with its article, and every claim any article makes about it.
 */
public record LinkedEvent(String id, String type, String mode, String status, boolean toll, List<ActorMention> actors,
                          List<ActorMention> recipients, Place place, String placeText, DateWindow date,
                          List<Sourced<Claim>> claims, List<Sourced<Evidence>> mentions, String story) {
    /** A value with the article it comes from. */
    public record Sourced<T>(String article, T value) {}

    public LinkedEvent {
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
        claims = List.copyOf(claims);
        mentions = List.copyOf(mentions);
    }
}
