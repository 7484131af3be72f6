package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Layers;
import org.sitrep.model.PlaceMention;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StandardPipeline;

/**
 * Which names become places when the recogniser also calls them actors, and descriptions ("the
 * city") as mentions of the place named before them. The texts are our own.
 */
class PlaceResolutionTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void build() {
        pipeline = StandardPipeline.build(List.of(), LocalDate.of(2026, 11, 22));
    }

    private static PlaceMention place(String text, String words) {
        Document d = pipeline.apply(Document.builder("t", text, text).build());
        return d.layer(Layers.PLACES).stream().filter(p -> p.text().equals(words)).findFirst().orElse(null);
    }

    @Test
    void aPlaceOnlySpelledAlikeMustLieInTheCountryTheTextIsAbout() {
        String text = "GUSAU, Nigeria - Bandits abducted 40 people in a raid on Kairu village in Zamfara state, police in Nigeria said.";
        PlaceMention village = place(text, "Kairu");
        assertTrue(village == null || "NG".equals(village.place().countryCode()), "no Cairo for a Nigerian village: " + village);
        assertEquals("EG", place("Protesters gathered in Kairo on Friday.", "Kairo").place().countryCode(), "a spelling of the place's own stays");
        PlaceMention port = place("Israeli jets hit targets in Hodeidah in western Yemen after a missile fired from Sanaa landed in Tel Aviv. "
                + "Sirens sounded in Haifa, Netanya and Jerusalem.", "Hodeidah");
        assertNotNull(port, "spelled alike, in a country the text names though another dominates");
        assertEquals("YE", port.place().countryCode());
    }

    @Test
    void aTownSaidToLieInACountryOrDivisionIsOneThere() {
        assertNull(place("Armed youths overran an army base in the town of Nasir in South Sudan's Upper Nile state.", "Nasir"),
                "South Sudan has no Nasir in the gazetteer; a Khartoum suburb once called so is no answer");
        assertNull(place("Fighting in Nasir went on. Armed youths overran an army base in the town of Nasir in South Sudan's Upper Nile state.",
                "Nasir"), "the same town wherever the article names it");
        Document d = pipeline.apply(Document.builder("t", "Fighting in Nasir went on. Youths overran a base in Nasir in South Sudan.",
                "Fighting in Nasir went on. Youths overran a base in Nasir in South Sudan.").build());
        assertTrue(d.layer(Layers.ACTORS).stream().noneMatch(a -> a.text().equals("Nasir")), "a town the gazetteer lacks is no actor");
        assertEquals("US", place("A tornado struck Paris, Texas on Monday.", "Paris").place().countryCode());
        assertEquals("PS", place("Strikes continued in Gaza, Lebanon and Syria, officials said.", "Gaza").place().countryCode(),
                "a comma parting a list's items");
    }

    @Test
    void aDescriptionStandsForThePlaceOfItsKindNamedJustBefore() {
        PlaceMention city = place("Government jets struck Aleppo in Syria on Monday. Thousands fled the divided city overnight.", "the divided city");
        assertNotNull(city);
        assertEquals("Aleppo", city.place().name());
        PlaceMention country = place("Government jets struck Aleppo in Syria on Monday. Aid groups said the country needs help.", "the country");
        assertNotNull(country);
        assertEquals("SY", country.place().countryCode());
        assertEquals(true, country.place().isCountry());
    }

    @Test
    void aCapitalIsACapitalAndANationalityNoCountryToNameAgain() {
        assertNull(place("Gangs attacked the town of Mirebalais. The coalition, which controls most of the capital, claimed it.", "the capital"),
                "a town is no capital");
        assertEquals("Port-au-Prince", place("Gangs attacked Port-au-Prince on Monday. Thousands fled the capital.", "the capital").place().name());
        assertNull(place("The junta has turned to Russian mercenaries after ordering French troops out of the country.", "the country"),
                "the mercenaries' nationality is not the country they were ordered out of");
    }

    @Test
    void aTownIsNoCapitalNorWhereSomeoneFledTo() {
        assertNull(place("MOGADISHU, April 15 (Sitrep) - Troops withdrew on Tuesday. Officials said they would retake the town.", "the town"),
                "a national capital is no town");
        assertNull(place("Militants attacked the town, said an elder who fled to Beledweyne. Troops would retake the town.", "the town"),
                "where the elder fled is not the town the story is about");
        PlaceMention region = place("Al Shabaab captured a town in central Somalia's Hiiraan region on Tuesday.", "Hiiraan region");
        assertNotNull(region, "a division spelled as its transliteration");
        assertEquals("Hiran", region.place().name());
    }

    @Test
    void aMonthIsNoTownOfItsName() {
        assertNull(place("Israel resumed its offensive in Gaza in March after the truce collapsed.", "March"));
        assertNotNull(place("Israel resumed its offensive in Gaza in March after the truce collapsed.", "Gaza"));
    }

    @Test
    void aDescriptionThatNamesItsPlaceOrHasNoneBeforeIsLeftAlone() {
        assertNull(place("Fighters reached the city of Raqqa on Monday.", "the city"));
        assertNull(place("Thousands fled the city overnight, aid groups said.", "the city"));
        assertNull(place("Jets struck Aleppo on Monday. Rain fell for days. Roads flooded. Schools shut. Thousands fled the city.", "the city"),
                "named too long before");
    }

    @Test
    void aTownNamedAsAPlaceInAnArticleIsThatPlaceEveryTimeAndNoSide() {
        String text = "Regime airstrikes killed twelve civilians in Douma on Sunday. The regime shelled Douma again on Monday.";
        Document d = pipeline.apply(Document.builder("t", text, text).build());
        assertEquals(2, d.layer(Layers.PLACES).stream().filter(p -> p.text().equals("Douma")).count(), d.layer(Layers.PLACES).toString());
        assertEquals(List.of(), d.layer(Layers.ACTORS).stream().filter(a -> a.text().contains("Douma")).toList());
        String airport = "Iranian troops landed at the Bassel al-Assad International Airport near Jableh on Monday.";
        Document landing = pipeline.apply(Document.builder("t", airport, airport).build());
        assertEquals(List.of(), landing.layer(Layers.ACTORS).stream().filter(a -> a.text().contains("Assad")).toList(),
                "a name in a place's name is no side");
    }

    @Test
    void aPossessivePlaceIsTheBareName() {
        PlaceMention kenya = place("Cholera spread through a camp in Kenya’s north-east.", "Kenya");
        assertNotNull(kenya, "the place without its possessive");
        assertEquals("KE", kenya.place().countryCode());
        PlaceMention russia = place("Deputies in Russia’s lower house voted on Monday.", "Russia");
        assertNotNull(russia, "a possessive the recogniser kept in the name");
        assertEquals("RU", russia.place().countryCode());
    }

    @Test
    void aPlaceOwnedByAPlaceIsThePlaceAndItsOwnerBoth() {
        String text = "Jets bombed a village in Myanmar's Sagaing region on Sunday.";
        assertEquals("Sagaing Region", place(text, "Sagaing region").place().name());
        assertEquals("MM", place(text, "Myanmar").place().countryCode());
        assertNull(place("Fishermen gathered at Estey's Bridge on Sunday.", "Bridge"), "an owner that is no place owns no place");
    }

    @Test
    void aTownTakenForAnOrganisationIsStillWhereOneGoes() {
        PlaceMention homs = place("The group sent 500 fighters to Homs in May, officials said.", "Homs");
        assertNotNull(homs, "to Homs");
        assertEquals("SY", homs.place().countryCode());
    }

    @Test
    void aDivisionTheGazetteerLacksIsTheTownItIsNamedAfter() {
        assertEquals("Dera Ismail Khan", place("Militants attacked a police station in Dera Ismail Khan district on Friday.",
                "Dera Ismail Khan").place().name());
        assertEquals("Idlib Governorate", place("Jets struck villages in Idlib province on Friday.", "Idlib province").place().name());
    }

    @Test
    void aTownTheRecogniserTookForSomeoneIsWhereAnAttackGoes() {
        assertEquals("CD", place("M23 rebels attacked Sake on Wednesday.", "Sake").place().countryCode());
        assertEquals("SY", place("Rebels stormed Kafr Nabl on Wednesday.", "Kafr Nabl").place().countryCode());
    }

    @Test
    void anOrganisationTheTableKnowsIsNoPlace() {
        assertNull(place("Iran sent weapons to Hamas on Monday.", "Hamas"), "a group of the table, though a town shares its spelling");
        assertNull(place("Ethiopia agreed to open its borders to UN peacekeepers on Monday.", "UN"));
        assertNull(place("The Pentagon said on Monday that two drones were shot down.", "Pentagon"));
    }

    @Test
    void aPlaceNamedOnceIsThatPlaceWhereverTheArticleNamesItAgain() {
        String text = "Rebels seized the town of Sake on Thursday. Shells landed on a camp outside Sake the day before. "
                + "The Sake Times said little.";
        Document d = pipeline.apply(Document.builder("t", text, text).build());
        List<Integer> starts = d.layer(Layers.PLACES).stream().filter(p -> p.text().equals("Sake")).map(PlaceMention::start).toList();
        assertEquals(List.of(text.indexOf("Sake"), text.indexOf("outside Sake") + "outside ".length()), starts,
                "not inside a longer name");
        assertEquals("Goma", place("The rebels stopped 25 km west of Goma on Sunday.", "Goma").place().name());
    }

    @Test
    void aPrepositionOpeningTheSentenceStillSaysWhere() {
        PlaceMention raqqa = place("Near Ar Raqqah, one strike destroyed a fighting position.", "Ar Raqqah");
        assertNotNull(raqqa, "the recogniser took only 'Raqqah', and for a person");
        assertEquals("SY", raqqa.place().countryCode());
    }

    @Test
    void aCountryInsideAGroupsKnownNameIsNoPlace() {
        assertNull(place("Fighters of the Islamic State of Iraq and Levant attacked Kobani.", "Iraq"), "part of the group's name");
        assertNotNull(place("Fighters of the Islamic State attacked Kobani and entered Iraq.", "Iraq"));
    }

    @Test
    void congoIsTheCongoTheTextNamesElseTheOneNewsMeans() {
        assertEquals("CD", place("M23 rebels advanced on Goma in eastern Congo on Monday.", "Congo").place().countryCode());
        String text = "Ebola killed nine people in the Republic of Congo. The government of Congo announced a quarantine.";
        assertEquals("CG", place(text, "Congo").place().countryCode());
        Document d = pipeline.apply(Document.builder("t", text, text).build());
        List<String> codes = d.layer(Layers.ACTORS).stream().filter(a -> a.text().equals("Congo")).map(a -> a.actor().code()).toList();
        assertEquals(List.of("COG"), codes, "the state is the country its name was read as");
    }

    @Test
    void aStateNamedWithItsWordIsTheProvince() {
        PlaceMention kaduna = place("Gunmen stormed a church in Kaduna state on Sunday.", "Kaduna state");
        assertNotNull(kaduna);
        assertEquals("ADM1", kaduna.place().featureCode());
    }

    @Test
    void aBuildingNamedForACountryStandsWhereTheTextIs() {
        PlaceMention hospital = place("A drone struck El Fasher on Friday. Doctors at the Saudi Hospital said they had received 31 wounded.", "Saudi Hospital");
        assertTrue(hospital == null || !hospital.place().isCountry(), String.valueOf(hospital));
    }
}
