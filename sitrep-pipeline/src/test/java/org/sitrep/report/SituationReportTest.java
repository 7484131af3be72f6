package org.sitrep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;

/** How the report names an event's actors. */
class SituationReportTest {
    private static final Actor COALITION = new Actor("Northern Front", "SYR", "PRM", null, Actor.Kind.GROUP);
    private static final Actor BRIGADE = new Actor("Dawn Brigade", "SYR", "PRM", null, Actor.Kind.GROUP, COALITION);
    private static final Actor COMMANDER = new Actor("Omar Haddad", "SYR", "PRM", null, Actor.Kind.PERSON, BRIGADE);
    private static final Actor STATE = new Actor("Syria", "SYR", null, null, Actor.Kind.STATE);

    private static ActorMention said(Actor actor) {
        return new ActorMention(0, 1, "x", actor);
    }

    @Test
    void aMemberStandsInBracketsAfterTheFurthestOfItsCoalitionsThatIsListed() {
        assertEquals("Syria, Northern Front (Dawn Brigade, Omar Haddad)",
                SituationReport.names(List.of(said(STATE), said(BRIGADE), said(COALITION), said(COMMANDER), said(BRIGADE))));
        assertEquals("Dawn Brigade (Omar Haddad)", SituationReport.names(List.of(said(COMMANDER), said(BRIGADE))));
        assertEquals("Omar Haddad, Syria", SituationReport.names(List.of(said(COMMANDER), said(STATE))), "no listed coalition: as named");
        assertEquals("unknown actor", SituationReport.names(List.of()));
    }
}
