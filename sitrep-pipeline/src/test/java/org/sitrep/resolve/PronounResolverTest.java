package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Document;
import org.sitrep.model.Layers;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StandardPipeline;

/** Pronouns as mentions of the actors they stand for. The texts are our own. */
class PronounResolverTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void build() {
        pipeline = StandardPipeline.build(List.of(), LocalDate.of(2026, 11, 22));
    }

    /** The actor the n-th occurrence (from 0) of the pronoun stands for, or null. */
    private static ActorMention pronoun(String text, String word, int n) {
        Document d = pipeline.apply(Document.builder("t", text, text).build());
        List<ActorMention> found = d.layer(Layers.ACTORS).stream().filter(a -> a.text().equals(word)).toList();
        return n < found.size() ? found.get(n) : null;
    }

    @Test
    void theGroupOrTheMilitiaIsTheNamedGroupJustBefore() {
        ActorMention group = pronoun("Hezbollah fighters clashed with Israeli troops near the border. The group said it had destroyed two tanks.",
                "The group", 0);
        assertNotNull(group);
        assertEquals("Hezbollah", group.actor().name());
        ActorMention militia = pronoun("The Badr Organization sent reinforcements to Aleppo. The militia blew up a bridge outside the city.",
                "The militia", 0);
        assertNotNull(militia);
        assertEquals("IRQ", militia.actor().code());
        assertNull(pronoun("Israeli troops crossed the border on Monday. The group of soldiers then withdrew.", "The group", 0),
                "a state's forces are no group by name, and 'the group of' names its own");
        assertNull(pronoun("Turkish troops entered the town. The militia commander fled.", "The militia", 0));
        ActorMention eln = pronoun("The ELN attacked a pipeline in Arauca. The group said it would go on.", "The group", 0);
        assertNotNull(eln, "a group whose own name holds brackets is still a group by name");
        assertEquals("COL", eln.actor().code());
    }

    @Test
    void theGroupIsNoArmyOrMinistry() {
        ActorMention group = pronoun("U.S. Africa Command said the strike against Islamic State militants in Puntland harmed no civilians. "
                + "Puntland forces have been fighting the group since December.", "the group", 0);
        assertNotNull(group);
        assertEquals("Islamic State", group.actor().name());
    }

    @Test
    void theGroupInsideAClauseIsTheGroupNamedJustBefore() {
        ActorMention group = pronoun("The International Criminal Court issued warrants for the Taliban's supreme leader and the group's chief justice.",
                "the group", 0);
        assertNotNull(group);
        assertEquals("Taliban", group.actor().name());
    }

    @Test
    void aDescriptionThatSaysWhatKindOfGroupIsTheNamedGroupOfThatKind() {
        ActorMention force = pronoun("RSF fighters shelled a camp near Nyala. The paramilitary force denied it.", "The paramilitary force", 0);
        assertNotNull(force);
        assertEquals("Rapid Support Forces", force.actor().name());
        assertNull(pronoun("Hezbollah fighters clashed with Israeli troops. The rebel group withdrew.", "The rebel group", 0),
                "Hezbollah is no rebel group in the table, so the description names someone else");
    }

    @Test
    void heIsTheLastPersonNamedShortlyBefore() {
        ActorMention he = pronoun("Turkish Foreign Minister Selim Arkan arrived in Baghdad on Monday. He met Iraqi officials.", "He", 0);
        assertNotNull(he);
        assertEquals("Selim Arkan", he.actor().name());
    }

    @Test
    void heContinuesTheSubjectOfTheSentenceBefore() {
        ActorMention he = pronoun("Turkish Foreign Minister Selim Arkan met Iraqi Prime Minister Omar Haddad in Baghdad. "
                + "He pledged support for the border talks.", "He", 0);
        assertNotNull(he);
        assertEquals("Selim Arkan", he.actor().name());
    }

    @Test
    void weIsTheSideOfTheSpeaker() {
        ActorMention we = pronoun("Turkish Foreign Minister Selim Arkan said: We will not accept attacks on our border.", "We", 0);
        assertNotNull(we);
        assertEquals("TUR", we.actor().code());
        assertEquals("GOV", we.actor().sector());
        assertNull(pronoun("We will not accept attacks on our border, the statement read.", "We", 0), "no speaker, no actor");
        ActorMention quoted = pronoun("\"We will hold the bridge,\" Hezbollah commander Ali Karim said on Monday.", "We", 0);
        assertNotNull(quoted, "the speaker named after the quote");
        assertEquals("LBN", quoted.actor().code());
    }

    @Test
    void aStatementsWeIsTheGroupTheSentenceBeforeOpensWith() {
        ActorMention we = pronoun("The Turkish government sent aid convoys to Idlib on Monday. We will continue to help civilians.", "We", 0);
        assertNotNull(we);
        assertEquals("TUR", we.actor().code());
        assertNull(pronoun("Our family drove to Idlib last summer with the Turkish government's permission. We stayed a week.", "We", 0),
                "a story told in the first person");
    }

    @Test
    void theyIsAGroupNamedInTheSameOrThePreviousSentence() {
        ActorMention they = pronoun("Hezbollah fighters crossed the border near Qusayr. They attacked an army post.", "They", 0);
        assertNotNull(they);
        assertEquals("Hezbollah", they.actor().name());
        assertNull(pronoun("Hezbollah fighters crossed the border near Qusayr. The road was closed for a day. "
                + "Heavy rain fell across the region. They said the crossing would reopen.", "They", 0), "too far back");
        assertNull(pronoun("Human Rights Watch published a report. The group said soldiers rounded up men in two villages and executed them.",
                "them", 0), "whom the speaker tells of");
        assertEquals("Hezbollah", pronoun("Hezbollah said they had destroyed two tanks.", "they", 0).actor().name());
    }

    @Test
    void aStatementKeepsItsVoiceAndItsObjectsAreNotIt() {
        String statement = "The Danish Government sent two aircraft to Iraq.\n\nWe will keep supporting the Iraqi army. "
                + "Defeating Islamic State will take time, but it is a fight we will win.";
        ActorMention first = pronoun(statement, "We", 0);
        assertNotNull(first);
        assertEquals("DNK", first.actor().code());
        ActorMention later = pronoun(statement, "we", 0);
        assertNotNull(later, "the text goes on in its voice");
        assertEquals("DNK", later.actor().code(), "not the group that a gerund takes as its object");
    }

    @Test
    void aSpeakerOfNoKnownCountrySpeaksForTheSideTheStatementNamesFirst() {
        ActorMention we = pronoun("Minister Tobias Ellwood said: The UK has pressed for new talks in Geneva. We are ready to host them.",
                "We", 0);
        assertNotNull(we);
        assertEquals("GBR", we.actor().code());
    }

    @Test
    void aPronounAfterACountStandsForTheCountedNotForAGroup() {
        String text = "M23 rebels shelled a camp near Sake. The shelling killed 14 people, among them five children.";
        assertNull(pronoun(text, "them", 0));
        assertEquals("March 23 Movement", pronoun("M23 rebels attacked the town. Many of them were later captured.", "them", 0).actor().name(),
                "no count before: the group");
    }

    @Test
    void itsFightersAreTheGroupsAndItThatSpeaksIsTheBodyTheSentenceBeforeOpensWith() {
        ActorMention fighters = pronoun("Hezbollah has stepped up attacks this year. On Sunday its fighters attacked a border post.", "its fighters", 0);
        assertNotNull(fighters);
        assertEquals("Hezbollah", fighters.actor().name());
        assertNull(pronoun("Israeli troops crossed the border. On Sunday its fighters attacked a post.", "its fighters", 0), "no group named");
        ActorMention it = pronoun("The Iraqi government rejected the report as baseless. It accused rights groups of seeking to discredit the army.",
                "It", 0);
        assertNotNull(it);
        assertEquals("IRQ", it.actor().code());
        assertNull(pronoun("The Iraqi government rejected the report. It is unclear whether talks will resume.", "It", 0), "no speaking it");
        ActorMention accused = pronoun("Sudan's government cut diplomatic ties with the United Arab Emirates on Tuesday, accusing it of "
                + "supplying the RSF with weapons.", "it", 0);
        assertNotNull(accused);
        assertEquals("ARE", accused.actor().code(), "whom one accuses is the side named last before");
        assertEquals("Hezbollah", pronoun("Hezbollah fighters attacked the post, but residents accused them of firing at homes.", "them", 0)
                .actor().name(), "the accusers right before the verb are not whom they accuse");
    }

    @Test
    void theGangIsTheNamedGangJustBefore() {
        assertEquals("Gran Grif", pronoun("The Gran Grif gang attacked Pont-Sonde. The gang burned 45 homes.", "The gang", 0).actor().name());
    }

    @Test
    void theAttackersAreTheArmedGroupNamedJustBefore() {
        String text = "Bandits killed 37 villagers in Zamfara state. The attackers stormed three villages on motorcycles.";
        assertEquals("bandits", pronoun(text, "The attackers", 0).actor().name());
        assertNull(pronoun("Police arrested 12 protesters. The attackers fled.", "The attackers", 0), "no state's forces");
    }

    @Test
    void theFightersAreTheArmedGroupNamedBeforeUnlessTheirGroupIsNamed() {
        String text = "Al Shabaab militants captured the town on Wednesday. The army withdrew and the fighters entered without a fight.";
        assertEquals("al-Shabaab", pronoun(text, "the fighters", 0).actor().name());
        assertNull(pronoun("Al Shabaab militants captured the town. Later the fighters of a clan militia arrived.", "the fighters", 0));
    }

    @Test
    void theyArePeopleOpeningTheSentenceWhomNoActorNames() {
        assertNull(pronoun("The three men, who were handed to the Red Cross in Gaza, appeared gaunt, and officials condemned "
                + "the condition in which they were returned.", "they", 0));
    }
}
