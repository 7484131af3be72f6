package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.LayerKey;
import org.sitrep.model.Layers;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.TimeExpression;
import org.sitrep.pipeline.Stage;

/**
 * Geocodes toponyms: the recogniser's LOCATION mentions, country names, and capitalised names
 * after a locative preposition that the gazetteer knows or that name a street or building, names
 * of its curated supplement, less the names of people and organisations when actors were resolved
 * first. {@link Geocoder} chooses among the candidates. A name it keeps as a place is no actor too:
 * the actor mentions a place's name holds ("Douma" the recogniser took for a person, "Assad" in
 * "Assad International Airport") are dropped from the actors, except a country's, which is both.
 */
public final class GazetteerPlaceResolver implements Stage {
    /** Verbs whose object is often a town: "stormed Kafr Nabl", "captured Sake". */
    private static final String TAKES_A_PLACE = "attacked|shelled|bombed|stormed|captured|seized|overran|entered|besieged|retook|recaptured|raided|encircled";
    private static final Pattern LOCATIVE_NAME = Pattern.compile(
            "\\b(?i:in|at|near|outside|around|from|into|to|villages? of|town of|city of|(?:province|governorate|district|region) of|outskirts of|(?:north|south)(?:-?(?:east|west))? of|(?:east|west) of|"
            + TAKES_A_PLACE + ")\\s+((?:al[- ])?[A-Z][\\p{L}'’-]+(?:\\s+(?:al[- ])?[A-Z][\\p{L}'’-]+){0,2})");
    /** Right after these a name the gazetteer knows is where, even if the recogniser took it for an organisation ("fighters to Homs"). */
    private static final Pattern GOES_OR_IS_IN = Pattern.compile("\\b(?:in|into|near|to|towards|outside|" + TAKES_A_PLACE + ")\\s+$");
    private static final Pattern OWNER_AND_OWNED = Pattern.compile("(.+?)['’]s\\s+(\\p{Lu}.*)");
    /** Between a place and the country or division it is said to lie in. */
    private static final Pattern CONTAINED_IN = Pattern.compile("\\s*(?:,|\\b(in)\\b)\\s*");
    private static final Pattern DIVISION_AFTER = Pattern.compile("^\\s+(province|governorate|region|district|state)\\b", Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;
    private final ActorTable table;
    private final Geocoder geocoder;

    public GazetteerPlaceResolver(Gazetteer gazetteer, ActorTable table) {
        this.gazetteer = gazetteer;
        this.table = table;
        this.geocoder = new Geocoder(gazetteer);
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
            // "Dera Ismail Khan district": the division when the gazetteer knows it so, else the town it is named after.
            if (division.find() && knowsAsOneOrTwo(text.substring(span[0], end + division.end()))) {
                end += division.end();
            }
            String name = text.substring(span[0], end);
            Matcher owned = OWNER_AND_OWNED.matcher(name);
            if (owned.matches() && ownerAndOwnedKnown(owned)) {
                // "in Myanmar's Sagaing region": the region, and the country it lies in, are two places
                // (not "Estey's Bridge" nor "the People's Republic": their owners are no places).
                toponyms.add(new int[] {span[0], span[0] + owned.end(1)});
                toponyms.add(new int[] {span[0] + owned.start(2), end});
            } else if (geocoder.knows(name) || Geocoder.isLocalFeature(name)) {
                // "in Kenya's capital": the place is the name without its possessive.
                Matcher possessive = Geocoder.POSSESSIVE.matcher(name);
                toponyms.add(new int[] {span[0], possessive.find() ? span[0] + possessive.start() : end});
            }
        }
        List<ActorMention> actors = document.has(Layers.ACTORS) ? document.layer(Layers.ACTORS) : List.of();
        toponyms.removeIf(t -> namesAnActor(t, actors, text, Set.of(), table));
        // "resumed its offensive in March": a month or a day is no town of its name.
        List<TimeExpression> times = document.has(Layers.TIMEX) ? document.layer(Layers.TIMEX) : List.of();
        toponyms.removeIf(t -> times.stream().anyMatch(x -> x.start() < t[1] && t[0] < x.end()));
        // One name, one sense in an article: a town named "in Douma" is the town also where it is
        // shelled, though the recogniser took that mention for a person or an organisation or missed it
        // ("shells landed outside Sake" after "the town of Sake"). A capital opening a sentence says
        // nothing of a name, so there only the recogniser's mention counts; nor is a name inside a longer
        // one the place ("the Goma Post").
        Set<String> placeNames = toponyms.stream().map(t -> text.substring(t[0], t[1])).collect(Collectors.toSet());
        Set<List<Integer>> entitySpans = document.layer(Layers.ENTITIES).stream().map(e -> List.of(e.start(), e.end())).collect(Collectors.toSet());
        for (String name : placeNames) {
            Matcher echo = Pattern.compile("(?<![\\p{L}\\d-])" + Pattern.quote(name) + "(?![\\p{L}\\d-])").matcher(text);
            while (echo.find()) {
                int[] span = {echo.start(), echo.end()};
                boolean tagged = entitySpans.contains(List.of(span[0], span[1]));
                if ((tagged || !opensSentence(text, span[0]) && standsAlone(text, span)) && !namesAnActor(span, actors, text, placeNames, table)) {
                    toponyms.add(span);
                }
            }
        }
        toponyms = withoutOverlaps(toponyms);
        List<String> names = toponyms.stream().map(t -> text.substring(t[0], t[1])).toList();
        List<Place> resolved = new ArrayList<>(geocode(names));
        Map<String, Place> placedByContainer = new HashMap<>();
        for (int i = 0; i + 1 < toponyms.size(); i++) {
            // "the town of Nasir in South Sudan's Upper Nile state", "Paris, Texas": a town named with the country
            // or division it lies in is one there, or none the gazetteer knows.
            // A comma may also part the items of a list ("in Gaza, Lebanon and Syria"): there the name keeps its place
            // unless the division has one of that name.
            Place here = resolved.get(i);
            Place container = resolved.get(i + 1);
            Matcher between = CONTAINED_IN.matcher(text.substring(toponyms.get(i)[1], toponyms.get(i + 1)[0]));
            if (here != null && container != null && !here.isCountry() && !here.isAboveCountries()
                    && (container.isCountry() || container.isFirstLevelDivision()) && !container.countryCode().equals(here.countryCode())
                    && between.matches()) {
                Place there = geocoder.within(names.get(i), container.countryCode());
                boolean saidIn = between.group(1) != null;
                if (saidIn || there != null && container.isFirstLevelDivision()) {
                    placedByContainer.put(names.get(i), there);
                }
            }
        }
        // One name, one place: where the article names the town again it is the same town. A town the gazetteer
        // lacks stays a place, not the person or group the recogniser may have taken it for.
        List<int[]> placedNowhere = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (placedByContainer.containsKey(names.get(i))) {
                resolved.set(i, placedByContainer.get(names.get(i)));
                if (resolved.get(i) == null) {
                    placedNowhere.add(toponyms.get(i));
                }
            }
        }
        List<PlaceMention> places = new ArrayList<>();
        for (int i = 0; i < toponyms.size(); i++) {
            if (resolved.get(i) != null) {
                places.add(new PlaceMention(toponyms.get(i)[0], toponyms.get(i)[1], names.get(i), resolved.get(i)));
            }
        }
        Document located = document.with(Layers.PLACES, places);
        if (!document.has(Layers.ACTORS)) {
            return located;
        }
        return located.with(Layers.ACTORS, actors.stream()
                .filter(a -> a.actor().kind() == Actor.Kind.STATE || places.stream().noneMatch(p -> p.contains(a))
                        && placedNowhere.stream().noneMatch(t -> t[0] <= a.start() && a.end() <= t[1]))
                .map(a -> asPlaced(a, places)).toList());
    }

    /**
     * A state whose name the text's other places read as another country ("the Republic of Congo …
     * the government of Congo") is that country.
     */
    private ActorMention asPlaced(ActorMention state, List<PlaceMention> places) {
        if (state.actor().kind() != Actor.Kind.STATE) {
            return state;
        }
        return places.stream()
                .filter(p -> p.start() == state.start() && p.end() == state.end() && p.place().isCountry())
                .map(p -> gazetteer.countries().byAlpha2(p.place().countryCode()))
                .filter(c -> c != null && !c.alpha3().equals(state.actor().code()))
                .findFirst()
                .map(c -> new ActorMention(state.start(), state.end(), state.text(), ActorResolver.state(c)))
                .orElse(state);
    }

    /**
     * A name that is part of a person's mention or its possessive ("Assad's"), inside a name the
     * actor table knows ("the Islamic State of Iraq", "the African Union"), or that is an organisation's whole mention
     * ("UN", "Pentagon") is not a place, whatever town shares it. A name the recogniser alone calls a
     * person ("Hama") stays a candidate place, and so does one it calls an organisation, unknown to
     * the actor table, right after "to" or "in" ("sent fighters to Homs", not "sent weapons to
     * Hamas") or a verb that takes a town ("stormed Kafr Nabl"), or named
     * so elsewhere in the article ({@code placeNames}).
     */
    private static boolean namesAnActor(int[] toponym, List<ActorMention> actors, String text, Set<String> placeNames, ActorTable table) {
        boolean whereSomethingGoes = GOES_OR_IS_IN.matcher(text.substring(Math.max(0, toponym[0] - 8), toponym[0])).find()
                || placeNames.contains(text.substring(toponym[0], toponym[1]));
        for (ActorMention a : actors) {
            Actor.Kind kind = a.actor().kind();
            boolean insidePerson = kind == Actor.Kind.PERSON && a.start() <= toponym[0] && toponym[1] <= a.end() + 2
                    && toponym[1] - toponym[0] != a.end() - a.start();
            boolean organisation = kind == Actor.Kind.GROUP && a.start() == toponym[0] && a.end() == toponym[1];
            boolean unknownName = a.actor().name().equals(a.text()) && table.lookup(a.text()) == null;
            // "the Islamic State of Iraq", "the African Union": a place's name within a longer name the table knows.
            boolean insideKnownName = kind == Actor.Kind.GROUP && a.start() <= toponym[0] && toponym[1] <= a.end()
                    && toponym[1] - toponym[0] < a.end() - a.start() && table.lookup(a.text()) != null;
            if (insidePerson || insideKnownName || organisation && !(whereSomethingGoes && unknownName)) {
                return true;
            }
        }
        return false;
    }

    /** A name the gazetteer knows, or an owner and owned it knows ("Myanmar's Sagaing region"). */
    private boolean knowsAsOneOrTwo(String name) {
        Matcher owned = OWNER_AND_OWNED.matcher(name);
        return geocoder.knows(name) || owned.matches() && ownerAndOwnedKnown(owned);
    }

    private boolean ownerAndOwnedKnown(Matcher owned) {
        return geocoder.knows(owned.group(1)) && geocoder.knows(owned.group(2));
    }

    private static final Pattern CAPITALISED_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*\\s+$");
    private static final Pattern CAPITALISED_AFTER = Pattern.compile("^\\s+\\p{Lu}");

    private static boolean standsAlone(String text, int[] span) {
        return !CAPITALISED_BEFORE.matcher(text.substring(Math.max(0, span[0] - 30), span[0])).find()
                && !CAPITALISED_AFTER.matcher(text.substring(span[1], Math.min(text.length(), span[1] + 3))).find();
    }

    private static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?\"“”—:".indexOf(text.charAt(i)) >= 0 || text.charAt(i + 1) == '\n';
    }

    /** Geocodes names (found here, or given by a person or another recogniser) in the light of one another; see {@link Geocoder}. */
    public List<Place> geocode(List<String> names) {
        return geocoder.geocode(names);
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
