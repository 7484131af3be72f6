package org.sitrep.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Place;

/**
 * Countries from the npm package world-countries (names, alternative spellings, demonyms), with
 * GeoNames ids and points from the bundled {@code countries.tsv} where known.
 */
public final class Countries {
    private final Map<String, Country> byAlpha2 = new LinkedHashMap<>();
    private final Map<String, Country> byAlpha3 = new HashMap<>();
    private final Map<String, Country> byName = new HashMap<>();
    private final Map<String, Country> alsoNamed = new HashMap<>();
    /** Each name as first written, so that a phrase matcher can tell the country "US" from the word "us". */
    private final Map<String, String> writtenNames = new LinkedHashMap<>();
    private final Map<String, Country> byDemonym = new HashMap<>();
    private final Map<String, Country> byCapital = new HashMap<>();

    public static Countries load() {
        return new Countries();
    }

    private Countries() {
        Map<String, String[]> geonames = new HashMap<>();
        for (String[] row : ReferenceData.table("/org/sitrep/resolve/countries.tsv")) {
            geonames.put(row[0], row);
        }
        JsonNode all;
        try {
            all = new ObjectMapper().readTree(ReferenceData.file("countries.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Sovereign countries first, so that a name or demonym they share with a territory ("French") means them.
        List<JsonNode> ordered = new ArrayList<>();
        all.forEach(ordered::add);
        ordered.sort(Comparator.comparing((JsonNode c) -> !c.path("unMember").asBoolean(false)));
        for (JsonNode c : ordered) {
            String alpha2 = c.path("cca2").asText();
            String alpha3 = c.path("cca3").asText();
            String name = c.path("name").path("common").asText();
            String demonym = c.path("demonyms").path("eng").path("m").asText(null);
            String[] g = geonames.get(alpha2);
            double lat = g != null ? Double.parseDouble(g[2]) : c.path("latlng").path(0).asDouble();
            double lon = g != null ? Double.parseDouble(g[3]) : c.path("latlng").path(1).asDouble();
            Long id = g != null && !g[1].isBlank() ? Long.valueOf(g[1]) : null;
            Place place = new Place(id, name, lat, lon, alpha2, "PCLI", 0);
            Country country = new Country(alpha2, alpha3, name, demonym, place);
            byAlpha2.put(alpha2, country);
            if (c.path("unMember").asBoolean(false)) {
                for (JsonNode capital : c.path("capital")) {
                    index(byCapital, capital.asText(), country);
                }
            }
            byAlpha3.putIfAbsent(alpha3, country);
            indexName(name, country);
            indexName(c.path("name").path("official").asText(), country);
            for (JsonNode alt : c.path("altSpellings")) {
                if (alt.asText().length() > 3) {
                    indexName(alt.asText(), country);
                }
            }
            if (demonym != null) {
                // Some list two ("Bosnian, Herzegovinian").
                for (String d : (demonym + ", " + c.path("demonyms").path("eng").path("f").asText()).split(",\\s*")) {
                    index(byDemonym, d, country);
                }
            }
        }
        // Short forms news uses that the package lists only as codes or not at all.
        // The package writes "Washington D.C."; news writes "Washington".
        index(byCapital, "Washington", byAlpha2.get("US"));
        alias("US", "US");
        alias("U.S.", "US");
        alias("USA", "US");
        alias("America", "US");
        alias("United States of America", "US");
        alias("UK", "GB");
        alias("U.S. Virgin Islands", "VI");
        alias("US Virgin Islands", "VI");
        alias("U.K.", "GB");
        alias("Britain", "GB");
        alias("Great Britain", "GB");
        alias("Russian Federation", "RU");
        alias("Syrian Arab Republic", "SY");
        alias("Türkiye", "TR");
        alias("Turkey", "TR");
        demonymAlias("Turkish", "TR");
        alias("Turkiye", "TR");
        alias("Palestine", "PS");
        alias("UAE", "AE");
        alias("U.A.E.", "AE");
        alias("DRC", "CD");
        alias("Holy See", "VA");
        demonymAlias("American", "US");
        demonymAlias("British", "GB");
        demonymAlias("Emirati", "AE");
        demonymAlias("Palestinian", "PS");
        demonymAlias("Philippine", "PH");
        alias("Korea", "KR");
        // News calls the Democratic Republic of the Congo "Congo" (the package gives the name to its
        // neighbour, which news calls the Republic of Congo, Congo Republic or Congo-Brazzaville).
        prefer("Congo", "CD");
        preferDemonym("Congolese", "CD");
        alias("Republic of Congo", "CG");
        alias("Congo Republic", "CG");
        // The Soviet Union's point and successor state.
        alias("Soviet Union", "RU");
        alias("USSR", "RU");
    }

    private void alias(String name, String alpha2) {
        indexName(name, byAlpha2.get(alpha2));
    }

    /**
     * Gives a name the package lists for another country to the one news means by it; the other
     * stays a second reading that the text's other places can choose ({@link #alsoNamed}).
     */
    private void prefer(String name, String alpha2) {
        Country listed = byName.remove(name.toLowerCase(Locale.ROOT));
        alias(name, alpha2);
        if (listed != null && listed != byAlpha2.get(alpha2)) {
            alsoNamed.put(name.toLowerCase(Locale.ROOT), listed);
        }
    }

    private void preferDemonym(String demonym, String alpha2) {
        byDemonym.remove(demonym.toLowerCase(Locale.ROOT));
        demonymAlias(demonym, alpha2);
    }

    private void indexName(String name, Country country) {
        index(byName, name, country);
        if (name != null && !name.isBlank() && country != null) {
            writtenNames.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
    }

    private void demonymAlias(String demonym, String alpha2) {
        index(byDemonym, demonym, byAlpha2.get(alpha2));
    }

    private static void index(Map<String, Country> map, String key, Country country) {
        if (key != null && !key.isBlank() && country != null) {
            map.putIfAbsent(key.toLowerCase(Locale.ROOT), country);
        }
    }

    /** The member state whose capital this is ("Tehran", "Washington"), or null. */
    public Country byCapital(String name) {
        return byCapital.get(name.toLowerCase(Locale.ROOT));
    }

    public Collection<String> capitals() {
        return byCapital.keySet();
    }

    public Country byName(String name) {
        return byName.get(name.toLowerCase(Locale.ROOT));
    }

    /** The country a name means less often than {@link #byName}'s ("Congo": the Republic of the Congo), or null. */
    public Country alsoNamed(String name) {
        return alsoNamed.get(name.toLowerCase(Locale.ROOT));
    }

    public Country byDemonym(String demonym) {
        return byDemonym.get(demonym.toLowerCase(Locale.ROOT));
    }

    public Country byAlpha2(String alpha2) {
        return byAlpha2.get(alpha2);
    }

    /** The country with this ISO 3166 alpha-3 code, or null. */
    public Country byAlpha3(String alpha3) {
        return byAlpha3.get(alpha3);
    }

    /** Every name a country goes by, as written (case matters for acronyms such as "US"). */
    public Collection<String> names() {
        return writtenNames.values();
    }

    public Collection<String> demonyms() {
        return byDemonym.keySet();
    }
}
