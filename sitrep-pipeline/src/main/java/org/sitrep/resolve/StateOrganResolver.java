package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Document;
import org.sitrep.model.LayerKey;
import org.sitrep.model.Layers;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Token;
import org.sitrep.model.Tokens;
import org.sitrep.pipeline.Stage;

/**
 * Resolves the organs of a state that the text names without their country: "government forces",
 * "security forces", "the army", "the junta", "police", "the authorities", "the regime" and its forces ("regime
 * airstrikes", "government shelling") where no ruler's regime is named. A reader takes them for the forces of
 * the place named right after them ("the government in Baghdad"), else of the country where the
 * sentence is set (the one country of the places it names, not counting sides' names), else of the
 * country the article is about (named most often, as a state or by its places). Where neither is
 * one country the description stays unresolved: a side is never guessed. A country word before
 * the noun ("Syrian government forces") is the {@link ActorResolver}'s, and is left as it found it.
 */
public final class StateOrganResolver implements Stage {
    /** What a regime or a government fights with: "regime airstrikes", "government shelling" are its forces acting. */
    private static final String WEAPONS = "(?:air\\s?strikes|bombardment|bombing|shelling|warplanes|aircraft|jets|helicopters|artillery|barrel bombs)\\b";
    /**
     * What an army has, fights with or holds: "military jets" bomb as the military, and "an army
     * convoy" or "military positions" are hit as the military.
     */
    private static final String HOLDINGS = "(?:convoys?|posts?|positions|bases?|patrols?|checkpoints?|barracks|outposts?|columns?|units?|vehicles?"
            + "|jets|aircraft|warplanes|helicopters|drones|planes|tanks)\\b";
    /** A description and the sector its head implies; the article, when there is one, belongs to the mention. */
    private static final Pattern ORGAN = Pattern.compile("\\b(?:[Tt]he\\s+)?(?:"
            + "(?<militia>[Pp]ro-government\\s+(?:forces|militias?|militiamen|fighters|gunmen))"
            + "|(?<holder>(?:[Aa]rmy|[Mm]ilitary)(?=\\s+" + HOLDINGS + "))"
            // "The military junta" before "the military", which would stop at its first word.
            + "|(?<military>(?:[Gg]overnment|[Ss]ecurity|[Ff]ederal)\\s+(?:forces|troops|soldiers)|(?<=[Tt]he\\s)(?:(?:ruling|military)\\s+){0,2}(?:junta|military council)"
            + "|(?<=[Tt]he\\s)(?:(?:[Ff]ederal|[Nn]ational)\\s+)?(?:[Aa]rmy|[Mm]ilitary)"
            + "|(?:[Aa]rmy|[Mm]ilitary)(?=\\s+(?:spokes(?:man|woman|person)|chief|commander|officials?|sources?|statement)\\b))"
            + "|(?<police>(?:[Rr]iot\\s+)?[Pp]olice(?:\\s+(?:officers|forces))?|[Pp]olicemen)"
            // Before the government group, so that "the government shelling" is its forces acting and not a modifier.
            + "|(?<regime>[Rr]egime(?:\\s+(?:forces|troops|soldiers)|(?=\\s+" + WEAPONS + "))|[Gg]overnment(?=\\s+" + WEAPONS + "))"
            + "|(?<government>(?<=[Tt]he\\s)(?:government|regime|(?:defen[cs]e|interior|foreign|health|information)\\s+ministry)|[Aa]uthorities))\\b");
    /** "near the army base": where something happens, not the army it belongs to. */
    private static final Pattern LOCATIVE_BEFORE = Pattern.compile("(?i)\\b(?:in|at|near|outside|inside|around|from|into)\\s+(?:an?\\s+)?$");
    private static final Pattern OWNER_BEFORE = Pattern.compile("(?i)(?:\\b(?:its|their|his|her|our|whose)|['’]s)\\s+$");
    private static final int NAMED_AFTER_REACH = 12;
    /** "the government in Baghdad", "the police of Kenya": the place says whose. */
    private static final Pattern OF_OR_IN = Pattern.compile("\\s+(?:of|in)\\s+(?:the\\s+)?");
    /** Who speaks for the organ before them: "a military spokesman", "government officials" speak as it. */
    private static final Pattern SPEAKERS_AFTER = Pattern.compile("\\s+(?:spokes(?:man|woman|person)|officials?|sources?)\\b");
    /** A head followed by a common noun is that noun's modifier ("the army base", "police station"), unless the noun speaks for it. */
    private static final Set<String> NOUN_TAGS = Set.of("NN", "NNS");

    private final Countries countries;
    private final ActorTable table;

    public StateOrganResolver(Countries countries, ActorTable table) {
        this.countries = countries;
        this.table = table;
    }

