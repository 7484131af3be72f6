package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Corpus;
import org.sitrep.model.Document;
import org.sitrep.model.LinkedEvent;
import org.sitrep.model.Story;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StandardPipeline;

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

    @Test
    void reportsOfOneSideActingInTownsFarApartAreTwoEvents() {
        Pipeline pipeline = StandardPipeline.build(List.of(), LocalDate.of(2026, 11, 22));
        String first = "Published November 20, 2026.\n\nTurkish police detained ten journalists in Ankara on Thursday, their union said.";
        String second = "Published November 20, 2026.\n\nTurkish police detained a group of students in Izmir on Thursday, lawyers said.";
        String suburb = "Published November 20, 2026.\n\nTurkish police detained ten reporters in Keçiören on Thursday, lawyers said.";
        Document ankara = pipeline.apply(Document.builder("a", first, first).build());
        Document izmir = pipeline.apply(Document.builder("b", second, second).build());
        Document nearby = pipeline.apply(Document.builder("c", suburb, suburb).build());
        assertEquals(2, detentions(new Linker().link(List.of(ankara, izmir))).size(), "Ankara and Izmir lie 500 km apart");
        assertEquals(1, detentions(new Linker().link(List.of(ankara, nearby))).size(), "a city and its suburb: one event");
    }

    /** The attacks linked from two articles of our own, published on November 20, 2026. */
    private static List<LinkedEvent> attacksLinked(String first, String second) {
        Pipeline pipeline = StandardPipeline.build(List.of(), LocalDate.of(2026, 11, 22));
        String head = "Published November 20, 2026.\n\n";
        Document a = pipeline.apply(Document.builder("a", head + first, head + first).build());
        Document b = pipeline.apply(Document.builder("b", head + second, head + second).build());
        return new Linker().link(List.of(a, b)).events().stream().filter(e -> e.type().equals("ASSAULT")).toList();
    }

    @Test
    void anUndatedReportDoesNotChainActsOfTwoDaysIntoOne() {
        List<LinkedEvent> attacks = attacksLinked("On Monday, Kurdish militants shelled a camp near Mosul, killing two guards, "
                + "the police said. On Tuesday, a drone hit a depot in Mosul, killing four, officials said.",
                "Kurdish militants attacked a depot in Mosul this week, officials said.");
        assertEquals(2, attacks.size(), attacks.toString());
    }

    @Test
    void anActAnArticleTellsAsideJoinsTheSameActInAnotherStory() {
        Pipeline pipeline = StandardPipeline.build(List.of(), LocalDate.of(2026, 11, 22));
        String roundup = "Published November 20, 2026.\n\nFloods cut the road to the port of Hodeidah on Wednesday, and aid agencies "
                + "warned of food shortages across the coast as the water rose. Separately, the army said its aircraft bombed "
                + "rebel positions near Marib on Thursday.";
        String fighting = "Published November 21, 2026.\n\nYemeni warplanes struck rebel positions outside Marib on Thursday, "
                + "residents said, as clashes spread across the province.";
        Document a = pipeline.apply(Document.builder("a", roundup, roundup).build());
        Document b = pipeline.apply(Document.builder("b", fighting, fighting).build());
        Corpus corpus = new Linker().link(List.of(a, b));
        List<LinkedEvent> raids = corpus.events().stream().filter(e -> e.type().equals("ASSAULT")).toList();
        assertEquals(1, raids.size(), raids.toString());
        assertEquals(2, corpus.stories().size(), "two stories, each listing the raid");
        assertEquals(2, corpus.stories().stream().filter(st -> st.events().contains(raids.get(0).id())).count());
    }

    @Test
    void aStoryIsTitledByItsFirstDatedHeadlineOrFirstWordsBelowTheDate() {
        Pipeline pipeline = StandardPipeline.build(List.of(), LocalDate.of(2026, 11, 22));
        String dated = "Published May 12, 2025.\n\nA drone strike hit the main market in Kassala on Monday, killing 12 people "
                + "and wounding 30, officials in Kassala said. The drone strike on the Kassala market was the deadliest this year.";
        String undated = "The United Nations condemned the drone strike on the main market in Kassala, which killed 12 people "
                + "and wounded 30. The drone strike on the Kassala market was the deadliest this year, officials said.";
        Document first = pipeline.apply(Document.builder("a", dated, dated).title("Drone strike hits Kassala market").build());
        Document comment = pipeline.apply(Document.builder("b", undated, undated).title("UN condemns Kassala strike").build());
        List<Story> stories = new Linker().link(List.of(first, comment)).stories();
        assertEquals(1, stories.size(), stories.toString());
        assertEquals("Drone strike hits Kassala market", stories.get(0).title(), "the comment is dated only by the UN's founding");
        String untitled = "3 February 2025\nSoldiers raided a camp near Jenin on Monday, the ministry said.";
        Document raid = pipeline.apply(Document.builder("c", untitled, untitled).build());
        assertEquals("Soldiers raided a camp near Jenin on Monday, the ministry said.", new Linker().link(List.of(raid)).stories().get(0).title());
    }

    private static List<LinkedEvent> detentions(Corpus corpus) {
        return corpus.events().stream().filter(e -> e.type().equals("COERCE")).toList();
    }
}
