package org.sitrep.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.model.Place;

/**
 * Place names to candidate places: GeoNames cities500 (names, ASCII names, and the Latin-script
 * alternate names of larger places), first-level divisions from country-state-city, countries,
 * and the bundled supplement {@code places.tsv} for what news names and those tables lack.
 */
public final class Gazetteer {
    private static final int ALTERNATE_NAME_MIN_POPULATION = 5000;
    private static final String[] DIVISION_WORDS = {"Governorate", "Province", "Region", "District", "State", "Oblast"};
    /** Divisions' names that alone are directions or common words ("North", "Western", "Gulf", "Littoral"). */
    private static final Set<String> GENERIC_DIVISION_WORDS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "centre", "center", "northeast", "northwest", "southeast", "southwest", "gulf",
            "coast", "littoral", "capital", "islands", "lakes");

    private final Map<String, List<Place>> byName;
    /**
     * The larger places of lands whose names reach English in many transliterations, by {@link
     * #skeleton}: built on a thread of its own after the names are in (a third of a second, cold),
     * and waited for only by a name the gazetteer does not know as written.
     */
    private final CompletableFuture<Map<String, List<Place>>> bySkeleton;
    /** The supplement's names and spellings, which text may use without a preposition or a recogniser's tag. */
    private final PhraseMatcher<Place> curated = new PhraseMatcher<>();
    private final Countries countries;

    public static Gazetteer load(Countries countries) {
        return new Gazetteer(countries);
    }

    private Gazetteer(Countries countries) {
        this(countries, GazetteerCache.fileFor(List.of(ReferenceData.file("cities500.txt"), ReferenceData.file("state.json"),
                ReferenceData.file("city.json"), ReferenceData.file("counties-10m.json"))));
    }

    /** @param index where the index built from the reference files is kept between loads (null: nowhere) */
    Gazetteer(Countries countries, Path index) {
        this.countries = countries;
        // The index read back is the gazetteer's own map, not copied into another.
        Optional<Map<String, List<Place>>> cached = GazetteerCache.read(index);
        byName = cached.orElseGet(() -> new HashMap<>(1 << 20));
        if (cached.isEmpty()) {
            loadReferenceFiles();
            GazetteerCache.write(index, byName);
        }
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
        bySkeleton = CompletableFuture.supplyAsync(this::skeletonIndex);
    }

    /** cities500, the first-level divisions (placed with the help of their towns) and the US counties. */
    private void loadReferenceFiles() {
        // The two JSON tables parse on a thread of their own while cities500 is read.
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "gazetteer-json");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<JsonNode> states = reader.submit(() -> new ObjectMapper().readTree(ReferenceData.file("state.json").toFile()));
            Future<Map<String, List<double[]>>> divisionTowns = reader.submit(Gazetteer::readDivisionTowns);
            Future<List<County>> counties = reader.submit(Gazetteer::readUsCounties);
            Towns towns = loadCities();
            loadDivisions(states.get(), divisionTowns.get(), towns);
            addUsCounties(counties.get(), towns);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the gazetteer", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? new UncheckedIOException(io) : new IllegalStateException(e.getCause());
        } finally {
            reader.shutdown();
        }
    }

    /**
     * What loading the towns tells the later tables: per country (alpha-2) the box around its towns
     * ({min lat, max lat, min lon, max lon}), and the US towns by one-degree cell.
     */
    private record Towns(Map<String, double[]> countryBounds, Map<Long, List<Place>> usTowns) {}

    private Towns loadCities() {
        Towns towns = new Towns(new HashMap<>(), new HashMap<>());
        List<List<Named>> parsed;
        // Files.lines splits a UTF-8 file for parallel reading: reading, parsing and name keys run on every core.
        try (Stream<String> lines = Files.lines(ReferenceData.file("cities500.txt"), StandardCharsets.UTF_8)) {
            parsed = lines.parallel().map(Gazetteer::cityNames).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The index is filled in file order, so it is the same every load.
        for (List<Named> names : parsed) {
            for (Named n : names) {
                addKeyed(n.key(), n.place());
            }
            if (!names.isEmpty()) {
                Place p = names.get(0).place();
                if (p.countryCode().equals("US")) {
                    towns.usTowns().computeIfAbsent(gridCell(p.lat(), p.lon()), c -> new ArrayList<>()).add(p);
                }
                extend(towns.countryBounds().computeIfAbsent(p.countryCode(), c -> emptyBox()), p.lat(), p.lat(), p.lon(), p.lon());
            }
        }
        return towns;
    }

    /**
     * Where a division lies: its own point if that is within a degree of the box around its
     * country's towns, else the median of its towns' points. Some division points in
     * country-state-city are those of a namesake abroad (Helmand at Baltimore, Hunan in Oklahoma,
     * Kent, England at Kent, Ohio), while its towns are placed right; null when neither places it
     * (then {@code division-points.tsv} may), since a far-away point would be a wrong answer.
     */
    private static double[] divisionPoint(JsonNode division, List<double[]> itsTowns, Towns towns) {
        String country = division.path("countryCode").asText();
        double lat = division.path("latitude").asDouble();
        double lon = division.path("longitude").asDouble();
        if (!division.path("latitude").asText().isEmpty() && insideItsCountry(lat, lon, country, towns)) {
            return new double[] {lat, lon};
        }
        List<double[]> inside = itsTowns.stream().filter(t -> insideItsCountry(t[0], t[1], country, towns)).toList();
        return inside.isEmpty() ? null : new double[] {median(inside, 0), median(inside, 1)};
    }

    private static double median(List<double[]> points, int axis) {
        double[] values = points.stream().mapToDouble(p -> p[axis]).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    /** The towns of country-state-city by "country/division code": rows of [name, country, division, lat, lon]. */
    private static Map<String, List<double[]>> readDivisionTowns() throws IOException {
        Map<String, List<double[]>> out = new HashMap<>();
        for (JsonNode town : new ObjectMapper().readTree(ReferenceData.file("city.json").toFile())) {
            if (town.size() >= 5) {
                out.computeIfAbsent(town.path(1).asText() + "/" + town.path(2).asText(), k -> new ArrayList<>())
                        .add(new double[] {town.path(3).asDouble(), town.path(4).asDouble()});
            }
        }
        return out;
    }

    /** Whether a point lies within a degree of the box around its country's towns. */
    private static boolean insideItsCountry(double lat, double lon, String country, Towns towns) {
        double[] b = towns.countryBounds().get(country);
        return b == null || lat >= b[0] - 1 && lat <= b[1] + 1 && lon >= b[2] - 1 && lon <= b[3] + 1;
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
        Matcher article = ARABIC_ARTICLE.matcher(f[2]);
        if (ARABIC_SPEAKING.contains(f[8]) && article.matches()) {
            names.add(new Named(key(article.group(1)), place)); // news drops the article: "Qamishli" for Al Qamishli
        }
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

    /** The Arabic article as transliterations write it: "al", "ar", "ash", "el", … */
    private static final List<String> ARABIC_ARTICLES = List.of("al", "el", "ar", "as", "ash", "ad", "adh", "az", "an", "at", "ath");
    /** A place name that opens with the Arabic article, transliterated: "Al Qamishli", "Ar Raqqah", "Ash Shaddadi". */
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("(?:" + String.join("|", ARABIC_ARTICLES.stream()
            .map(a -> Character.toUpperCase(a.charAt(0)) + a.substring(1)).toList()) + ")[ -](\\p{L}[\\p{L}' -]{3,})");
    private static final Set<String> ARABIC_SPEAKING = Set.of("SY", "IQ", "JO", "LB", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "EG",
            "LY", "TN", "DZ", "MA", "SD", "PS", "MR");

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

    /** Countries whose news writes divisions by their postal codes ("NSW", "B.C.", "NJ"). */
    private static final Set<String> POSTAL_CODE_COUNTRIES = Set.of("US", "CA", "AU");
    /** Postal codes that are also words or other names' usual abbreviations ("LA" is Los Angeles, "Al" an Arabic article). */
    private static final Set<String> POSTAL_CODES_THAT_ARE_WORDS = Set.of("IN", "OR", "ME", "HI", "OK", "ID", "DE", "AL", "CO", "PA", "MA", "LA", "MO");

    private void loadDivisions(JsonNode states, Map<String, List<double[]>> divisionTowns, Towns towns) {
        Map<String, double[]> corrected = new HashMap<>();
        for (String[] row : ReferenceData.table("/org/sitrep/resolve/division-points.tsv")) {
            corrected.put(row[0] + "/" + row[1], new double[] {Double.parseDouble(row[3]), Double.parseDouble(row[4])});
        }
        for (JsonNode s : states) {
            String name = s.path("name").asText();
            String country = s.path("countryCode").asText();
            String division = country + "/" + s.path("isoCode").asText();
            double[] point = Optional.ofNullable(divisionPoint(s, divisionTowns.getOrDefault(division, List.of()), towns))
                    .orElse(corrected.get(division));
            if (point == null) {
                continue;
            }
            Place place = new Place(null, name, point[0], point[1], country, "ADM1", 0);
            String bare = name;
            for (String word : DIVISION_WORDS) {
                if (name.endsWith(" " + word)) {
                    bare = name.substring(0, name.length() - word.length() - 1);
                }
            }
            // "East", "Northern", "Gulf": alone such a name is a direction or a word, not Cameroon's
            // East Region, so it is known only with its division word ("North West" is a name).
            boolean wordsOnly = GENERIC_DIVISION_WORDS.contains(bare.toLowerCase(Locale.ROOT));
            if (!wordsOnly || !name.equals(bare)) {
                add(name, place);
            }
            // "Nord-Kivu" and "Sud-Ubangi" are "North Kivu" and "South Ubangi" in English news; "Republic of Dagestan" is "Dagestan", and "Autonomous Republic of Crimea" "Crimea".
            String english = bare.replaceFirst("^Nord[- ]", "North ").replaceFirst("^Sud[- ]", "South ").replaceFirst("^(?:Autonomous )?Republic of ", "");
            for (String form : new LinkedHashSet<>(List.of(bare, english))) {
                if (!wordsOnly) {
                    add(form, place);
                }
                for (String word : DIVISION_WORDS) {
                    add(form + " " + word, place);
                }
            }
            if (place.countryCode().equals("US")) {
                US_STATE_ABBREVIATIONS.forEach((abbreviation, state) -> {
                    if (state.equals(name)) {
                        add(abbreviation, place);
                    }
                });
            }
            String code = s.path("isoCode").asText();
            if (POSTAL_CODE_COUNTRIES.contains(place.countryCode()) && code.matches("[A-Z]{2,3}")
                    && !POSTAL_CODES_THAT_ARE_WORDS.contains(code)) {
                add(code, place);
                if (code.length() == 2) {
                    add(code.charAt(0) + "." + code.charAt(1) + ".", place);
                }
            }
        }
    }

    /** A county's name as news writes it ("Orange County", "Orleans Parish") and its box: {min lat, max lat, min lon, max lon}. */
    private record County(String name, double[] box) {}

    private static List<County> readUsCounties() throws IOException {
        JsonNode atlas = new ObjectMapper().readTree(ReferenceData.file("counties-10m.json").toFile());
        double[] scale = {atlas.path("transform").path("scale").path(0).asDouble(), atlas.path("transform").path("scale").path(1).asDouble()};
        double[] translate = {atlas.path("transform").path("translate").path(0).asDouble(), atlas.path("transform").path("translate").path(1).asDouble()};
        List<double[]> arcBoxes = new ArrayList<>();
        for (JsonNode arc : atlas.path("arcs")) {
            // Positions are quantised and each is written as the step from the one before.
            long x = 0;
            long y = 0;
            double[] box = emptyBox();
            for (JsonNode step : arc) {
                x += step.path(0).asLong();
                y += step.path(1).asLong();
                extend(box, y * scale[1] + translate[1], y * scale[1] + translate[1], x * scale[0] + translate[0], x * scale[0] + translate[0]);
            }
            arcBoxes.add(box);
        }
        List<County> out = new ArrayList<>();
        for (JsonNode county : atlas.path("objects").path("counties").path("geometries")) {
            double[] box = emptyBox();
            for (JsonNode index : leaves(county.path("arcs"))) {
                int i = index.asInt();
                double[] arc = arcBoxes.get(i >= 0 ? i : ~i);
                extend(box, arc[0], arc[1], arc[2], arc[3]);
            }
            String fips = county.path("id").asText();
            String name = county.path("properties").path("name").asText();
            if (box[0] != Double.MAX_VALUE && !name.isEmpty()) {
                String word = fips.startsWith(LOUISIANA_FIPS) ? "Parish" : fips.startsWith(ALASKA_FIPS) ? "Borough" : "County";
                out.add(new County(name + " " + word, box));
            }
        }
        return out;
    }

    private static double[] emptyBox() {
        return new double[] {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
    }

    private static void extend(double[] box, double minLat, double maxLat, double minLon, double maxLon) {
        box[0] = Math.min(box[0], minLat);
        box[1] = Math.max(box[1], maxLat);
        box[2] = Math.min(box[2], minLon);
        box[3] = Math.max(box[3], maxLon);
    }

    /**
     * US counties from us-atlas (Census Bureau boundaries as TopoJSON), at the centre of each
     * county's box, under "X County" (Louisiana: "X Parish"; Alaska: "X Borough"): the bare name
     * would shadow the town it is usually named after.
     */
    private void addUsCounties(List<County> counties, Towns towns) {
        for (County c : counties) {
            double[] box = c.box();
            add(c.name(), new Place(null, c.name(), (box[0] + box[1]) / 2, (box[2] + box[3]) / 2, "US", "ADM2", townPopulation(box, towns)));
        }
    }

    private static final String LOUISIANA_FIPS = "22";
    private static final String ALASKA_FIPS = "02";

    /** The numbers in nested arrays, depth first. */
    private static List<JsonNode> leaves(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(child -> out.addAll(leaves(child)));
        } else if (node.isNumber()) {
            out.add(node);
        }
        return out;
    }

    private static long gridCell(double lat, double lon) {
        return (long) Math.floor(lat) * 1000 + (long) Math.floor(lon);
    }

    /**
     * The people of the towns inside a box: a county's size, which the atlas lacks, so that the
     * Orange County of three million outranks its namesakes.
     */
    private static long townPopulation(double[] box, Towns towns) {
        long sum = 0;
        for (int lat = (int) Math.floor(box[0]); lat <= (int) Math.floor(box[1]); lat++) {
            for (int lon = (int) Math.floor(box[2]); lon <= (int) Math.floor(box[3]); lon++) {
                for (Place town : towns.usTowns().getOrDefault(gridCell(lat, lon), List.of())) {
                    if (town.lat() >= box[0] && town.lat() <= box[1] && town.lon() >= box[2] && town.lon() <= box[3]) {
                        sum += town.population();
                    }
                }
            }
        }
        return sum;
    }

    private void add(String name, Place place) {
        if (name != null && name.length() >= 2) {
            addKeyed(key(name), place);
        }
    }

    private void addKeyed(String key, Place place) {
        List<Place> list = byName.computeIfAbsent(key, k -> new ArrayList<>(1));
        // A place's names are added together, so a repeat of one of them is the last entry.
        if (list.isEmpty() || list.get(list.size() - 1) != place) {
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
        Country second = countries.alsoNamed(name);
        if (second != null) {
            out.add(second.place());
        }
        out.addAll(byName.getOrDefault(key(name), List.of()));
        if (out.isEmpty()) {
            // A spelling GeoNames lacks ("Hodeidah" for Hudaydah): the larger places transliterated alike.
            String skeleton = skeleton(name);
            // Digits say which: "October 6" is no "October".
            if (skeleton.length() >= MIN_SKELETON && name.chars().noneMatch(Character::isDigit)) {
                bySkeleton.join().getOrDefault(skeleton, List.of()).stream().distinct().forEach(out::add);
            }
        }
        return out;
    }

    /** Whether the name's only candidates are places spelled alike (its transliteration skeleton), none by the name itself. */
    public boolean onlySpelledAlike(String name) {
        return countries.byName(name) == null && countries.byDemonym(name) == null && countries.alsoNamed(name) == null
                && byName.getOrDefault(key(name), List.of()).isEmpty() && !candidates(name).isEmpty();
    }

    private static final int MIN_SKELETON = 5;
    /** Countries whose place names are transliterated from Arabic, Persian, Pashto, Urdu or Somali, each in several ways. */
    private static final Set<String> TRANSLITERATED = Stream.concat(ARABIC_SPEAKING.stream(),
            Stream.of("IR", "AF", "PK", "SO")).collect(Collectors.toUnmodifiableSet());

    private Map<String, List<Place>> skeletonIndex() {
        Map<String, List<Place>> index = new HashMap<>();
        byName.forEach((name, places) -> {
            for (Place p : places) {
                if (transliterated(p) && name.chars().noneMatch(Character::isDigit)) {
                    index.computeIfAbsent(skeleton(name), k -> new ArrayList<>(1)).add(p);
                }
            }
        });
        return index;
    }

    private static boolean transliterated(Place p) {
        return p.countryCode() != null && TRANSLITERATED.contains(p.countryCode())
                && (p.population() >= ALTERNATE_NAME_MIN_POPULATION || p.featureCode() != null && (p.featureCode().startsWith("PPLA")
                || p.featureCode().equals("PPLC") || p.isFirstLevelDivision()));
    }

    /**
     * A name reduced to what its transliterations share: no diacritics, article, spaces or
     * apostrophes; "q" as "k"; the vowels English spellings trade ("ei", "ey" and "ay" as "ai"; "ou",
     * "oo" and "o" as "u"; "ee" and "e" as "i"); no doubled letters; a final "ah" or "eh" as "a".
     * "Hodeidah", "Hudaydah" and "Hodeida" read alike; "Bywater" and "Battir" do not. One pass a
     * step, no regular expressions: the index reads it for some hundred thousand names a load.
     */
    static String skeleton(String name) {
        String s = name.toLowerCase(Locale.ROOT);
        if (!s.chars().allMatch(c -> c < 128)) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        }
        int split = indexOfSeparator(s);
        if (split > 0 && ARABIC_ARTICLES.contains(s.substring(0, split))) {
            s = s.substring(split + 1);
        }
        StringBuilder vowels = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i) == 'q' ? 'k' : s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            if (c < 'a' || c > 'z') {
                continue;
            }
            if ((c == 'e' || c == 'a') && (next == 'i' || next == 'y') && !(c == 'a' && next == 'i')) {
                vowels.append("ai");
                i++;
            } else if (c == 'o') {
                vowels.append('u');
                i += next == 'u' || next == 'o' ? 1 : 0;
            } else if (c == 'e') {
                vowels.append('i');
                i += next == 'e' ? 1 : 0;
            } else {
                vowels.append(c);
            }
        }
        StringBuilder out = new StringBuilder(vowels.length());
        for (int i = 0; i < vowels.length(); i++) {
            if (out.length() == 0 || out.charAt(out.length() - 1) != vowels.charAt(i)) {
                out.append(vowels.charAt(i));
            }
        }
        int n = out.length();
        if (n >= 2 && out.charAt(n - 1) == 'h' && (out.charAt(n - 2) == 'a' || out.charAt(n - 2) == 'i')) {
            out.setLength(n - 2);
            out.append('a');
        }
        return out.toString();
    }

    private static int indexOfSeparator(String s) {
        for (int i = 0; i < Math.min(s.length(), 4); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '-' || c == '\'' || c == '’') {
                return i;
            }
        }
        return -1;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    public Countries countries() {
        return countries;
    }

    /** {@link PhraseMatcher#normalize}'s reading without apostrophes, runs of spaces as one: in one pass, as it runs a million times a load. */
    static String key(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = PhraseMatcher.normalize(name.charAt(i));
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