    @Override
    public String name() {
        return "resolve-state-organs";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ACTORS, Layers.PLACES);
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of(Layers.ACTORS);
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<ActorMention> actors = document.layer(Layers.ACTORS);
        // Where someone is based ("a Britain-based monitor said security forces …") is not where the text is set, nor is
        // where the report was filed from ("BANGKOK (Wire) - A Myanmar military air strike …, the junta said").
        Dateline dateline = Dateline.of(text, document.layer(Layers.SENTENCES));
        List<PlaceMention> places = document.layer(Layers.PLACES).stream().filter(p -> !text.startsWith("-based", p.end()) && !dateline.overlaps(p))
                .toList();
        List<Token> tokens = document.layer(Layers.TOKENS);
        Country articleCountry = mostNamed(actors.stream().filter(a -> !text.startsWith("-based", a.end())).toList(), places);
        // The places of each sentence that are no side's name ("Iran's foreign minister" names a side, not a setting).
        Map<Integer, List<PlaceMention>> settings = new HashMap<>();
        for (PlaceMention p : places) {
            if (actors.stream().noneMatch(a -> a.contains(p))) {
                settings.computeIfAbsent(Tokens.sentenceAt(p.start(), tokens), k -> new ArrayList<>()).add(p);
            }
        }
        List<ActorMention> found = new ArrayList<>(actors);
        Matcher m = ORGAN.matcher(text);
        while (m.find()) {
            ActorMention probe = new ActorMention(m.start(), m.end(), m.group(), null);
            if (actors.stream().anyMatch(a -> a.overlaps(probe)) || ownedOrQualified(text, m.start())
                    || m.group("regime") == null && m.group("holder") == null && modifiesANoun(tokens, m.end())
                    && !SPEAKERS_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 30))).lookingAt()
                    || m.group("holder") != null && LOCATIVE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                continue;
            }
            int end = m.end();
            PlaceMention next = places.stream().filter(p -> p.start() > end).min(Comparator.comparingInt(PlaceMention::start)).orElse(null);
            PlaceMention named = next != null && next.start() - end <= NAMED_AFTER_REACH
                    && OF_OR_IN.matcher(text.substring(end, next.start())).matches() ? next : null;
            ActorMention echoed = named == null ? namedBefore(actors, m, text) : null;
            if (echoed != null) {
                found.add(new ActorMention(m.start(), m.end(), m.group(), echoed.actor()));
                continue;
            }
            Country setting = onlyCountry(settings.getOrDefault(Tokens.sentenceAt(m.start(), tokens), List.of()));
            Country country = named != null ? onlyCountry(List.of(named)) : setting != null ? setting : articleCountry;
            if (country != null) {
                found.add(new ActorMention(m.start(), m.end(), m.group(), ActorResolver.organ(table, country, sector(m))));
            }
        }
        found.sort(Comparator.comparingInt(ActorMention::start));
        return document.with(Layers.ACTORS, found);
    }

    /**
     * The organ this description names again: the last one named before with its country and the
     * same head ("the U.S. military said …" then "the military said", or "an army spokesman"), or null.
     */
    private static ActorMention namedBefore(List<ActorMention> actors, Matcher m, String text) {
        String head = lastWord(m.group());
        // "Pakistan's military said …" then "an army spokesman": who speaks for an army speaks for the one that spoke before.
        boolean speaks = SPEAKERS_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 30))).lookingAt();
        // "A Myanmar military air strike … a ceasefire the junta declared": a junta is the military that rules.
        Set<String> heads = speaks && ARMY_HEADS.contains(head) ? ARMY_HEADS : head.equals("junta") ? JUNTA_HEADS : Set.of(head);
        return actors.stream()
                .filter(a -> a.end() <= m.start() && a.actor() != null && a.actor().code() != null && a.actor().kind() == Actor.Kind.GROUP
                        && heads.contains(lastWord(a.text())) && a.text().split("\\s+").length > 1
                        // "the National Liberation Army" is a rebel group, not the army named again.
                        && sector(m).equals(a.actor().sector()))
                .reduce((a, b) -> b).orElse(null);
    }

    private static final Set<String> ARMY_HEADS = Set.of("army", "military");
    private static final Set<String> JUNTA_HEADS = Set.of("junta", "army", "military");

    private static String lastWord(String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    private static String sector(Matcher m) {
        return m.group("militia") != null ? "PRM" : m.group("military") != null || m.group("regime") != null || m.group("holder") != null ? "MIL"
                : m.group("police") != null ? "COP" : "GOV";
    }

    /** "its army", "their government", "Assad's forces": someone else's, told by the word before. */
    private static boolean ownedOrQualified(String text, int start) {
        return OWNER_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find();
    }

    private static boolean modifiesANoun(List<Token> tokens, int end) {
        int next = Tokens.firstEndingAfter(end, tokens);
        return next < tokens.size() && NOUN_TAGS.contains(tokens.get(next).pos()) && tokens.get(next).start() - end <= 1;
    }

    /** The one country of the given places, or null when they name none or several. */
    private Country onlyCountry(List<PlaceMention> places) {
        Set<Country> found = new HashSet<>();
        for (PlaceMention p : places) {
            Country c = countryOf(p);
            if (c != null) {
                found.add(c);
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The country a place lies in, a region too ("the Gaza Strip"); none for a region above countries, which has no country. */
    private Country countryOf(PlaceMention p) {
        return p.place().countryCode() == null ? null : countries.byAlpha2(p.place().countryCode());
    }

    /** The country named most often, as a state or by its places; null when two share the top. */
    private Country mostNamed(List<ActorMention> actors, List<PlaceMention> places) {
        Map<Country, Integer> counts = new HashMap<>();
        for (PlaceMention p : places) {
            Country c = countryOf(p);
            if (c != null) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        for (ActorMention a : actors) {
            Country c = a.actor() != null && a.actor().kind() == Actor.Kind.STATE ? countries.byAlpha3(a.actor().code()) : null;
            // A state named as a place is counted once, as its place.
            if (c != null && places.stream().noneMatch(p -> p.overlaps(a))) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        int top = counts.values().stream().max(Integer::compare).orElse(0);
        List<Country> leaders = counts.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
        return leaders.size() == 1 ? leaders.get(0) : null;
    }
}
