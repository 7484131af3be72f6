package org.sitrep.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Claim;
import org.sitrep.model.Evidence;
import org.sitrep.model.EventMention;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.TimeExpression;

/** Combining the mentions of one event within an article. */
final class ArticleEvents {
    private ArticleEvents() {}

    static Set<String> codes(List<ActorMention> actors) {
        Set<String> codes = new LinkedHashSet<>();
        for (ActorMention a : actors) {
            if (a.actor() != null && a.actor().code() != null) {
                codes.add(a.actor().code());
            }
        }
        return codes;
    }

    /** One event from several mentions: the union of actors and claims, the most specific place, the first time. */
    static EventMention combine(List<EventMention> group) {
        EventMention lead = group.get(0);
        List<ActorMention> actors = new ArrayList<>();
        List<ActorMention> recipients = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<Evidence> mentions = new ArrayList<>();
        PlaceMention place = null;
        TimeExpression time = null;
        for (EventMention e : group) {
            addNew(actors, e.actors());
            addNew(recipients, e.recipients());
            claims.addAll(e.claims());
            mentions.addAll(e.mentions());
            place = PlaceMention.moreSpecific(place, e.place());
            if (time == null) {
                time = e.time();
            }
        }
        // The group a later sentence names stands for the one told only by its noun ("militants" … "the TTP").
        if (actors.stream().anyMatch(a -> !a.actor().isUnnamedGroup())) {
            actors.removeIf(a -> a.actor().isUnnamedGroup());
        }
        recipients.removeIf(r -> actors.stream().anyMatch(a -> a.actor().equals(r.actor())));
        return new EventMention(lead.start(), lead.end(), lead.type(), lead.mode(), lead.status(), lead.toll(), lead.trigger(),
                lead.triggerStart(), lead.triggerEnd(), actors, recipients, place, time, lead.date(), claims, mentions);
    }

    private static void addNew(List<ActorMention> into, List<ActorMention> from) {
        for (ActorMention a : from) {
            if (into.stream().noneMatch(x -> x.actor().equals(a.actor()))) {
                into.add(a);
            }
        }
    }
}
