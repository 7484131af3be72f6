package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

class GeocoderTest {
    private static Gazetteer gazetteer;
    private static Geocoder geocoder;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load(Countries.load());
        geocoder = new Geocoder(gazetteer);
    }

    private static Place one(String... names) {
        return geocoder.geocode(List.of(names)).get(0);
    }

    private static void near(Place p, double lat, double lon, double km, String what) {
        assertTrue(p != null && Place.km(p.lat(), p.lon(), lat, lon) <= km, what + ": " + p);
    }

    @Test
    void aTransliterationGeoNamesLacksFindsTheLargerPlaceSpelledAlike() {
        assertEquals("YE", one("Hodeidah").countryCode(), "Al Hudaydah");
        near(one("Qandahar"), 31.6, 65.7, 30, "Kandahar");
        assertNull(one("Bywater"), "an English name does not read as an Arabic one");
        assertNull(one("October"), "'October 6' is no 'October'");
    }

    @Test
    void aPlaceWrittenAsAPossessiveIsAPlaceOfNoteByItsBareName() {
        assertEquals("RU", one("Russia’s").countryCode());
        assertNull(one("McDonald's"), "no small town by a firm's name");
    }

    @Test
    void aCountrysNameIsTheDivisionOfTheCountryTheTextIsAbout() {
        assertEquals("GE", one("Georgia").countryCode(), "alone, the country");
        assertEquals("GE", one("Georgia", "Tbilisi", "Batumi").countryCode());
        Place state = one("Georgia", "Atlanta", "Savannah", "Macon");
        assertEquals("US", state.countryCode(), "among towns of the United States: " + state);
        assertEquals("ADM1", state.featureCode());
    }

    @Test
    void aFrenchNamedDivisionIsFoundByItsEnglishCompassName() {
        assertEquals("Nord-Kivu", one("North Kivu").name());
        assertEquals("Sud-Kivu", one("South Kivu province").name());
    }

    @Test
    void aDivisionWrittenAloneBeatsASmallerTownOfItsName() {
        Place ontario = one("Ontario");
        assertEquals("CA", ontario.countryCode(), "Ontario: " + ontario);
        assertEquals("ADM1", ontario.featureCode());
        assertEquals("AU", one("NSW").countryCode(), "postal code of a division");
    }

    @Test
    void theOtherPlacesOfTheTextChooseAmongNamesakes() {
        near(one("Cambridge", "Ipswich", "Norwich", "Peterborough"), 52.2, 0.12, 30, "Cambridge among East Anglian towns");
        near(one("Cambridge", "Boston", "Worcester", "Springfield"), 42.37, -71.1, 30, "Cambridge among Massachusetts towns");
        near(one("London"), 51.5, -0.13, 30, "London alone is the capital");
    }

    @Test
    void aNameContainingAPlaceIsPlacedThere() {
        near(one("Colchester General Hospital"), 51.89, 0.9, 20, "hospital named after its town");
        near(one("University of California"), 37.2, -119.5, 400, "a division inside the name");
        // Compass words and small towns named like common words are not places inside names.
        assertNull(one("Western Trust Point"), "no place inside");
        near(one("British Embassy Tokyo"), 35.69, 139.7, 30, "an embassy is where its town is, not in its country");
        assertNull(one("Embassy of the Republic of Armenia"), "an embassy with no town named stays unresolved");
        assertEquals("VI", one("U.S. Virgin Islands").countryCode());
    }

    @Test
    void aStreetTheGazetteerLacksIsPlacedAtTheTownTheTextIsAbout() {
        List<Place> places = geocoder.geocode(List.of("New Orleans", "Frenchmen Street", "New Orleans"));
        assertEquals(places.get(0), places.get(1));
        assertNull(geocoder.geocode(List.of("Zqxwv")).get(0), "an unknown name that is no street stays unresolved");
    }

    @Test
    void usCountiesAreKnownByTheirFullNames() {
        near(one("Cuyahoga County"), 41.43, -81.67, 60, "Cuyahoga County, Ohio");
        near(one("Orleans Parish"), 30.0, -90.0, 60, "Louisiana's parishes");
    }

    @Test
    void divisionsWhosePointLiesAbroadArePlacedAtHome() {
        // country-state-city places Kent (England) at Kent, Ohio, Helmand at Baltimore and Hunan in Oklahoma.
        assertTrue(gazetteer.candidates("Kent").stream().noneMatch(p -> p.countryCode().equals("GB") && p.lon() < -30),
                gazetteer.candidates("Kent").toString());
        near(one("Helmand", "Kabul"), 31.6, 64.4, 150, "Helmand, by its towns");
        near(one("Hunan"), 27.6, 111.7, 250, "Hunan, by its towns");
        near(one("Kent", "London", "Norfolk"), 51.2, 0.7, 60, "Kent, by the bundled correction");
    }

    @Test
    void aDivisionNamedByADirectionAloneIsKnownOnlyWithItsDivisionWord() {
        for (String word : List.of("East", "Northern", "Gulf")) {
            assertTrue(gazetteer.candidates(word).stream().noneMatch(Place::isFirstLevelDivision), word + ": " + gazetteer.candidates(word));
        }
        assertTrue(gazetteer.candidates("East Region").stream().anyMatch(p -> "CM".equals(p.countryCode())), "Cameroon's East Region");
        assertTrue(gazetteer.candidates("North West").stream().anyMatch(p -> "ZA".equals(p.countryCode())), "a two-word name stays");
    }

    @Test
    void adjectivesOfCountriesNameThem() {
        assertEquals("PH", one("Philippine").countryCode());
        assertEquals("BA", one("Herzegovinian").countryCode(), "the second of two demonyms");
    }

    @Test
    void aTownIsFoundWithoutItsArabicArticle() {
        // GeoNames spells it "Al Qamishli"; news writes "Qamishli".
        assertTrue(gazetteer.candidates("Qamishli").stream().anyMatch(p -> p.geonameid() == 173377L), gazetteer.candidates("Qamishli").toString());
        assertTrue(gazetteer.candidates("Paso").stream().noneMatch(p -> p.countryCode().equals("US")), "El Paso is not Arabic");
    }

    @Test
    void theSupplementKnowsBasesCrossingsAndCampsTheTablesLack() {
        near(one("Ain al-Asad"), 33.80, 42.44, 20, "the air base in Anbar, not Ain in France");
        near(one("al-Tanf"), 33.49, 38.63, 20, "the garrison at the Syria-Iraq-Jordan border");
        near(one("Bab al-Hawa"), 36.23, 36.67, 20, "the crossing into Idlib");
        assertEquals("IQ", one("Anbar").countryCode(), "Iraq's province, not Ambar in Turkey");
    }
}
