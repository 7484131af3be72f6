package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Place;

/**
 * Toponyms to gazetteer entries, each read in the light of the others named in the same text.
 *
 * <p>Among a name's candidates it prefers countries and areas above them, then the larger place
 * (a first-level division counts as a large one), the place whose own name is the one written,
 * places in the countries the text is about, and places near the other places it names. A name
 * the gazetteer lacks that contains a place's name ("Colchester General Hospital", "University of
 * California") is placed there; a street or building the gazetteer lacks and that names no place
 * ("Frenchmen Street") is placed at the town the text is about, since such features are local.
 * Anything else stays unresolved rather than getting a far-away guess.
 */
public final class Geocoder {
    /** Head words of streets, buildings and other features too small for a gazetteer of towns. */
    private static final Set<String> LOCAL_FEATURE_HEADS = Set.of(
            "street", "st.", "avenue", "ave.", "road", "rd.", "drive", "boulevard", "lane", "way", "square", "parade", "row",
            "bridge", "hospital", "clinic", "centre", "center", "hall", "court", "courthouse", "church", "cathedral", "chapel",
            "basilica", "mosque", "temple", "synagogue", "school", "college", "university", "academy", "institute", "library",
            "museum", "theatre", "theater", "stadium", "arena", "park", "gardens", "market", "mall", "hotel", "inn",
            "restaurant", "prison", "jail", "station", "airport", "office", "embassy", "consulate", "council", "estate",
            "farm", "farms", "club", "castle", "palace", "tower", "plantation", "campus", "complex", "canal", "cemetery",
            "graveyard", "racecourse", "house", "building", "plaza", "terminal", "port", "harbor", "harbour", "base", "camp");
    /** Words that name a direction or a kind of place, and small towns somewhere, but never the place inside a longer name. */
    private static final Set<String> COMPASS_WORDS = Set.of("north", "south", "east", "west", "northern", "southern", "eastern",
            "western", "central", "upper", "lower", "new", "old", "great", "greater", "city", "county", "valley", "coast", "point",
            "river", "lake", "mount", "island", "islands", "bay", "delta", "gulf", "national", "international", "world", "royal", "saint",
            "union", "republic", "state", "states", "united", "kingdom", "federation", "federal");
    private static final Pattern EMBASSY = Pattern.compile("(?i)\\b(embassy|consulate|high commission)\\b");
    /** The share of a text's unambiguous place names in one country that makes it the country the text is about. */
    private static final double DOMINANT_SHARE = 0.5;
    /** A town inside a longer name must be this large: small towns share their names with too much else. */
    private static final long CONTAINED_TOWN_MIN_POPULATION = 10_000;
    /** How many kilometres count as near another place the text names, and the bonus at each distance. */
    private static final double[][] NEARNESS_BONUS = {{50, 1.5}, {200, 1}, {800, 0.5}};

    private final Gazetteer gazetteer;

    public Geocoder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The name as written, or the place name inside it that the gazetteer knows, and that name's candidates. */
    private record Reading(String name, String key, List<Place> candidates, boolean own, boolean alike) {
        static final Reading NONE = new Reading("", "", List.of(), false, false);
    }

