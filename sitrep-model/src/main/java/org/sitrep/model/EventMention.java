package org.sitrep.model;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An event as one article reports it: a PLOVER type and mode, the trigger, and the actor,
 * recipient, place and time found in the same sentence. {@code status} keeps negated, future and
 * hypothetical mentions apart from what happened. A {@code toll} is a running total over a period
 * ("four years of fighting have left 250,000 dead"), reported as it stands on the article's date,
 * not one event. The span is the supporting sentence.
 */
public record EventMention(int start, int end, String type, String mode, Status status, boolean toll, String trigger,
                           int triggerStart, int triggerEnd, List<ActorMention> actors,
                           List<ActorMention> recipients, PlaceMention place, TimeExpression time,
                           DateWindow date, List<Claim> claims, List<Evidence> mentions) implements Span {
    public enum Status {
        ASSERTED, NEGATED, FUTURE, HYPOTHETICAL;

        public String label() {
            return name().toLowerCase();
        }
    }

    public EventMention {
        Span.check(start, end);
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
        claims = List.copyOf(claims);
        mentions = List.copyOf(mentions);
    }

    /** Whether the other mention may report the same event: the same type and status, and both tolls or neither. */
    public boolean sameKind(EventMention other) {
        return type.equals(other.type) && status == other.status && toll == other.toll;
    }

    /** Whether two mentions are placed in towns too far apart to be one event ({@link Place#apartFrom}). */
    public static boolean placedApart(EventMention a, EventMention b) {
        return a.place != null && b.place != null && a.place.place().apartFrom(b.place.place());
    }

    /**
     * Whether one mention's target acts in the other and no actor is shared: two acts, not one
     * ("the army struck RSF positions"; "RSF fighters stormed a town"), even by sides of one country.
     */
    public static boolean opposed(EventMention a, EventMention b) {
        Set<String> actorsA = names(a.actors);
        Set<String> actorsB = names(b.actors);
        if (actorsA.stream().anyMatch(actorsB::contains)) {
            return false;
        }
        return names(a.recipients).stream().anyMatch(actorsB::contains) || names(b.recipients).stream().anyMatch(actorsA::contains);
    }

    private static Set<String> names(List<ActorMention> mentions) {
        return mentions.stream().filter(m -> m.actor() != null).map(m -> m.actor().name()).collect(Collectors.toSet());
    }

    public EventMention withClaims(List<Claim> newClaims) {
        return new EventMention(start, end, type, mode, status, toll, trigger, triggerStart, triggerEnd, actors,
                recipients, place, time, date, newClaims, mentions);
    }

    public EventMention withSides(List<ActorMention> newActors, List<ActorMention> newRecipients) {
        return new EventMention(start, end, type, mode, status, toll, trigger, triggerStart, triggerEnd, newActors,
                newRecipients, place, time, date, claims, mentions);
    }

    public EventMention withType(String newType, String newMode) {
        return new EventMention(start, end, newType, newMode, status, toll, trigger, triggerStart, triggerEnd, actors,
                recipients, place, time, date, claims, mentions);
    }

    public EventMention withTime(TimeExpression newTime) {
        return new EventMention(start, end, type, mode, status, toll, trigger, triggerStart, triggerEnd, actors,
                recipients, place, newTime, date, claims, mentions);
    }
}
