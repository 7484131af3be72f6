package org.sitrep.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    /** The supplement's names and spellings, which text may use without a preposition or a recogniser's tag. */
    private final PhraseMatcher<Place> curated = new PhraseMatcher<>();
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
            curated.add(row[0], place);
            for (String alias : row[6].split(";")) {
                byName.put(key(alias), new ArrayList<>(List.of(place)));
                curated.add(alias, place);
            }
        }
    }

    private void loadCities() {
        List<String> lines;
        try {
            lines = Files.readAllLines(ReferenceData.file("cities500.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Parsing and name keys run on every core; the index is filled in file order, so it is the same every load.
        for (List<Named> names : lines.parallelStream().map(Gazetteer::cityNames).toList()) {
            for (Named n : names) {
                addKeyed(n.key(), n.place());
            }
        }
    }

    private record Named(String key, Place place) {}

    /** The names one line of cities500 gives its place, keyed; empty for a malformed line. */
    private static List<Named> cityNames(String line) {
        String[] f = line.split("\t", -1);
        if (f.length < 15) {
            return List.of();
        }
        long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        Place place = new Place(Long.valueOf(f[0]), f[1], Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[8], f[7], population);
        List<Named> names = new ArrayList<>();
        names.add(new Named(key(f[1]), place));
        names.add(new Named(key(f[2]), place));
        if (population >= ALTERNATE_NAME_MIN_POPULATION || f[7].startsWith("PPLA") || f[7].equals("PPLC")) {
            for (String alt : f[3].split(",")) {
                if (isLatin(alt)) {
                    names.add(new Named(key(alt), place));
                }
            }
        }
        names.removeIf(n -> n.key().length() < 2);
        return names;
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
        if (name != null && name.length() >= 2) {
            addKeyed(key(name), place);
        }
    }

    private void addKeyed(String key, Place place) {
        List<Place> list = byName.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(place)) {
            list.add(place);
        }
    }

    /** Where the text names a place of the curated supplement ("Bou Kamal", "Hmeimim"), capitalised as a name. */
    public List<PhraseMatcher.Match<Place>> curatedNames(String text) {
        return curated.find(text).stream().filter(m -> Character.isUpperCase(text.charAt(m.start()))).toList();
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

    /** {@link PhraseMatcher#normalize}'s reading without apostrophes, runs of spaces as one: in one pass, as it runs a million times a load. */
    static String key(String name) {
        String normalized = PhraseMatcher.normalize(name);
        StringBuilder out = new StringBuilder(normalized.length());
        boolean space = false;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == '\'') {
                continue;
            }
            if (c == ' ') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isLatin(String s) {
        if (s.length() < 3) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // Below U+0250 every letter is Latin; only the rest needs the script lookup.
            if (c >= 0x250 && Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }

}