    /** One place for each name, or null where the gazetteer knows neither it nor a place inside it. */
    public List<Place> geocode(List<String> names) {
        List<Reading> readings = names.stream().map(this::read).toList();
        Map<String, Double> countryShares = countryShares(readings);
        List<Place> alone = new ArrayList<>();
        for (Reading r : readings) {
            alone.add(best(r, countryShares, List.of()));
        }
        List<Place> out = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            out.add(best(readings.get(i), countryShares, neighbours(alone, readings, i)));
        }
        List<Place> written = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (readings.get(i).own() && out.get(i) != null) {
                written.add(out.get(i));
            }
        }
        Place focus = focus(written);
        for (int i = 0; i < names.size(); i++) {
            // "the Saudi Hospital in El Fasher", "the Turkish Embassy": a country naming a building is not where it stands.
            boolean namedForACountry = out.get(i) != null && !readings.get(i).own() && (out.get(i).isCountry() || out.get(i).isAboveCountries());
            if ((out.get(i) == null || namedForACountry) && isLocalFeature(names.get(i))) {
                out.set(i, focus);
            }
        }
        return out;
    }

    /**
     * The place of this name inside the given country ("Paris" written "Paris, Texas"), or null
     * when the country has none of that name ("Nasir in South Sudan" is no Khartoum suburb once called so).
     */
    public Place within(String name, String countryCode) {
        Reading r = read(name);
        return r.candidates().stream().filter(p -> countryCode.equals(p.countryCode()))
                .max(Comparator.comparingDouble(p -> score(r.key(), p, Map.of(), List.of()))).orElse(null);
    }

    /** A street, building or other local feature by its last word ("Royal Street", "Alder Hey Children's Hospital"). */
    public static boolean isLocalFeature(String name) {
        String[] words = name.trim().split("\\s+");
        return words.length > 1 && LOCAL_FEATURE_HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /** Whether the gazetteer knows this name itself (not only a place inside it). */
    public boolean knows(String name) {
        return !ownCandidates(name).isEmpty();
    }

    private Reading read(String name) {
        List<Place> own = ownCandidates(name);
        return own.isEmpty() ? contained(name) : new Reading(name, Gazetteer.key(name), own, true, gazetteer.onlySpelledAlike(name));
    }

    /**
     * The places the name itself may be; written as a possessive ("Russia’s lower house", where the
     * recogniser kept the curly apostrophe in the name), a place of note by the bare name: "McDonald's" is no town's.
     */
    private List<Place> ownCandidates(String name) {
        List<Place> own = gazetteer.candidates(name);
        Matcher possessive = POSSESSIVE.matcher(name);
        if (own.isEmpty() && possessive.find()) {
            String bare = name.substring(0, possessive.start());
            String key = Gazetteer.key(bare);
            return gazetteer.candidates(bare).stream().filter(p -> isSubstantial(p, key)).toList();
        }
        return own;
    }

    static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    /**
     * The longest run of capitalised words inside the name that names a country, a division or a
     * town of some size, less feature and compass words ("Western", "City", "Point" name small
     * towns somewhere); of equally long runs, the one naming the likeliest place ("Dubai World Cup"
     * is in Dubai).
     */
    private Reading contained(String name) {
        String[] words = name.trim().split("\\s+");
        // A country inside an embassy's name owns it ("Russian Embassy", "Embassy of Armenia"); the
        // embassy stands in another country, so only a town in its name places it ("British Embassy Tokyo").
        boolean abroad = EMBASSY.matcher(name).find();
        for (int length = words.length - 1; length >= 1; length--) {
            Reading best = null;
            double bestSize = -1;
            for (int from = 0; from + length <= words.length; from++) {
                if (!isPlaceNamePart(words, from, length)) {
                    continue;
                }
                String phrase = String.join(" ", Arrays.copyOfRange(words, from, from + length));
                if (abroad && namesACountry(phrase)) {
                    continue;
                }
                String key = Gazetteer.key(phrase);
                List<Place> c = gazetteer.candidates(phrase).stream().filter(p -> isSubstantial(p, key)).toList();
                double size = c.stream().mapToDouble(p -> score(key, p, Map.of(), List.of())).max().orElse(-1);
                if (!c.isEmpty() && size > bestSize) {
                    best = new Reading(phrase, key, c, false, false);
                    bestSize = size;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return Reading.NONE;
    }

    private boolean namesACountry(String phrase) {
        Countries countries = gazetteer.countries();
        return countries.byName(phrase) != null || countries.byDemonym(phrase) != null;
    }

    /**
     * A country, a division, an entry of the supplement, or a town of some size called by its own
     * name: alternate names in other languages collide with English words ("Bains", "World").
     */
    private static boolean isSubstantial(Place p, String phraseKey) {
        return p.isCountry() || p.isAboveCountries() || p.isFirstLevelDivision() || p.geonameid() == null
                || p.population() >= CONTAINED_TOWN_MIN_POPULATION && Gazetteer.key(p.name()).equals(phraseKey);
    }

    private static boolean isPlaceNamePart(String[] words, int from, int length) {
        for (int i = from; i < from + length; i++) {
            String w = words[i];
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || LOCAL_FEATURE_HEADS.contains(lower) || COMPASS_WORDS.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    /** Each country's share of the names whose every candidate lies in that one country. */
    private static Map<String, Double> countryShares(List<Reading> readings) {
        Map<String, Double> votes = new HashMap<>();
        int total = 0;
        for (Reading r : readings) {
            List<Place> c = r.candidates();
            if (!r.alike() && !c.isEmpty() && c.get(0).countryCode() != null && c.stream().map(Place::countryCode).distinct().count() == 1) {
                votes.merge(c.get(0).countryCode(), 1.0, Double::sum);
                total++;
            }
        }
        int n = total;
        votes.replaceAll((country, v) -> v / n);
        return votes;
    }

    /**
     * The places chosen on their own for the other names written as such: towns, cities and
     * divisions, not countries and larger areas whose points say little, nor places only contained
     * in a longer name.
     */
    private static List<Place> neighbours(List<Place> alone, List<Reading> readings, int self) {
        List<Place> out = new ArrayList<>();
        for (int j = 0; j < alone.size(); j++) {
            Place p = alone.get(j);
            if (p != null && (p.isPopulatedPlace() || p.isFirstLevelDivision() || p.isCounty()) && readings.get(j).own()
                    && !readings.get(j).key().equals(readings.get(self).key())) {
                out.add(p);
            }
        }
        return out;
    }

    private static Place best(Reading r, Map<String, Double> countryShares, List<Place> neighbours) {
        Place best = r.candidates().stream().max(Comparator.comparingDouble(p -> score(r.key(), p, countryShares, neighbours))).orElse(null);
        // "Kairu village" in a report from Zamfara is no Cairo: a place only spelled alike must lie in the country the text is
        // about, or one it names too ("the port of Hodeidah in western Yemen" in a report about Israel's strikes).
        if (best != null && r.alike() && countryShares.getOrDefault(best.countryCode(), 0.0) == 0 && countryShares.entrySet().stream()
                .anyMatch(e -> e.getValue() >= DOMINANT_SHARE && !e.getKey().equals(best.countryCode()))) {
            return null;
        }
        if (best != null && best.isCountry() && countryShares.getOrDefault(best.countryCode(), 0.0) == 0) {
            // "Georgia" in a text about Atlanta and Savannah: the division of the country the text is
            // mostly about, when nothing else in the text points to the country of that name.
            return r.candidates().stream()
                    .filter(p -> p.isFirstLevelDivision() && countryShares.getOrDefault(p.countryCode(), 0.0) >= DOMINANT_SHARE)
                    .findFirst().orElse(best);
        }
        return best;
    }

    /**
     * Countries first, since a country's own name means the country far more often than the towns
     * that share it; then size on a log scale, where a first-level division counts as large; the
     * context bonuses break near ties but do not outweigh a city a hundred times larger (London,
     * England against London, Kentucky).
     */
    private static double score(String nameKey, Place p, Map<String, Double> countryShares, List<Place> neighbours) {
        double score = size(p);
        if (p.isCountry()) {
            score += 25;
        }
        if (p.isAboveCountries()) {
            score += 20;
        }
        if (Gazetteer.key(p.name()).equals(nameKey)) {
            score += 3;
        }
        if ("PPLC".equals(p.featureCode()) || "PPLA".equals(p.featureCode())) {
            score += 1;
        }
        Double share = p.countryCode() == null ? null : countryShares.get(p.countryCode());
        if (share != null) {
            score += 2 * share;
        }
        double nearest = neighbours.stream().mapToDouble(p::kmTo).min().orElse(Double.MAX_VALUE);
        for (double[] tier : NEARNESS_BONUS) {
            if (nearest <= tier[0]) {
                score += tier[1];
                break;
            }
        }
        return score;
    }

    /**
     * Population on a log scale; a first-level division, whose population the tables lack, counts
     * as a large city. Counties count for a third: dozens share a name, and the text's other places
     * say more about which is meant than their sizes do.
     */
    private static double size(Place p) {
        double size = p.population() > 0 ? Math.log10(p.population() + 10) : p.isFirstLevelDivision() ? 6.5 : 1;
        return p.isCounty() ? size / 3 : size;
    }

    /** The town the text names most (the first of equals), else the division it names most; null if neither. */
    private static Place focus(List<Place> places) {
        Place town = mostNamed(places.stream().filter(Place::isPopulatedPlace).toList());
        return town != null ? town : mostNamed(places.stream().filter(Place::isFirstLevelDivision).toList());
    }

    private static Place mostNamed(List<Place> places) {
        Map<Place, Integer> counts = new HashMap<>();
        places.forEach(p -> counts.merge(p, 1, Integer::sum));
        Place best = null;
        for (Place p : places) {
            if (best == null || counts.get(p) > counts.get(best)) {
                best = p;
            }
        }
        return best;
    }
}
