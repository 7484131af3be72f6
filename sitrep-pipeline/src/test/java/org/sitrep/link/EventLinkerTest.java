package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;

class EventLinkerTest {
    private static ActorMention mention(Actor actor) {
        return new ActorMention(0, actor.name().length(), actor.name(), actor);
    }

    private static List<String> names(List<ActorMention> side) {
        return side.stream().map(a -> a.actor().name()).toList();
    }

    @Test
    void theBareStateAndItsPeopleGiveWayToTheNamedOrSectoralActorsOfTheirCountry() {
        List<ActorMention> side = List.of(
                mention(new Actor("Turkey (military)", "TUR", "MIL", null, Actor.Kind.GROUP)),
                mention(new Actor("Turkey", "TUR", null, null, Actor.Kind.STATE)),
                mention(new Actor("Turkey (people)", "TUR", null, null, Actor.Kind.GROUP)),
                mention(new Actor("Greece", "GRC", null, null, Actor.Kind.STATE)));
        assertEquals(List.of("Turkey (military)", "Greece"), names(EventLinker.mostSpecific(side)),
                "Greece has no more specific actor on this side, so it stays");
    }
}
