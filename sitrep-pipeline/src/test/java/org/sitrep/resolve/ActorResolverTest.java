package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Layers;

/** Actor kinds and titled persons, on texts of our own with the recogniser's names given by hand. */
class ActorResolverTest {
    private static ActorResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new ActorResolver(ActorTable.load(List.of()), Countries.load());
    }

    /** Resolves {@code text}, where {@code persons} are the names, in order, that the recogniser tagged PERSON. */
    private static List<ActorMention> resolve(String text, String... persons) {
        List<EntityMention> entities = new ArrayList<>();
        int from = 0;
        for (String name : persons) {
            int at = text.indexOf(name, from);
            entities.add(new EntityMention(at, at + name.length(), name, "PERSON"));
            from = at + name.length();
        }
        Document d = Document.builder("t", text, text).build().with(Layers.ENTITIES, entities);
        return resolver.apply(d).layer(Layers.ACTORS);
    }

    private static ActorMention mention(List<ActorMention> actors, String text) {
        return actors.stream().filter(a -> a.text().equals(text)).findFirst().orElse(null);
    }

    @Test
    void aCountrysAcronymIsNoPronoun() {
        assertNull(mention(resolve("Officials told us the convoy was attacked near the river."), "us"));
        assertEquals("USA", mention(resolve("Officials said the US would send aid."), "US").actor().code());
        assertNull(mention(resolve("They asked the uk office for help."), "uk"), "an acronym is its capitals");
    }

    @Test
    void aCountrysTroopsAreTheArmyTheTableNamesForItElseTheCountrysGroup() {
        assertEquals("Syrian Arab Army", mention(resolve("Syrian troops shelled a village near Idlib."), "Syrian troops").actor().name());
        assertEquals("Kenya (military)", mention(resolve("Kenyan troops crossed the border on Monday."), "Kenyan troops").actor().name());
    }

    @Test
    void aPersonInAPlaceIsThePlaceAndSouthSudansArmyIsNotMyanmarsRebels() {
        assertNull(mention(resolve("At least 18 civilians were killed when a market in Pieri was shelled.", "Pieri"), "Pieri"),
                "no person is 'in' a market's place");
        assertNotNull(mention(resolve("Pieri said the market was shelled.", "Pieri"), "Pieri"));
        ActorMention army = mention(resolve("Fighting between the South Sudan People's Defence Forces (SSPDF) and armed youth displaced thousands."),
                "South Sudan People's Defence Forces");
        assertNotNull(army);
        assertEquals("SSD", army.actor().code());
        assertEquals(List.of("loyalists"), resolve("Loyalist fighters attacked checkpoints.").stream().map(a -> a.actor().name()).toList());
    }

    @Test
    void aCountryNamingABorderIsWhereNotASide() {
        List<ActorMention> actors = resolve("Turkish troops shelled a village near the Syrian border on Monday.");
        assertEquals("TUR", mention(actors, "Turkish troops").actor().code());
        assertNull(mention(actors, "Syrian"), "the border says where");
        assertNotNull(mention(resolve("Turkish troops shelled the Syrian army on Monday."), "Syrian army"));
    }

    @Test
    void aBareCoalitionIsTheOneTheArticleNamesInFull() {
        List<ActorMention> actors = resolve("The Saudi-led coalition struck a port on Monday. Coalition warplanes returned at dawn, "
                + "and the coalition said it had hit a depot.");
        assertEquals("SAU", mention(actors, "Saudi-led coalition").actor().code());
        assertEquals("SAU", mention(actors, "Coalition").actor().code(), "the modifier of its warplanes");
        assertEquals("SAU", mention(actors, "the coalition").actor().code(), "not the table's US-led coalition");
        assertEquals("USA", mention(resolve("The coalition struck a depot near the river."), "The coalition").actor().code(),
                "none named in full: the table's alias stands");
        assertNull(mention(resolve("Coalition warplanes struck a depot near the river."), "Coalition"), "a bare modifier names no one");
    }

    @Test
    void aCapitalThatSaysOrDoesWhatAGovernmentDoesIsItsGovernment() {
        List<ActorMention> actors = resolve("Tehran, which also backs armed groups abroad, denied it. Washington warned Damascus on Monday.");
        assertEquals("Iran (government)", mention(actors, "Tehran").actor().name());
        assertEquals("USA", mention(actors, "Washington").actor().code());
        assertEquals("Syria (government)", mention(actors, "Damascus").actor().name(), "the object of a warning");
        List<ActorMention> places = resolve("Heavy fighting was reported in Damascus. Damascus is an ancient city, and the road to Tehran was closed.");
        assertNull(mention(places, "Damascus"), "a city where something happens: " + places);
        assertNull(mention(places, "Tehran"));
        assertEquals("Indonesia (government)", mention(resolve("Jakarta forced the agency out of the country."), "Jakarta").actor().name(),
                "what a government does by force");
        assertNull(mention(resolve("Damascus was shelled and Kabul was seized within a week."), "Kabul"), "a city that undergoes it");
    }

    @Test
    void aCountryEndingTheParagraphBeforeIsNotThePersonsCountry() {
        List<ActorMention> actors = resolve("Minister condemns the attack on a market in Iraq\n\nMinister Selim Arkan said the attack was cowardly.",
                "Selim Arkan");
        ActorMention minister = actors.stream().filter(a -> a.actor().name().equals("Selim Arkan")).findFirst().orElse(null);
        assertNotNull(minister, actors.toString());
        assertEquals(null, minister.actor().code(), "the headline's Iraq says nothing of the minister's country");
        List<ActorMention> same = resolve("Iraqi Defence Minister Selim Arkan visited the front.", "Selim Arkan");
        assertEquals("IRQ", same.stream().filter(a -> a.actor().name().equals("Selim Arkan")).findFirst().orElseThrow().actor().code());
    }

    @Test
    void aTitledPersonIsOneActorWithTheCountryOfTheTitle() {
        List<ActorMention> actors = resolve("Turkish Foreign Minister Selim Arkan met the envoy in Ankara.", "Selim Arkan");
        ActorMention minister = mention(actors, "Turkish Foreign Minister Selim Arkan");
        assertNotNull(minister, actors.toString());
        assertEquals(new Actor("Selim Arkan", "TUR", "GOV", null, Actor.Kind.PERSON), minister.actor());
        assertNull(mention(actors, "Turkish Foreign Minister"), "the title is the person's, not a second actor");

        String text = "Interior Minister Selim Arkan accused the protesters of attempting a coup.";
        List<EntityMention> entities = List.of(new EntityMention(0, 8, "Interior", "ORGANIZATION"),
                new EntityMention(18, 29, "Selim Arkan", "PERSON"));
        List<ActorMention> titled = resolver.apply(Document.builder("t", text, text).build().with(Layers.ENTITIES, entities)).layer(Layers.ACTORS);
        assertNull(mention(titled, "Interior"), "a word of the title the recogniser took for a body is no actor: " + titled);
        List<ActorMention> chief = resolve("WHO Director-General Selim Arkan said the Saudi Teaching Maternal Hospital was hit.", "Selim Arkan");
        assertEquals("IGO", chief.stream().filter(a -> a.actor().name().equals("Selim Arkan")).findFirst().orElseThrow().actor().sector(),
                "a Director-General is no general, and works for the body");
        assertNull(mention(chief, "Saudi"), "a country word opening a building's name is part of the name");
        List<ActorMention> mission = resolve("UNMISS chief Selim Arkan called the attack abhorrent.", "Selim Arkan");
        assertEquals("IGO", mission.stream().filter(a -> a.actor().name().equals("Selim Arkan")).findFirst().orElseThrow().actor().code(),
                "a UN mission's chief works for the UN");
        assertNotNull(mention(titled, "Interior Minister Selim Arkan"), titled.toString());
    }

    @Test
    void aNameTakesItsSideFromTheNearestQualifierAndNeverFromAPersonIfItIsAGroup() {
        List<ActorMention> hosts = resolve("Russian President Pavel Orlov hosted Japanese Prime Minister Kenji Mori in Kazan.",
                "Pavel Orlov", "Kenji Mori");
        assertEquals("JPN", hosts.stream().filter(a -> a.actor().name().equals("Kenji Mori")).findFirst().orElseThrow().actor().code(),
                "the guest's own country word, not the host's");

        String text = "President Pavel Orlov, whose ruling Zarqani sect dominates the army, flew to Kazan.";
        int at = text.indexOf("Zarqani");
        List<EntityMention> entities = List.of(new EntityMention(10, 21, "Pavel Orlov", "PERSON"),
                new EntityMention(at, at + 7, "Zarqani", "ORGANIZATION"));
        Document d = Document.builder("t", text, text).build().with(Layers.ENTITIES, entities);
        ActorMention sect = mention(resolver.apply(d).layer(Layers.ACTORS), "Zarqani");
        assertNotNull(sect);
        assertNull(sect.actor().code(), "a ruler lends his country to no group named after him: " + sect.actor());
    }

    @Test
    void aCountryNamedInTheClauseBeforeATitleStaysACountry() {
        List<ActorMention> actors = resolve("After a visit to Turkey Minister Hale Dunmore said aid would grow.", "Hale Dunmore");
        assertEquals(Actor.Kind.STATE, mention(actors, "Turkey").actor().kind());
        assertEquals(Actor.Kind.PERSON, mention(actors, "Minister Hale Dunmore").actor().kind());
    }

    @Test
    void aClauseAfterACountryIsNotAGroupPhrase() {
        List<ActorMention> actors = resolve("Moscow asked Syria to support the government in Baghdad; Iraqi interior ministry officials agreed.");
        assertEquals(Actor.Kind.STATE, mention(actors, "Syria").actor().kind());
        assertEquals("Iraq (government)", mention(actors, "Iraqi interior ministry officials").actor().name());
    }

    @Test
    void aBackerIsNotTheGroupsCountryAndOppositionForcesAreRebels() {
        List<ActorMention> actors = resolve("Turkish-backed Syrian government forces and Syrian opposition forces clashed near the border.");
        assertEquals(Actor.Kind.STATE, mention(actors, "Turkish").actor().kind(), "the backer only qualifies");
        assertEquals("Syrian Arab Army", mention(actors, "Syrian government forces").actor().name(), "the army the table names for Syria");
        assertEquals("REB", mention(actors, "Syrian opposition forces").actor().sector());
        List<ActorMention> two = resolve("Tehran pledged help to the Syrian government and army on Sunday.");
        assertEquals("Syria (government)", mention(two, "Syrian government").actor().name(), "the first of two groups joined by 'and'");
    }

    @Test
    void pronounsAndArabicPlaceNamesTaggedAsPersonsAreNoActors() {
        List<ActorMention> actors = resolve("He said shells fell on Kafr Nabl at dawn.", "He", "Kafr Nabl");
        assertNull(mention(actors, "He"));
        assertNull(mention(actors, "Kafr Nabl"));
    }

    @Test
    void aSurnameAloneIsThePersonNamedInFullBefore() {
        List<ActorMention> actors = resolve("Commander Nasir al-Dabbagh spoke first. Later Dabbagh said the road was open.",
                "Nasir al-Dabbagh", "Dabbagh");
        assertEquals("Nasir al-Dabbagh", mention(actors, "Dabbagh").actor().name());
        List<ActorMention> two = resolve("Rami Haddad and Omar Haddad left. Haddad said nothing.", "Rami Haddad", "Omar Haddad", "Haddad");
        assertEquals("Haddad", two.get(two.size() - 1).actor().name(), "two Haddads before: the surname stays unresolved");
    }

    @Test
    void aRegimeIsItsRulersGovernmentOrThatOfTheCountryTheArticleNamesMost() {
        List<ActorMention> actors = resolve("In Syria, shelling by the Asad regime went on near Homs. The regime denied it.");
        Actor government = new Actor("Syria (government)", "SYR", "GOV", null, Actor.Kind.GROUP);
        assertEquals(government, mention(actors, "the Asad regime").actor());
        assertEquals(government, mention(actors, "The regime").actor());
        assertNull(mention(resolve("The regime denied it."), "The regime"), "no country named: no guess");
        List<ActorMention> later = resolve("The United States and the United States' allies warned the regime. The Asad regime replied.");
        assertEquals(government, mention(later, "the regime").actor(), "the ruler's regime named in the text outweighs the most-named country");
    }

    @Test
    void theTableDecidesTheKindWhateverTheRecogniserSaid() {
        List<ActorMention> actors = resolve("Daesh claimed the attack; Syrians fled the town.", "Daesh");
        assertEquals(Actor.Kind.GROUP, mention(actors, "Daesh").actor().kind());
        assertEquals("Islamic State", mention(actors, "Daesh").actor().name());
        assertEquals(new Actor("Syria (people)", "SYR", null, null, Actor.Kind.GROUP), mention(actors, "Syrians").actor());
    }

    @Test
    void aVerbIsNoWordOfACountrysGroup() {
        List<ActorMention> actors = resolve("Fighters from Iraq and Lebanon attacked army posts on Monday.");
        assertNull(mention(actors, "Iraq and Lebanon attacked army"), actors.toString());
        assertEquals("IRQ", mention(actors, "Iraq").actor().code());
        List<ActorMention> ministry = resolve("The Iraqi interior ministry said on Monday it would hold talks.");
        assertNotNull(mention(ministry, "Iraqi interior ministry"), "free words before a group noun still belong to it: " + ministry);
    }

    @Test
    void anUnknownNameBeforeAFacilityNounNamesTheFacilityNotASide() {
        String text = "Rebels overran the Rashid military base, and the Rashid Brigade withdrew.";
        int base = text.indexOf("Rashid");
        int brigade = text.indexOf("Rashid Brigade");
        Document d = Document.builder("t", text, text).build().with(Layers.ENTITIES, List.of(
                new EntityMention(base, base + "Rashid".length(), "Rashid", "ORGANIZATION"),
                new EntityMention(brigade, brigade + "Rashid Brigade".length(), "Rashid Brigade", "ORGANIZATION")));
        List<ActorMention> actors = resolver.apply(d).layer(Layers.ACTORS);
        assertNull(mention(actors, "Rashid"), actors.toString());
        assertNotNull(mention(actors, "Rashid Brigade"), actors.toString());
    }

    @Test
    void twoCountriesBeforeOneGroupNounAreEachTheirOwnGroup() {
        List<ActorMention> actors = resolve("French and Malian troops entered the town.");
        assertNotNull(mention(actors, "French"), "one group would swallow the second country: " + actors);
        assertEquals("FRA", mention(actors, "French").actor().code(), actors.toString());
        assertEquals("MIL", mention(actors, "French").actor().sector());
        assertEquals("MLI", mention(actors, "Malian troops").actor().code(), actors.toString());
    }

    @Test
    void aCapitalDoingWhatGovernmentsDoOrJoinedByItsAlliesIsItsGovernment() {
        List<ActorMention> actors = resolve("Ankara is increasingly backing the rebels. Washington, along with its allies, demanded a truce.");
        assertNotNull(mention(actors, "Ankara"), actors.toString());
        assertEquals("TUR", mention(actors, "Ankara").actor().code());
        assertNotNull(mention(actors, "Washington"), actors.toString());
        assertEquals("USA", mention(actors, "Washington").actor().code());
    }

    @Test
    void aNameTheTableLacksBeforeTheKindOfGroupIsThatGroup() {
        ActorMention gang = mention(resolve("Gunmen from the Gran Grif gang attacked Pont-Sonde."), "Gran Grif gang");
        assertEquals("Gran Grif", gang.actor().name());
        assertEquals("CRM", gang.actor().sector());
        assertEquals("PRM", resolve("The Wazalendo militia took the hill.", "Wazalendo").get(0).actor().sector(),
                "a name the recogniser took for a person, an opening article left out");
        assertEquals("Wazalendo", resolve("The Wazalendo militia took the hill.", "Wazalendo").get(0).actor().name());
        assertEquals(List.of(), resolve("A Shiite militia and the Local faction took the hill."), "who its members are is no name");
        assertEquals(List.of(), resolve("Other militia leaders said they had sent fighters."), "a sentence's first word is no name");
    }

    @Test
    void aNameBeforeItsAcronymInBracketsIsTheAcronymsActor() {
        List<ActorMention> found = resolve("The army blamed the National Liberation Army (ELN) for the attack.", "National Liberation Army");
        ActorMention name = found.stream().filter(a -> a.text().equals("National Liberation Army")).findFirst().orElseThrow();
        assertEquals("COL", name.actor().code());
        assertEquals(found.stream().filter(a -> a.text().equals("ELN")).findFirst().orElseThrow().actor(), name.actor());
        assertEquals("LBN", resolve("The council extended the mandate of the force in Lebanon (UNIFIL).").stream()
                .filter(a -> a.text().equals("Lebanon")).findFirst().orElseThrow().actor().code(), "a country is renamed by no acronym");
    }

    @Test
    void gunmenAndBanditsAreGroupsByThemselves() {
        List<ActorMention> actors = resolve("Gunmen stormed a village in Zamfara before bandits seized 20 people.");
        assertNotNull(mention(actors, "Gunmen"), actors.toString());
        assertEquals("CRM", mention(actors, "bandits").actor().sector(), actors.toString());
    }

    @Test
    void serviceMembersAndMarinesAreTheirCountrysMilitary() {
        List<ActorMention> actors = resolve("Two U.S. service members were wounded as U.S. Marines raided a compound.");
        assertEquals("MIL", mention(actors, "U.S. service members").actor().sector(), actors.toString());
        assertEquals("USA", mention(actors, "U.S. Marines").actor().code(), actors.toString());
    }

    @Test
    void aNumberedUnitIsAMilitaryGroupOfTheCountryWrittenBeforeIt() {
        List<ActorMention> actors = resolve("Ukraine's 47th Mechanized Brigade repelled an assault. The 47th Mechanized Brigade "
                + "said the U.S. 5th Fleet and CTF 50 were not involved.");
        List<ActorMention> brigade = actors.stream().filter(a -> a.text().equals("47th Mechanized Brigade")).toList();
        assertEquals(2, brigade.size(), actors.toString());
        brigade.forEach(b -> assertEquals(new Actor("47th Mechanized Brigade (Ukraine)", "UKR", "MIL", null, Actor.Kind.GROUP), b.actor()));
        assertNotNull(mention(actors, "Ukraine"), "a possessor stays itself");
        assertEquals("USA", mention(actors, "U.S. 5th Fleet").actor().code(), actors.toString());
        assertNull(mention(actors, "U.S."), "the country word is part of the unit's name");
        assertEquals("MIL", mention(actors, "CTF 50").actor().sector(), actors.toString());
    }

    @Test
    void aCountryOpeningABodysNameIsThatBodysCountry() {
        String text = "The Kenya National Commission on Human Rights blamed police.";
        String name = "Kenya National Commission on Human Rights";
        Document d = Document.builder("t", text, text).build()
                .with(Layers.ENTITIES, List.of(new EntityMention(4, 4 + name.length(), name, "ORGANIZATION")));
        List<ActorMention> actors = resolver.apply(d).layer(Layers.ACTORS);
        ActorMention body = mention(actors, name);
        assertNotNull(body, actors.toString());
        assertEquals("KEN", body.actor().code());
        assertEquals(Actor.Kind.GROUP, body.actor().kind());
        assertNull(mention(actors, "Kenya"), "the name holds no second actor");
    }

    @Test
    void aCountrysGroupNamedByItsAcronymIsTheAcronymsGroup() {
        String text = "Colombia's National Liberation Army (ELN) denied the attack.";
        String name = "National Liberation Army";
        Document d = Document.builder("t", text, text).build().with(Layers.ENTITIES, List.of(
                new EntityMention(text.indexOf(name), text.indexOf(name) + name.length(), name, "ORGANIZATION"),
                new EntityMention(text.indexOf("ELN"), text.indexOf("ELN") + 3, "ELN", "ORGANIZATION")));
        List<ActorMention> actors = resolver.apply(d).layer(Layers.ACTORS);
        assertEquals("REB", actors.get(0).actor().sector(), "no organ of the state: " + actors);
        assertEquals(actors.get(1).actor(), actors.get(0).actor());
    }

    @Test
    void eachNameListedAfterTheVillagesOfIsAPlace() {
        List<ActorMention> actors = resolve("Gunmen stormed the villages of Dogon Daji, Unguwan Rimi and Kofar Gabas on Monday.",
                "Dogon Daji", "Unguwan Rimi", "Kofar Gabas");
        assertNull(mention(actors, "Unguwan Rimi"), actors.toString());
        assertNull(mention(actors, "Kofar Gabas"), actors.toString());
    }

    @Test
    void thePalestinianAuthorityIsAGovernment() {
        ActorMention pa = mention(resolve("The Palestinian Authority condemned the raid."), "Palestinian Authority");
        assertNotNull(pa);
        assertEquals("GOV", pa.actor().sector());
    }

    @Test
    void aPersonsNameOnAnAirportIsNoActor() {
        List<ActorMention> actors = resolve("The Houthis said they had targeted Ben Gurion airport with a missile.", "Ben Gurion");
        assertNull(mention(actors, "Ben Gurion"), actors.toString());
    }
}
