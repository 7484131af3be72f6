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

/** A state's organs named without their country. The texts are our own. */
class StateOrganResolverTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void build() {
        pipeline = StandardPipeline.build(List.of(), LocalDate.of(2026, 11, 22));
    }

    private static ActorMention mention(String text, String words) {
        Document d = pipeline.apply(Document.builder("t", text, text).build());
        return d.layer(Layers.ACTORS).stream().filter(a -> a.text().equals(words)).findFirst().orElse(null);
    }

    @Test
    void anOrganIsOfTheCountryWhereItsSentenceIsSet() {
        ActorMention police = mention("Riot police fired tear gas at students outside the university in Beirut.", "Riot police");
        assertNotNull(police);
        assertEquals("LBN", police.actor().code());
        assertEquals("COP", police.actor().sector());
        ActorMention army = mention("Shelling went on overnight. The army said it had pushed back an assault near Hama.", "The army");
        assertNotNull(army, "the setting of its own sentence");
        assertEquals("SYR", army.actor().code());
        assertEquals("MIL", army.actor().sector());
        ActorMention government = mention("Iran's foreign minister reaffirmed Iran's backing for the government in Baghdad.", "the government");
        assertNotNull(government, "the place named right after it");
        assertEquals("IRQ", government.actor().code());
    }

    @Test
    void aJuntaAndWhoSpeaksForTheMilitaryAreTheMilitary() {
        String text = "An air strike hit a village in Myanmar's Sagaing region, residents said. ";
        ActorMention junta = mention(text + "The ruling junta denied carrying out the attack.", "The ruling junta");
        assertNotNull(junta);
        assertEquals("MMR", junta.actor().code());
        assertEquals("MIL", junta.actor().sector());
        ActorMention spokesman = mention(text + "A military spokesman denied that the army had carried out the attack.", "military");
        assertNotNull(spokesman, "the spokesman speaks for the military");
        assertEquals("MIL", spokesman.actor().sector());
        assertNull(mention("Rebels shelled the army base near Hama, in Syria.", "army"), "a base is no speaker");
    }

    @Test
    void aMilitaryJuntaIsOneAndWhereAMonitorIsBasedSetsNothing() {
        ActorMention junta = mention("Militants attacked a school in Bamako, Mali. The military junta has turned to Russian mercenaries.",
                "The military junta");
        assertNotNull(junta, "not only its first word");
        assertEquals("MLI", junta.actor().code());
        ActorMention forces = mention("Gunmen attacked checkpoints in Jableh. The Syrian Observatory for Human Rights, a Britain-based monitor, "
                + "said civilians had been killed by security forces.", "security forces");
        assertNotNull(forces);
        assertEquals("SYR", forces.actor().code(), "where the monitor is based is not where its sentence is set");
        ActorMention ruling = mention("BANGKOK, April 7 (Sitrep) - A Myanmar military air strike on a village killed 11 people on Sunday, despite a "
                + "ceasefire the junta declared after the earthquake.", "the junta");
        assertNotNull(ruling);
        assertEquals("MMR", ruling.actor().code(), "the military named before, not the country the report was filed from");
    }

    @Test
    void elseOfTheCountryTheArticleIsAbout() {
        String text = "Fighting flared again in northern Iraq this week, with clashes outside Mosul and Kirkuk. "
                + "Government forces said on Tuesday that they had cleared two villages.";
        ActorMention forces = mention(text, "Government forces");
        assertNotNull(forces);
        assertEquals("IRQ", forces.actor().code());
        assertEquals("MIL", forces.actor().sector());
        ActorMention militia = mention(text.replace("Government forces", "Pro-government militias"), "Pro-government militias");
        assertNotNull(militia);
        assertEquals("PRM", militia.actor().sector());
    }

    @Test
    void aRegimeNoRulerNamesIsTheArticlesCountrysAndItsWeaponsItsForces() {
        String text = "Clashes went on around Idlib and Hama on Sunday. Regime airstrikes killed nine civilians in Sarmin.";
        ActorMention regime = mention(text, "Regime");
        assertNotNull(regime);
        assertEquals("SYR", regime.actor().code());
        assertEquals("MIL", regime.actor().sector());
        assertNull(mention("Observers in Idlib expect regime change.", "regime"), "no regime acts here");
        ActorMention shelling = mention("Clashes went on around Idlib on Sunday. Government shelling in Hama has also claimed civilian lives.",
                "Government");
        assertNotNull(shelling, "a government's weapons are its forces too");
        assertEquals("SYR", shelling.actor().code());
        assertEquals("MIL", shelling.actor().sector());
    }

    @Test
    void anArmysConvoyOrJetsAreTheArmysAsTargetOrActor() {
        ActorMention convoy = mention("Gunmen ambushed an army convoy near Djibo in northern Burkina Faso on Saturday.", "army");
        assertNotNull(convoy);
        assertEquals("BFA", convoy.actor().code());
        assertEquals("Burkina Faso (military)", convoy.actor().name(), "a country whose army the table does not name");
        assertEquals("MIL", convoy.actor().sector());
        ActorMention speaking = mention("An army spokesman in Burkina Faso said the road was open.", "army");
        assertEquals("MIL", speaking == null ? null : speaking.actor().sector(), "a spokesman is no holding, but speaks for the army");
        ActorMention jets = mention("Military jets bombed a village in Myanmar's Sagaing region on Sunday.", "Military");
        assertNotNull(jets, "what an army flies is the army acting");
        assertEquals("Tatmadaw", jets.actor().name(), "the army the table names for that country");
        ActorMention theJets = mention("The military jets struck a village in Myanmar's Sagaing region.", "The military");
        assertNotNull(theJets, "with the article too");
        assertEquals("MIL", theJets.actor().sector());
    }

    @Test
    void noCountryOrTwoAtParIsNoGuess() {
        assertNull(mention("Security forces arrested twelve men on Monday.", "Security forces"), "no country named");
        assertNull(mention("Talks between Chile and Peru resumed. The government said it wanted a deal.", "The government"),
                "two countries named as often");
    }

    @Test
    void anotherOwnerOrANounAfterItIsNoStateOrgan() {
        assertNull(mention("Kenya's parliament met in Nairobi. Its army remains on alert.", "army"));
        assertNull(mention("Rockets landed near the army base in Kandahar.", "the army"));
        assertNull(mention("Rockets landed near the police station in Kandahar.", "police"));
    }

    @Test
    void anOrganNamedAgainIsTheOneNamedBeforeWithItsCountry() {
        String text = "Houthi rebels fired missiles at a ship off Yemen, the U.S. military said. The ship caught fire, the military said.";
        assertEquals("USA", mention(text, "the military").actor().code(), "not the army of Yemen, where it is set");
        assertEquals("YEM", mention("Houthi rebels fired missiles at a ship off Yemen. The ship caught fire, the military said.", "the military")
                .actor().code(), "none named before: the setting's");
        assertEquals("MIL", mention("Fighting between National Liberation Army guerrillas and FARC dissidents in Colombia killed 80 people. "
                + "The defence minister said the army would send 5,000 troops to the region.", "the army").actor().sector(),
                "a rebel group called an army is not the army named again");
        assertEquals("PSE", mention("Israeli air strikes killed at least 40 Palestinians across the Gaza Strip on Sunday, the health ministry said.",
                "the health ministry").actor().code(), "a region of a country sets the sentence there");
        String spokesman = "Pakistan's military said Indian shelling had killed two civilians. An army spokesman accused India of unprovoked firing.";
        assertEquals("PAK", mention(spokesman, "army").actor().code(), "the army is the military named before, not whom it accuses");
        String reported = "Pakistan's military said Indian shelling had killed two civilians. India's defence ministry rejected the "
                + "accusation. It said the army had destroyed several Pakistani bunkers. Indian troops returned fire near Uri in India.";
        assertEquals("IND", mention(reported, "the army").actor().code(), "only who speaks for an army is the one that spoke before");
    }
}
