package org.sitrep.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Place;

/**
 * Place names to candidate places: GeoNames cities500 (names, ASCII names, and the Latin-script
 * alternate names of larger places), first-level divisions from country-state-city, countries,
 * and the bundled supplement {@code places.tsv} for what news names and those tables lack.
 */
public final class Gazetteer {
    private static final int ALTERNATE_NAME_MIN_POPULATION = 5000;
    private static final String[] DIVISION_WORDS = {"Governorate", "Province", "Region", "District", "State", "Oblast"};

    private final Map<String, List<Place>> byName = new HashMap<>(400_000);
    private final Countries countries;

    public static Gazetteer load(Countries countries) {
        return new Gazetteer(countries);
    }

    private Gazetteer(Countries countries) {
        this.countries = countries;
        loadCities();
        loadDivisions();
        for (String[] row : ReferenceData.table("/org/sitrep/resolve/places.tsv")) {
            Long id = ReferenceData.field(row, 1) == null ? null : Long.valueOf(row[1]);
            Place place = new Place(id, row[0], Double.parseDouble(row[2]), Double.parseDouble(row[3]),
                    row[4].equals("-") ? null : row[4], row[5], 0);
            // The supplement speaks for the spellings it lists: it replaces whatever else they meant.
            byName.put(key(row[0]), new ArrayList<>(List.of(place)));
            for (String alias : row[6].split(";")) {
                byName.put(key(alias), new ArrayList<>(List.of(place)));
            }
        }
    }

    private void loadCities() {
        try (BufferedReader reader = Files.newBufferedReader(ReferenceData.file("cities500.txt"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 15) {
                    continue;
                }
                long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                Place place = new Place(Long.valueOf(f[0]), f[1], Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                        f[8], f[7], population);
                add(f[1], place);
                add(f[2], place);
                if (population >= ALTERNATE_NAME_MIN_POPULATION || f[7].startsWith("PPLA") || f[7].equals("PPLC")) {
                    for (String alt : f[3].split(",")) {
                        if (isLatin(alt)) {
                            add(alt, place);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Associated Press abbreviations of US states, as news writes them ("Calif."). */
    private static final Map<String, String> US_STATE_ABBREVIATIONS = Map.ofEntries(
            Map.entry("Ala.", "Alabama"), Map.entry("Ariz.", "Arizona"), Map.entry("Ark.", "Arkansas"),
            Map.entry("Calif.", "California"), Map.entry("Colo.", "Colorado"), Map.entry("Conn.", "Connecticut"),
            Map.entry("Del.", "Delaware"), Map.entry("Fla.", "Florida"), Map.entry("Ga.", "Georgia"), Map.entry("Ill.", "Illinois"),
            Map.entry("Ind.", "Indiana"), Map.entry("Kan.", "Kansas"), Map.entry("Ky.", "Kentucky"), Map.entry("La.", "Louisiana"),
            Map.entry("Md.", "Maryland"), Map.entry("Mass.", "Massachusetts"), Map.entry("Mich.", "Michigan"),
            Map.entry("Minn.", "Minnesota"), Map.entry("Miss.", "Mississippi"), Map.entry("Mo.", "Missouri"),
            Map.entry("Mont.", "Montana"), Map.entry("Neb.", "Nebraska"), Map.entry("Nev.", "Nevada"),
            Map.entry("N.H.", "New Hampshire"), Map.entry("N.J.", "New Jersey"), Map.entry("N.M.", "New Mexico"),
            Map.entry("N.Y.", "New York"), Map.entry("N.C.", "North Carolina"), Map.entry("N.D.", "North Dakota"),
            Map.entry("Okla.", "Oklahoma"), Map.entry("Ore.", "Oregon"), Map.entry("Pa.", "Pennsylvania"),
            Map.entry("R.I.", "Rhode Island"), Map.entry("S.C.", "South Carolina"), Map.entry("S.D.", "South Dakota"),
            Map.entry("Tenn.", "Tennessee"), Map.entry("Vt.", "Vermont"), Map.entry("Va.", "Virginia"),
            Map.entry("Wash.", "Washington"), Map.entry("W.Va.", "West Virginia"), Map.entry("Wis.", "Wisconsin"),
            Map.entry("Wyo.", "Wyoming"));

    private void loadDivisions() {
        try {
            JsonNode states = new ObjectMapper().readTree(ReferenceData.file("state.json").toFile());
            for (JsonNode s : states) {
                String name = s.path("name").asText();
                Place place = new Place(null, name, s.path("latitude").asDouble(), s.path("longitude").asDouble(),
                        s.path("countryCode").asText(), "ADM1", 0);
                add(name, place);
                String bare = name;
                for (String word : DIVISION_WORDS) {
                    if (name.endsWith(" " + word)) {
                        bare = name.substring(0, name.length() - word.length() - 1);
                    }
                }
                add(bare, place);
                for (String word : DIVISION_WORDS) {
                    add(bare + " " + word, place);
                }
                if (place.countryCode().equals("US")) {
                    US_STATE_ABBREVIATIONS.forEach((abbreviation, state) -> {
                        if (state.equals(name)) {
                            add(abbreviation, place);
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String name, Place place) {
        if (name == null || name.length() < 2) {
            return;
        }
        List<Place> list = byName.computeIfAbsent(key(name), k -> new ArrayList<>(1));
        if (!list.contains(place)) {
            list.add(place);
        }
    }

    /** Places this name may refer to; countries first. Empty when unknown. */
    public List<Place> candidates(String name) {
        List<Place> out = new ArrayList<>();
        Country country = countries.byName(name);
        if (country == null) {
            // Demonyms name their country as a place too ("Turkish troops crossed into Iraq").
            country = countries.byDemonym(name);
        }
        if (country != null) {
            out.add(country.place());
        }
        out.addAll(byName.getOrDefault(key(name), List.of()));
        return out;
    }

    public Countries countries() {
        return countries;
    }

    static String key(String name) {
        return PhraseMatcher.normalize(name.strip()).replace("'", "").replaceAll("\\s+", " ");
    }

    private static boolean isLatin(String s) {
        if (s.length() < 3) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }

}
