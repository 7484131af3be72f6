package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.sitrep.model.Span;
import org.sitrep.pipeline.Stage;

/**
 * Finds actors and resolves each to a canonical entity, in three passes: names and aliases from the
 * actor table; a country or demonym heading a group noun ("Iraqi Shiite fighters" → IRQ, PRM;
 * "US officials" → USA, GOV), or a bare country; then names the recogniser found that the table
 * lacks, with country and sector taken from the words just before them ("Iran's foreign minister,
 * Abbas Araghchi").
 */
public final class ActorResolver implements Stage {
    /** Group nouns and the PLOVER sector they imply. */
    private static final Map<String, String> SECTOR_NOUNS = Map.ofEntries(
            Map.entry("troops", "MIL"), Map.entry("soldiers", "MIL"), Map.entry("army", "MIL"),
            Map.entry("military", "MIL"), Map.entry("forces", "MIL"), Map.entry("officers", "MIL"),
            Map.entry("commanders", "MIL"), Map.entry("commander", "MIL"), Map.entry("general", "MIL"),
            Map.entry("commandos", "MIL"), Map.entry("jets", "MIL"), Map.entry("warplanes", "MIL"),
            Map.entry("navy", "MIL"), Map.entry("air force", "MIL"),
            Map.entry("militia", "PRM"), Map.entry("militias", "PRM"), Map.entry("militiamen", "PRM"),
            Map.entry("fighters", "PRM"), Map.entry("militants", "PRM"), Map.entry("paramilitaries", "PRM"),
            Map.entry("volunteers", "PRM"),
            Map.entry("government", "GOV"), Map.entry("officials", "GOV"), Map.entry("official", "GOV"),
            Map.entry("minister", "GOV"), Map.entry("ministry", "GOV"), Map.entry("president", "GOV"),
            Map.entry("regime", "GOV"), Map.entry("authorities", "GOV"), Map.entry("spokesman", "GOV"),
            Map.entry("spokeswoman", "GOV"), Map.entry("diplomats", "GOV"), Map.entry("envoy", "GOV"),
            Map.entry("leaders", "GOV"), Map.entry("leader", "GOV"), Map.entry("prime minister", "GOV"),
            Map.entry("rebels", "REB"), Map.entry("insurgents", "REB"), Map.entry("opposition", "REB"),
            Map.entry("jihadists", "REB"),
            Map.entry("civilians", "CVL"), Map.entry("people", "CVL"), Map.entry("residents", "CVL"),
            Map.entry("children", "CVL"), Map.entry("refugees", "CVL"),
            Map.entry("media", "MED"), Map.entry("television", "MED"), Map.entry("news agency", "MED"),
            Map.entry("parliament", "GOV"), Map.entry("court", "JUD"), Map.entry("police", "COP"), Map.entry("cabinet", "GOV"),
            Map.entry("delegation", "GOV"), Map.entry("negotiators", "GOV"), Map.entry("emir", "GOV"), Map.entry("king", "GOV"),
            Map.entry("junta", "MIL"), Map.entry("embassy", "GOV"), Map.entry("ambassador", "GOV"), Map.entry("sources", "UNK"));
    private static final Set<String> SECTOR_LABELS = Set.of("MIL", "PRM", "GOV", "REB", "CVL", "MED", "JUD", "COP");
    /** Words that may stand between a demonym or a country's possessive and its group noun. */
    private static final Pattern GROUP_AFTER = Pattern.compile(
            "(?i)^(?:['’]s)?(?:[\\s-]+(?:[a-z]+(?=(?:\\s+[a-z]+){0,2}\\s+(?:parliament|government|ministry|court|army|police|cabinet|leader|leaders|minister|officials|forces|troops|authorities|president|delegation|negotiators|navy|military))|Shi'?ite|Shia|Shiite|Shi’ite|Sunni|Kurdish|Alawite|Christian|elite|ground|senior|regional|"
                    + "military|militia|paramilitary|government|pro-government|special|state|defen[cs]e|security|"
                    + "and|backed|allied|led|armed|foreign|central|naval|information|interior|"
                    + "[A-Z][a-z]+-backed|Iran-backed|US-backed))*[\\s-]+(" + String.join("|",
                    SECTOR_NOUNS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) + ")\\b");
    private static final Pattern POSSESSIVE_ROLE = Pattern.compile(
            "(?i)^[\\s,]*(?:the\\s+)?(?:'s|’s)?\\s*(?:[\\w-]+\\s+){0,3}(" + String.join("|",
                    SECTOR_NOUNS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) + ")\\b");

    private final ActorTable table;
    private final Countries countries;
    private final PhraseMatcher<Country> countryWords = new PhraseMatcher<>();

