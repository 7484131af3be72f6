package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.LayerKey;
import org.sitrep.model.Layers;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.pipeline.Stage;

/**
 * Geocodes toponyms: the recogniser's LOCATION mentions, country names, and capitalised names
 * after a locative preposition that the gazetteer knows, names of its curated supplement, less the names of people and
 * organisations when actors were resolved first. Among candidates it prefers countries,
 * then places in the countries the article is about, then the larger place; a name with no
 * candidate stays unresolved rather than getting a far-away guess.
 */
public final class GazetteerPlaceResolver implements Stage {
    private static final Pattern LOCATIVE_NAME = Pattern.compile(
            "\\b(?:in|at|near|from|into|to|villages? of|town of|city of|outskirts of)\\s+((?:al[- ])?[A-Z][\\p{L}'’-]+(?:\\s+(?:al[- ])?[A-Z][\\p{L}'’-]+){0,2})");
    private static final Pattern DIVISION_AFTER = Pattern.compile("^\\s+(province|governorate|region|district)\\b", Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;

    public GazetteerPlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "resolve-places";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.ENTITIES);
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of(Layers.PLACES);
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<int[]> spans = new ArrayList<>();
        for (EntityMention e : document.layer(Layers.ENTITIES)) {
            if (e.type().equals("LOCATION")) {
                spans.add(new int[] {e.start(), e.end()});
            }
        }
        Matcher m = LOCATIVE_NAME.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(1), m.end(1)});
        }
        for (PhraseMatcher.Match<Place> curated : gazetteer.curatedNames(text)) {
            spans.add(new int[] {curated.start(), curated.end()});
        }
        List<int[]> toponyms = new ArrayList<>();
        for (int[] span : spans) {
            int end = span[1];
            Matcher division = DIVISION_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 20)));
            if (division.find()) {
                end += division.end();
            }
            if (!gazetteer.candidates(text.substring(span[0], end)).isEmpty()) {
                toponyms.add(new int[] {span[0], end});
            }
        }
        if (document.has(Layers.ACTORS)) {
            toponyms.removeIf(t -> namesAnActor(t, document.layer(Layers.ACTORS)));
        }
        toponyms = withoutOverlaps(toponyms);
        List<String> names = toponyms.stream().map(t -> text.substring(t[0], t[1])).toList();
        List<Place> resolved = geocode(names);
        List<PlaceMention> places = new ArrayList<>();
        for (int i = 0; i < toponyms.size(); i++) {
            if (resolved.get(i) != null) {
                places.add(new PlaceMention(toponyms.get(i)[0], toponyms.get(i)[1], names.get(i), resolved.get(i)));
            }
        }
        return document.with(Layers.PLACES, places);
    }

    /**
     * A name that is part of a person's mention or its possessive ("Assad's") or that is an
     * organisation's whole mention ("UN", "Pentagon") is not a place, whatever town shares it. A
     * name the recogniser alone calls a person ("Hama") stays a candidate place.
     */
    private static boolean namesAnActor(int[] toponym, List<ActorMention> actors) {
        for (ActorMention a : actors) {
            Actor.Kind kind = a.actor().kind();
            boolean insidePerson = kind == Actor.Kind.PERSON && a.start() <= toponym[0] && toponym[1] <= a.end() + 2
                    && toponym[1] - toponym[0] != a.end() - a.start();
            if (insidePerson || kind == Actor.Kind.GROUP && a.start() == toponym[0] && a.end() == toponym[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Geocodes names (found here or by a person or another recogniser), using one another as
     * context: the countries the text is about are those of names with a single candidate country.
     * Null where the gazetteer knows a name not at all.
     */
    public List<Place> geocode(List<String> names) {
        List<List<Place>> candidates = names.stream().map(gazetteer::candidates).toList();
        Map<String, Integer> votes = new HashMap<>();
        for (List<Place> c : candidates) {
            if (!c.isEmpty() && c.get(0).countryCode() != null && c.stream().map(Place::countryCode).distinct().count() == 1) {
                votes.merge(c.get(0).countryCode(), 1, Integer::sum);
            }
        }
        List<Place> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            out.add(choose(names.get(i), candidates.get(i), votes));
        }
        return out;
    }

    /**
     * The likeliest candidate: countries first; then the place whose own name is the one written
     * (not an alternate name of somewhere else), population (log scale), administrative rank, and a
     * bonus for the countries the article is about that breaks near ties but does not outweigh a
     * city a hundred times larger (London, England against London, Kentucky).
     */
    static Place choose(String name, List<Place> candidates, Map<String, Integer> countryVotes) {
        return candidates.stream().max(Comparator.comparingDouble(p -> score(name, p, countryVotes))).orElse(null);
    }

    private static double score(String name, Place p, Map<String, Integer> countryVotes) {
        double score = Math.log10(p.population() + 10);
        if (p.isCountry()) {
            // A country's own name means the country: the towns that share it are far less often meant.
            score += 25;
        }
        if (p.featureCode() != null && Set.of("CONT", "OCN", "RGN", "SEA").contains(p.featureCode())) {
            score += 20;
        }
        if (Gazetteer.key(p.name()).equals(Gazetteer.key(name))) {
            score += 3;
        }
        if ("ADM1".equals(p.featureCode())) {
            score += 4;
        }
        if ("PPLC".equals(p.featureCode()) || (p.featureCode() != null && p.featureCode().startsWith("PPLA"))) {
            score += 1;
        }
        if (p.countryCode() != null && countryVotes.getOrDefault(p.countryCode(), 0) > 0) {
            score += 2;
        }
        return score;
    }

    private static List<int[]> withoutOverlaps(List<int[]> spans) {
        spans.sort(Comparator.comparingInt((int[] s) -> s[0]).thenComparingInt(s -> -(s[1] - s[0])));
        List<int[]> kept = new ArrayList<>();
        int lastEnd = -1;
        for (int[] s : spans) {
            if (s[0] >= lastEnd) {
                kept.add(s);
                lastEnd = s[1];
            }
        }
        return kept;
    }

}
