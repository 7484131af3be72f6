package org.sitrep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.DateWindow;
import org.sitrep.model.Evidence;
import org.sitrep.model.LinkedEvent;

/** How the report names an event's actors and which of its sentences it quotes. */
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

    private static LinkedEvent.Sourced<Evidence> sentence(String text) {
        return new LinkedEvent.Sourced<>("a1", new Evidence(text, 0, text.length(), "x"));
    }

    private static LinkedEvent card(List<ActorMention> actors, List<ActorMention> recipients, String... sentences) {
        return new LinkedEvent("ev-1", "ASSAULT", null, "asserted", false, actors, recipients, null, null,
                DateWindow.day(LocalDate.of(2024, 3, 1)), List.of(), List.of(sentences).stream().map(SituationReportTest::sentence).toList(), "st-1");
    }

    @Test
    void theQuoteIsTheFirstSentenceUnlessItNamesNoSideThenTheFirstThatNamesWhoDidIt() {
        ActorMention brigade = new ActorMention(0, 12, "Dawn Brigade", BRIGADE);
        ActorMention villagers = new ActorMention(0, 9, "villagers", Actor.unnamedGroup("villagers", "CVL"));
        assertEquals("The Dawn Brigade shelled the village.", SituationReport.quoted(card(List.of(brigade), List.of(),
                "Fighting near the village goes on.", "The Dawn Brigade shelled the village.")).value().text());
        assertEquals("Shelling hit villagers on Monday.", SituationReport.quoted(card(List.of(brigade), List.of(villagers),
                "Shelling hit villagers on Monday.", "The Dawn Brigade shelled the village.")).value().text(), "it names a side");
        assertEquals("Fighting near the village goes on.", SituationReport.quoted(card(List.of(), List.of(),
                "Fighting near the village goes on.", "Shelling went on.")).value().text(), "no side to name: the first");
    }

    @Test
    void aPartOfAFigureReadsAsWhatItIsAPartOf() {
        assertEquals("among the dead", SituationReport.readable("dead-among"));
        assertEquals("injured", SituationReport.readable("injured"));
    }
}