    public ActorResolver(ActorTable table, Countries countries) {
        this.table = table;
        this.countries = countries;
        for (String name : countries.names()) {
            countryWords.add(name, countries.byName(name));
        }
        for (String demonym : countries.demonyms()) {
            countryWords.add(demonym, countries.byDemonym(demonym));
            // The people as a group: "Palestinians", "Iraqis", "Afghans".
            if (demonym.endsWith("an") || demonym.endsWith("i") || demonym.endsWith("ian")) {
                countryWords.add(demonym + "s", countries.byDemonym(demonym));
            }
        }
        for (String[] irregular : new String[][] {{"Turks", "TR"}, {"Serbs", "RS"}, {"Croats", "HR"}, {"Kurds", null},
                {"Brits", "GB"}, {"Swedes", "SE"}, {"Danes", "DK"}, {"Finns", "FI"}, {"Poles", "PL"}, {"Jews", null},
                {"Arabs", null}, {"Lebanese", "LB"}, {"Sudanese", "SD"}, {"Chinese", "CN"}, {"Japanese", "JP"}}) {
            if (irregular[1] != null && countries.byAlpha2(irregular[1]) != null) {
                countryWords.add(irregular[0], countries.byAlpha2(irregular[1]));
            }
        }
    }

    @Override
    public String name() {
        return "resolve-actors";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.ENTITIES);
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of(Layers.ACTORS);
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<ActorMention> found = new ArrayList<>();
        for (PhraseMatcher.Match<Actor> m : table.aliases().find(text)) {
            found.add(new ActorMention(m.start(), m.end(), m.phrase(), m.value()));
        }
        for (PhraseMatcher.Match<Country> m : countryWords.find(text)) {
            if (overlapsAny(found, m.start(), m.end())) {
                continue;
            }
            ActorMention group = countryActor(text, m);
            // A group phrase that would swallow a named actor ("Iraq's Popular Mobilization Forces") stays the bare country.
            found.add(overlapsAny(found, group.start(), group.end())
                    ? new ActorMention(m.start(), m.end(), m.phrase(), new Actor(m.value().name(), m.value().alpha3(), null, null))
                    : group);
        }
        for (EntityMention e : document.layer(Layers.ENTITIES)) {
            if (!(e.type().equals("PERSON") || e.type().equals("ORGANIZATION")) || overlapsAny(found, e.start(), e.end())
                    || !Character.isUpperCase(e.text().charAt(0))) {
                continue;
            }
            found.add(new ActorMention(e.start(), e.end(), e.text(), contextActor(text, e, found)));
        }
        return document.with(Layers.ACTORS, found);
    }

    /** A country word heading a group noun is that group; otherwise the country itself. */
    private ActorMention countryActor(String text, PhraseMatcher.Match<Country> m) {
        Country country = m.value();
        Matcher group = GROUP_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 80)));
        if (group.find()) {
            String sector = SECTOR_NOUNS.get(group.group(1).toLowerCase(Locale.ROOT));
            int end = m.end() + group.end();
            return new ActorMention(m.start(), end, text.substring(m.start(), end),
                    new Actor(country.name() + groupLabel(sector), country.alpha3(), SECTOR_LABELS.contains(sector) ? sector : null, null));
        }
        return new ActorMention(m.start(), m.end(), m.phrase(), new Actor(country.name(), country.alpha3(), null, null));
    }

    private static String groupLabel(String sector) {
        return switch (sector) {
            case "MIL" -> " (military)";
            case "PRM" -> " (militia)";
            case "GOV" -> " (government)";
            case "REB" -> " (rebels)";
            case "CVL" -> " (civilians)";
            case "MED" -> " (media)";
            case "JUD" -> " (judiciary)";
            case "COP" -> " (police)";
            default -> " (sources)";
        };
    }

    /** A name the table lacks takes its country from a country word just before it, and its sector from a role noun. */
    private Actor contextActor(String text, EntityMention e, List<ActorMention> found) {
        int windowStart = Math.max(0, e.start() - 60);
        ActorMention country = null;
        for (ActorMention a : found) {
            if (a.end() <= e.start() && a.start() >= windowStart && a.actor().code() != null
                    && !text.substring(a.end(), e.start()).contains(".")) {
                country = a;
            }
        }
        String sector = null;
        if (country != null) {
            Matcher role = POSSESSIVE_ROLE.matcher(text.substring(country.end(), e.start()));
            if (role.find()) {
                sector = SECTOR_NOUNS.get(role.group(1).toLowerCase(Locale.ROOT));
            } else if (country.actor().sector() != null) {
                sector = country.actor().sector();
            }
        }
        return new Actor(e.text(), country != null ? country.actor().code() : null,
                sector != null && SECTOR_LABELS.contains(sector) ? sector : null, null);
    }

    private static boolean overlapsAny(List<ActorMention> mentions, int start, int end) {
        Span probe = new ActorMention(start, end, "", null);
        return mentions.stream().anyMatch(m -> m.overlaps(probe));
    }
}
