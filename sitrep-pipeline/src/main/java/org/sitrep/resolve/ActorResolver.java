package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
            Map.entry("navy", "MIL"), Map.entry("air force", "MIL"), Map.entry("marines", "MIL"), Map.entry("sailors", "MIL"),
            Map.entry("service members", "MIL"), Map.entry("servicemen", "MIL"), Map.entry("airmen", "MIL"), Map.entry("paratroopers", "MIL"),
            Map.entry("militia", "PRM"), Map.entry("militias", "PRM"), Map.entry("militiamen", "PRM"),
            Map.entry("fighters", "PRM"), Map.entry("militants", "PRM"), Map.entry("paramilitaries", "PRM"),
            Map.entry("volunteers", "PRM"),
            Map.entry("government", "GOV"), Map.entry("officials", "GOV"), Map.entry("official", "GOV"),
            Map.entry("minister", "GOV"), Map.entry("ministry", "GOV"), Map.entry("president", "GOV"),
            Map.entry("regime", "GOV"), Map.entry("authorities", "GOV"), Map.entry("spokesman", "GOV"),
            Map.entry("spokeswoman", "GOV"), Map.entry("diplomats", "GOV"), Map.entry("envoy", "GOV"),
            Map.entry("leaders", "GOV"), Map.entry("leader", "GOV"), Map.entry("prime minister", "GOV"),
            Map.entry("rebels", "REB"), Map.entry("insurgents", "REB"), Map.entry("opposition", "REB"),
            Map.entry("jihadists", "REB"), Map.entry("bandits", "CRM"), Map.entry("gangs", "CRM"), Map.entry("gang members", "CRM"),
            Map.entry("civilians", "CVL"), Map.entry("people", "CVL"), Map.entry("residents", "CVL"),
            Map.entry("children", "CVL"), Map.entry("refugees", "CVL"),
            Map.entry("media", "MED"), Map.entry("television", "MED"), Map.entry("news agency", "MED"),
            Map.entry("parliament", "GOV"), Map.entry("court", "JUD"), Map.entry("police", "COP"), Map.entry("cabinet", "GOV"),
            Map.entry("delegation", "GOV"), Map.entry("negotiators", "GOV"), Map.entry("emir", "GOV"), Map.entry("king", "GOV"),
            Map.entry("junta", "MIL"), Map.entry("embassy", "GOV"), Map.entry("ambassador", "GOV"), Map.entry("sources", "UNK"));
    /** The group nouns as a regular-expression choice, longest first ("prime minister" before "minister"). */
    private static final String SECTOR_NOUN_CHOICE = String.join("|",
            SECTOR_NOUNS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList());
    /** Plural group nouns that name an actor by themselves; "people", "forces" or "officials" alone say too little. */
    private static final Pattern BARE_GROUP = Pattern.compile("(?i)\\b(?:civilians|militants|insurgents|rebels|jihadists|militiamen|refugees|bandits|gangs|gang members|gunmen|armed men|loyalists|loyalist\\s+(?:fighters|gunmen|militiamen|forces))\\b"
            + "|\\b(?<adjective>rebel|militant|insurgent|jihadist)(?=\\s+\\p{Ll})(?!\\s+(?:group|organi[sz]ation|movement|faction|alliance|leader|commander|chief)\\b)");
    /** A country that backs or leads what follows ("U.S.-backed", "Iran-led") is not that group's country. */
    private static final Pattern BACKER = Pattern.compile("^-(?:backed|led|allied|aligned|sponsored|funded|based|supported|trained)\\b");
    /** Two group nouns joined by "and" ("government and people"): the first, where the phrase would end at the second. */
    private static final Pattern FIRST_OF_TWO = Pattern.compile("(?i)[\\s-](" + SECTOR_NOUN_CHOICE + ")\\s+and\\s+(?:\\w+\\s+)?\\w+$");
    private static final Pattern OPPOSITION = Pattern.compile("(?i)\\b(?:opposition|rebel)\\b");
    private static final Set<String> SECTOR_LABELS = Set.of("MIL", "PRM", "GOV", "REB", "CVL", "MED", "JUD", "COP");
    /**
     * Words that may stand between a demonym or a country's possessive and its group noun; a free
     * word may not be a function word or a verb of saying, so that a clause ("Syria to support
     * President …") is not read as a group.
     */
    private static final String FREE_WORD = "(?!(?:to|has|have|had|is|are|was|were|will|would|can|could|not|no|of|the|a|an|that|which|who|for|with|by|in|on|at|from|as|said|says)\\b)(?![a-z]+ed\\b)[a-z]+(?=(?:\\s+[a-z]+){0,2}\\s+(?:parliament|government|ministry|court|army|police|cabinet|leader|leaders|minister|officials|forces|troops|authorities|president|delegation|negotiators|navy|military))|";
    private static final String GROUP_WORDS = "Shi'?ite|Shia|Shiite|Shi’ite|Sunni|Kurdish|Alawite|Christian|elite|ground|senior|regional|"
            + "military|militia|paramilitary|government|pro-government|special|state|defen[cs]e|security|"
            + "and|backed|allied|led|armed|foreign|central|naval|information|interior|"
            + "[A-Z][a-z]+-backed|Iran-backed|US-backed";
    private static final Pattern GROUP_AFTER = groupAfter(FREE_WORD);
    /**
     * After a country's bare name only the words a group's name uses may stand: "Kenya sent police"
     * is a clause, where "Kenyan riot police" and "Kenya's riot police" are groups.
     */
    private static final Pattern GROUP_AFTER_NAME = groupAfter("");

    private static Pattern groupAfter(String freeWord) {
        return Pattern.compile("(?i)^(?:['’]s)?(?:[\\s-]+(?:" + freeWord + GROUP_WORDS + "))*[\\s-]+(" + SECTOR_NOUN_CHOICE + ")\\b");
    }

    private static final Pattern POSSESSIVE_ROLE = Pattern.compile(
            "(?i)^[\\s,]*(?:the\\s+)?(?:'s|’s)?\\s*(?:[\\w-]+\\s+){0,3}(" + SECTOR_NOUN_CHOICE + ")\\b");

    /** Ranks that make a titled person military; other titles are offices of government. */
    private static final String MILITARY_RANKS = "(?s).*\\b(General|Gen\\.|Admiral|Adm\\.|Colonel|Col\\.|Captain|Capt\\.|Commander|Major|"
            + "Lieutenant|Lt\\.|Brigadier|Sergeant|Sgt\\.|Officer|Private|Corporal)\\b.*";
    private static final Pattern CIVIL_GENERAL = Pattern.compile("(?:-|\\b(?:Attorney|Surgeon|Inspector|Solicitor|Consul|Auditor|Secretary|"
            + "Director|Postmaster|Governor)\\s+)General\\b");
    /** A capitalised title just before a name, with its qualifiers: "Deputy Secretary", "Minister for the Middle East". */
    private static final Pattern TITLE = Pattern.compile("((?:(?:Deputy|Vice|Acting|Foreign|Defen[cs]e|Prime|Interior|Finance|Special|Press|"
            + "Chief|Senior|Supreme|Army|Navy|Marine|Air Force|Foreign Office|Petty|Brigadier|Major|Lieutenant|Lt\\.|Brig\\.|Staff|Lt)\\s+)*"
            + "(?:President|Minister(?: for(?: the)?(?: [A-Z][a-z]+)+)?|Secretary(?: of State| of Defen[cs]e| General)?|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|"
            + "General|Gen\\.|Admiral|Adm\\.|Colonel|Col\\.|Captain|Capt\\.|Commander|King|Queen|Prince|Emir|Sheikh|Ayatollah|Advis[eo]r|"
            + "Envoy|Ambassador|Officer|Spokesman|Spokeswoman|Senator|Sen\\.|Governor|Chancellor|Pope|Imam|Judge|Sergeant|Sgt\\.|"
            + "Chairman|Director|Mayor))\\s+$");

    /** What may head a title: an adjective or an abbreviation ("Turkish", "U.S.", "UK"), not a country's name in a clause. */
    private static final Pattern CIVIL_OFFICE = Pattern.compile("\\b(?:Minister|Mayor|Governor|Senator)$");
    private static final Pattern HEADS_A_TITLE = Pattern.compile("(?:[A-Z][a-z]+(?:an|ian|ish|ese|i|ch)|(?:[A-Z]\\.){2,}|[A-Z]{2,4})\\s+");

    /** What a government does that a city cannot: say, demand, back, sanction. */
    private static final String GOVERNMENT_VERBS = "(?:says?|said|accus(?:es|ed)|warn(?:s|ed)|den(?:ies|ied)|reject(?:s|ed)|urg(?:es|ed)|"
            + "agree(?:s|d)|demand(?:s|ed)|announc(?:es|ed)|insist(?:s|ed)|wants?|wanted|backs|backed|supports|supported|sen[dt]s?|"
            + "blam(?:es|ed)|condemn(?:s|ed)|claim(?:s|ed)|threaten(?:s|ed)|refus(?:es|ed)|recogni[sz](?:es|ed)|expel(?:s|led)|"
            + "summon(?:s|ed)|impos(?:es|ed)|order(?:s|ed)|approv(?:es|ed)|sign(?:s|ed)|offer(?:s|ed)|call(?:s|ed)|respond(?:s|ed)|"
            + "vow(?:s|ed)|pledg(?:es|ed)|critici[sz](?:es|ed)|protest(?:s|ed)|welcom(?:es|ed)|dismiss(?:es|ed)|retaliat(?:es|ed)|"
            + "deploy(?:s|ed)|withdr[ae]w|withdraws|arm(?:s|ed)|fund(?:s|ed)|sanction(?:s|ed))";
    /** What a government is doing: "Moscow is increasingly backing …". */
    private static final String GOVERNMENT_DOING = "(?:backing|supporting|arming|funding|sending|demanding|urging|threatening|"
            + "accusing|warning|pressing|pushing|seeking|offering|denying|rejecting|blaming|deploying)";
    /** What a government does by force or decree, said of a capital only in the active voice ("Damascus was shelled" is the city). */
    private static final String GOVERNMENT_ACTS = "(?:forc(?:es|ed)|clos(?:es|ed)|ban(?:s|ned)|block(?:s|ed)|suspend(?:s|ed)|halt(?:s|ed)|"
            + "recall(?:s|ed)|detain(?:s|ed)|arrest(?:s|ed)|seiz(?:es|ed)|froze|freezes|annex(?:es|ed)|invad(?:es|ed)|launch(?:es|ed))";
    private static final String GOVERNMENT_OPENING = "(?:\\s*,\\s*which|,?\\s+(?:along|together)\\s+with\\s+its\\s+allies,?|\\s+and\\s+its\\s+allies)?\\s+";
    private static final Pattern GOVERNMENT_VERB_AFTER = Pattern.compile(GOVERNMENT_OPENING
            + "(?:(?:(?:has|have|had|will|would|could|may|might|is|are|was|were|been|also|again|\\w+ly)\\s+){0,3}"
            + "(?:" + GOVERNMENT_VERBS + "|" + GOVERNMENT_DOING + ")"
            + "|(?:(?:has|have|had|will|would|could|may|might|also|again|\\w+ly)\\s+){0,3}" + GOVERNMENT_ACTS + ")\\b");
    private static final Pattern GOVERNMENT_VERB_BEFORE = Pattern.compile("\\b" + GOVERNMENT_VERBS + "\\s+$");
    private static final Pattern PLACE_PREPOSITION_BEFORE = Pattern.compile(
            "(?i)\\b(?:in|to|from|near|at|into|of|outside|around|across|towards?|via|through|over|between|on|for)\\s+(?:the\\s+)?$");
    /** A name the table lacks before a facility noun names the facility, not a side: "the Al Salam military base". */
    private static final Pattern FACILITY_AFTER = Pattern.compile("(?i)\\s+(?:military\\s+|air\\s+|army\\s+)?"
            + "(?:base|airbase|airport|air\\s+field|airfield|camp|hospital|prison|school|mosque|church|checkpoint|crossing|dam|bridge|"
            + "compound|barracks|complex|refinery|power\\s+plant)\\b");
    /**
     * "the UN envoy for Yemen, Hans Grundberg", "Iran's ambassador to Iraq": the country an office
     * deals with is neither a side nor whose the office holder is.
     */
    private static final Pattern PORTFOLIO_BEFORE = Pattern.compile("(?i)\\b(?:envoy|ambassador|coordinator|representative|commissioner|"
            + "rapporteur|advis[eo]r|mission|delegate)\\s+(?:for|to|in|on)\\s+(?:the\\s+)?$");
    /** "stormed Ruwi village", "the province of Saada": a name the recogniser took for a person or a body is a place's. */
    private static final Pattern SETTLEMENT_AFTER = Pattern.compile("\\s+(?:village|town|city|district|province|governorate|county|region|camp)\\b");
    /** "the village of X", and each name of a list after "the villages of" ("Kairu, Gidan Dawa and Tungar Kwana"). */
    private static final Pattern SETTLEMENT_BEFORE = Pattern.compile("\\b(?:villages?|towns?|city|cities|districts?|provinces?|governorates?|county|counties|regions?)"
            + "\\s+of\\s+(?:\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3},\\s+){0,6}(?:\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3},?\\s+and\\s+)?$");
    /** "a market in Pieri was shelled": no person is "in" or "near" something; the recogniser took a place for one. */
    private static final Pattern PERSON_CANNOT_FOLLOW = Pattern.compile("\\b(?:in|near|outside|inside)\\s+$");
    /**
     * What the recogniser sometimes tags as a person but is no actor: a pronoun ("He"), or an
     * Arabic place name by its head word ("Kafr Kars", "Tel Susin", "Deir Hafer").
     */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "^(?:(?:He|She|It|They|We|His|Her|Its|Their|Army|Military|Police)$|(?:Kafr|Kfar|Tel|Tell|Deir|Dayr|Jabal|Jebel|Jisr|Khan|Ain|Ayn|Bir|Wadi|Qasr|Maarat|Ma'arat|Marat|Tal)\\s)");

    /** A coalition named by its noun alone. */
    private static final Pattern BARE_COALITION = Pattern.compile("(?i)(?:the\\s+)?coalition");
    /** "coalition" before the forces or strikes it acts by: "coalition warplanes struck …". */
    private static final Pattern COALITION_FORCES = Pattern.compile(
            "\\b[Cc]oalition(?=\\s+(?:forces|troops|warplanes|jets|aircraft|air\\s?strikes|strikes|raids|bombing|bombardment)\\b)");

    /** "the regime", or a ruler's regime: "the Asad regime", "Assad's brutal regime". */
    private static final Pattern REGIME = Pattern.compile(
            "\\b(?:([Tt]he)\\s+|\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)*(?:['’]s)?\\s+(?:\\p{Ll}+\\s+)?)[Rr]egime\\b");

    private final ActorTable table;
    private final Countries countries;
    private final PhraseMatcher<Country> countryWords = new PhraseMatcher<>();
    private final PhraseMatcher<Country> capitals = new PhraseMatcher<>();
    /** Words for a country's people ("Syrians", "Turks"): a group, not the state. */
    private final Set<String> peoples = new HashSet<>();
    /** A country's names as written ("Kenya", "US"), after which a clause is likelier than a group's name. */
    private final Set<String> names = new HashSet<>();

    public ActorResolver(ActorTable table, Countries countries) {
        this.table = table;
        this.countries = countries;
        for (String name : countries.names()) {
            countryWords.add(name, countries.byName(name));
            names.add(name.toLowerCase(Locale.ROOT));
        }
        for (String capital : countries.capitals()) {
            capitals.add(capital, countries.byCapital(capital));
        }
        for (String demonym : countries.demonyms()) {
            countryWords.add(demonym, countries.byDemonym(demonym));
            // The people as a group: "Palestinians", "Iraqis", "Afghans".
            if (demonym.endsWith("an") || demonym.endsWith("i") || demonym.endsWith("ian")) {
                countryWords.add(demonym + "s", countries.byDemonym(demonym));
                peoples.add((demonym + "s").toLowerCase(Locale.ROOT));
            }
        }
        for (String[] irregular : new String[][] {{"Turks", "TR"}, {"Serbs", "RS"}, {"Croats", "HR"}, {"Kurds", null},
                {"Brits", "GB"}, {"Swedes", "SE"}, {"Danes", "DK"}, {"Finns", "FI"}, {"Poles", "PL"}, {"Jews", null},
                {"Arabs", null}, {"Lebanese", "LB"}, {"Sudanese", "SD"}, {"Chinese", "CN"}, {"Japanese", "JP"}}) {
            if (irregular[1] != null && countries.byAlpha2(irregular[1]) != null) {
                countryWords.add(irregular[0], countries.byAlpha2(irregular[1]));
                peoples.add(irregular[0].toLowerCase(Locale.ROOT));
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
        // Each country phrase ("Turkish Foreign Minister", "Syria") with its bare country word.
        Map<ActorMention, ActorMention> countryPhrases = new IdentityHashMap<>();
        for (PhraseMatcher.Match<Country> m : countryWords.find(text)) {
            if (overlapsAny(found, m.start(), m.end()) || namesABorder(text, m) || namesAFacility(text, m)
                    || PORTFOLIO_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()
                    || NISBA_BEFORE.matcher(text.substring(Math.max(0, m.start() - 4), m.start())).find() || branchOf(found, text, m)) {
                continue;
            }
            ActorMention group = countryActor(text, m);
            // A group phrase that would swallow a named actor ("Iraq's Popular Mobilization Forces") stays the bare country.
            ActorMention bare = new ActorMention(m.start(), m.end(), m.phrase(), state(m.value()));
            ActorMention country = overlapsAny(found, group.start(), group.end()) ? bare : group;
            found.add(country);
            countryPhrases.put(country, bare);
        }
        for (PhraseMatcher.Match<Country> m : capitals.find(text)) {
            if (Character.isUpperCase(text.charAt(m.start())) && !overlapsAny(found, m.start(), m.end()) && speaksForItsState(text, m)) {
                found.add(new ActorMention(m.start(), m.end(), m.phrase(), countryGroup(m.value().name(), m.value().alpha3(), "GOV")));
            }
        }
        found = units(text, found, countryPhrases);
        found.addAll(namedGroups(text, found));
        for (EntityMention e : document.layer(Layers.ENTITIES)) {
            ActorMention opening = e.type().equals("ORGANIZATION") ? countryOpening(found, e) : null;
            if (opening != null) {
                // "the Kenya National Commission on Human Rights" is a body of that country, not the country.
                found.remove(opening);
                countryPhrases.remove(opening);
                found.add(new ActorMention(e.start(), e.end(), e.text(), new Actor(e.text(), opening.actor().code(), null, null, Actor.Kind.GROUP)));
                continue;
            }
            if (!(e.type().equals("PERSON") || e.type().equals("ORGANIZATION")) || overlapsAny(found, e.start(), e.end())
                    || !Character.isUpperCase(e.text().charAt(0)) || NOT_A_NAME.matcher(e.text()).find()
                    || FACILITY_AFTER.matcher(text.substring(e.end(), Math.min(text.length(), e.end() + 30))).lookingAt()
                    || namesASettlement(text, e)) {
                continue;
            }
            Actor named = e.type().equals("PERSON") ? namedBefore(e, found) : null;
            found.add(new ActorMention(e.start(), e.end(), e.text(), named != null ? named : contextActor(text, e, found)));
        }
        found = namedByAcronym(text, found, countryPhrases);
        found.addAll(regimes(text, found));
        found = coalitions(text, found);
        found.addAll(unnamedGroups(text, found));
        return document.with(Layers.ACTORS, withTitles(text, found, countryPhrases));
    }

    private static boolean namesASettlement(String text, EntityMention e) {
        String before = text.substring(Math.max(0, e.start() - 150), e.start());
        return SETTLEMENT_AFTER.matcher(text.substring(e.end(), Math.min(text.length(), e.end() + 20))).lookingAt()
                || SETTLEMENT_BEFORE.matcher(before).find() || e.type().equals("PERSON") && PERSON_CANNOT_FOLLOW.matcher(before).find();
    }

    /**
     * A bare "the coalition", or "coalition" before its forces or strikes ("coalition warplanes"), is
     * the coalition the article names in full (the one named last before it, else the first named):
     * "the Saudi-led coalition … the coalition" is not the US-led one the table's alias would give.
     * With none named in full, the table's alias stands, and a bare modifier names no one.
     */
    private static List<ActorMention> coalitions(String text, List<ActorMention> found) {
        List<ActorMention> coalitions = found.stream().filter(a -> a.actor().name().toLowerCase(Locale.ROOT).contains("coalition")).toList();
        List<ActorMention> named = coalitions.stream().filter(a -> !BARE_COALITION.matcher(a.text()).matches())
                .sorted(Comparator.comparingInt(ActorMention::start)).toList();
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention a : found) {
            boolean bare = coalitions.contains(a) && !named.contains(a);
            out.add(bare && !named.isEmpty() ? new ActorMention(a.start(), a.end(), a.text(), coalitionFor(a.start(), named)) : a);
        }
        Matcher m = COALITION_FORCES.matcher(text);
        while (m.find()) {
            if (!named.isEmpty() && !overlapsAny(out, m.start(), m.end())) {
                out.add(new ActorMention(m.start(), m.end(), m.group(), coalitionFor(m.start(), named)));
            }
        }
        return out;
    }

    private static Actor coalitionFor(int at, List<ActorMention> named) {
        ActorMention chosen = named.get(0);
        for (ActorMention n : named) {
            if (n.start() < at) {
                chosen = n;
            }
        }
        return chosen.actor();
    }

    private static final Pattern IN_BRACKETS = Pattern.compile("\\s*\\(\\s*");

    /**
     * A name followed by its acronym in brackets is the acronym's actor: "the National Liberation
     * Army (ELN)" is the table's ELN, though the table does not list the name, which other countries' groups share;
     * so is a country's group ("Colombia's National Liberation Army (ELN)" is no organ of the state).
     */
    private static List<ActorMention> namedByAcronym(String text, List<ActorMention> found, Map<ActorMention, ActorMention> countryPhrases) {
        List<ActorMention> out = new ArrayList<>(found.size());
        for (ActorMention a : found) {
            Matcher open = IN_BRACKETS.matcher(text).region(a.end(), text.length());
            ActorMention acronym = !open.lookingAt() ? null : found.stream()
                    .filter(b -> b.start() == open.end() && text.startsWith(")", b.end()) && b.text().chars().allMatch(Character::isUpperCase))
                    .findFirst().orElse(null);
            // A name of several words the table does not hold ("the force in Lebanon (UNIFIL)" renames no country).
            boolean unlisted = a.actor().kind() != Actor.Kind.STATE && a.text().contains(" ")
                    && (a.actor().name().equals(a.text()) && a.actor().wikidata() == null || countryPhrases.containsKey(a));
            out.add(acronym != null && unlisted && !acronym.actor().equals(a.actor())
                    ? new ActorMention(a.start(), a.end(), a.text(), acronym.actor()) : a);
        }
        return out;
    }

    /** A numbered military unit: "the 47th Mechanized Brigade", "U.S. 5th Fleet", "Combined Task Force 150", "CTF 50". */
    private static final Pattern UNIT = Pattern.compile("\\b(?:\\d+(?:st|nd|rd|th)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}"
            + "(?:Fleet|Army|Corps|Division|Brigade|Battalion|Regiment|Squadron|Wing|Marines)"
            + "|(?:(?:Combined\\s+)?(?:Joint\\s+)?Task\\s+Force|C?J?TF)(?:\\s+\\(\\p{Lu}+\\))?[\\s-]+\\d+)\\b");
    private static final Pattern POSSESSIVE_GAP = Pattern.compile("(?:['’]s)?\\s+");

    /**
     * Numbered military units, each of the country written before it ("U.S. 5th Fleet", "Ukraine's
     * 47th Brigade"), or of the country it had where the article named it so before: a unit of one
     * country's forces, not the country, and not the place a recogniser may take its number's word for.
     */
    private static List<ActorMention> units(String text, List<ActorMention> found, Map<ActorMention, ActorMention> countryPhrases) {
        List<ActorMention> out = new ArrayList<>(found);
        Map<String, ActorMention> countryOf = new HashMap<>();
        Matcher m = UNIT.matcher(text);
        while (m.find()) {
            String unit = m.group().replaceAll("\\s+", " ");
            ActorMention country = out.stream().filter(a -> a.actor().kind() == Actor.Kind.STATE && a.end() <= m.start()
                    && POSSESSIVE_GAP.matcher(text.substring(a.end(), m.start())).matches()).findFirst().orElse(null);
            // Written as one name ("U.S. 5th Fleet"), the country word is part of it; a possessor stays itself.
            boolean oneName = country != null && text.substring(country.end(), m.start()).isBlank();
            int start = oneName ? country.start() : m.start();
            if (overlapsAny(out.stream().filter(a -> !(oneName && a == country)).toList(), start, m.end())) {
                continue;
            }
            if (oneName) {
                out.remove(country);
                countryPhrases.remove(country);
            }
            ActorMention of = country != null ? country : countryOf.get(unit);
            Actor actor = of == null ? new Actor(unit, null, "MIL", null, Actor.Kind.GROUP)
                    : new Actor(unit + " (" + of.actor().name() + ")", of.actor().code(), "MIL", null, Actor.Kind.GROUP);
            countryOf.putIfAbsent(unit, of);
            out.add(new ActorMention(start, m.end(), text.substring(start, m.end()), actor));
        }
        return out;
    }

    /** A name the table lacks, then the kind of armed group it is: "the Gran Grif gang", "the Wazalendo militia". */
    private static final Pattern NAMED_GROUP = Pattern.compile("(?<name>(?:\\p{Lu}[\\p{L}'’-]*|\\d+)(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})"
            + "\\s+(?<kind>gang|militia|brigade|armed group|rebel group|faction)\\b");
    /** Capitalised words that are no group's name: an article opening a sentence, or who the group's members are. */
    private static final Pattern NOT_A_GROUP_NAME = Pattern.compile("(?i)\\b(?:the|a|an|this|that|its|his|her|their|our|another|other|some|many|several|each|every|both|one|two|three|local|armed|rebel|rival|"
            + "shiite|shia|sunni|kurdish|christian|arab|druze|alawite|islamist|jihadist|muslim|tribal|pro|anti|government|state)\\b");
    private static final Pattern OPENING_ARTICLE = Pattern.compile("(?:The|A|An)\\s+");
    private static final Map<String, String> GROUP_KINDS = Map.of("gang", "CRM", "militia", "PRM", "brigade", "PRM",
            "armed group", "PRM", "rebel group", "REB", "faction", "PRM");

    private static List<ActorMention> namedGroups(String text, List<ActorMention> found) {
        List<ActorMention> out = new ArrayList<>();
        Matcher m = NAMED_GROUP.matcher(text);
        while (m.find()) {
            // A capital that opens a sentence is no part of the name ("The Viv Ansanm gang").
            Matcher article = OPENING_ARTICLE.matcher(m.group("name"));
            int start = m.start() + (article.lookingAt() ? article.end() : 0);
            String name = text.substring(start, m.end("name"));
            if (name.isEmpty() || NOT_A_GROUP_NAME.matcher(name).find() || overlapsAny(found, start, m.end())) {
                continue;
            }
            out.add(new ActorMention(start, m.end(), text.substring(start, m.end()),
                    new Actor(name, null, GROUP_KINDS.get(m.group("kind")), null, Actor.Kind.GROUP)));
        }
        return out;
    }

    /**
     * Civilians and armed groups named by a bare plural noun ("killing nine civilians") or its
     * adjective ("the rebel offensive", not "the militant group Hamas"): no country
     * to give them, but their sector says who suffered or acted.
     */
    private static List<ActorMention> unnamedGroups(String text, List<ActorMention> found) {
        List<ActorMention> out = new ArrayList<>();
        Matcher m = BARE_GROUP.matcher(text);
        while (m.find()) {
            if (!overlapsAny(found, m.start(), m.end())) {
                // The adjective ("the rebel offensive") names the same group as its plural.
                String word = m.group().toLowerCase(Locale.ROOT);
                // "Armed men" are gunmen; "loyalist fighters" are loyalists.
                String noun = m.group("adjective") != null ? word + "s" : word.equals("armed men") ? "gunmen" : word.startsWith("loyalist") ? "loyalists" : word;
                out.add(new ActorMention(m.start(), m.end(), m.group(), Actor.unnamedGroup(noun, SECTOR_NOUNS.get(noun))));
            }
        }
        return out;
    }

    /**
     * "The Asad regime", "Assad's brutal regime" and a bare "the regime" name a government: the
     * ruler's country; for a bare "the regime", the ruler's regime named last before it (or the
     * first one named). Where no ruler is named, the {@link StateOrganResolver} reads the article's country.
     */
    private List<ActorMention> regimes(String text, List<ActorMention> found) {
        // First the regimes named by their ruler, then the bare ones, which take the ruler's regime named last (or first).
        List<int[]> spans = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        Matcher m = REGIME.matcher(text);
        while (m.find()) {
            int end = m.end();
            int nounStart = end - "regime".length();
            if (overlapsAny(found, nounStart, end)) {
                continue; // "the Syrian regime" is already a country's government
            }
            int matchStart = m.start();
            ActorMention ruler = found.stream()
                    .filter(a -> a.actor().kind() == Actor.Kind.PERSON && a.actor().code() != null && a.start() >= matchStart && a.end() <= nounStart)
                    .findFirst().orElse(null);
            if (ruler != null || m.group(1) != null) {
                spans.add(new int[] {ruler != null ? ruler.start() : nounStart, end});
                codes.add(ruler != null ? ruler.actor().code() : null);
            }
        }
        String fallback = codes.stream().filter(Objects::nonNull).findFirst().orElse(null);
        List<ActorMention> regimes = new ArrayList<>();
        String lastNamed = null;
        for (int i = 0; i < spans.size(); i++) {
            lastNamed = codes.get(i) != null ? codes.get(i) : lastNamed;
            String code = lastNamed != null ? lastNamed : fallback;
            if (code == null) {
                continue;
            }
            int start = spans.get(i)[0];
            // A description keeps its article: "the Asad regime", "the regime".
            if (start >= 4 && text.substring(start - 4, start).matches("[Tt]he ")) {
                start -= 4;
            }
            Country country = countries.byAlpha3(code);
            int end = spans.get(i)[1];
            regimes.add(new ActorMention(start, end, text.substring(start, end), countryGroup(country != null ? country.name() : code, code, "GOV")));
        }
        return regimes;
    }

    /**
     * A surname alone ("Mosawwi") is the one person named in full before it ("Hashem al-Mosawwi"),
     * or null when no one or several people were ("Mughniyeh" after Imad and Jihad Mughniyeh).
     */
    private static Actor namedBefore(EntityMention surname, List<ActorMention> found) {
        if (surname.text().contains(" ")) {
            return null;
        }
        Set<Actor> candidates = new HashSet<>();
        for (ActorMention a : found) {
            String[] words = a.actor().name().split("[\\s-]+");
            if (a.start() < surname.start() && a.actor().kind() == Actor.Kind.PERSON && words.length > 1
                    && words[words.length - 1].equalsIgnoreCase(surname.text())) {
                candidates.add(a.actor());
            }
        }
        return candidates.size() == 1 ? candidates.iterator().next() : null;
    }

    /**
     * A person's mention takes in the title before the name ("Foreign Minister Tobias Ellwood",
     * "U.S. Secretary of State Kerry"), and a country or country-and-role phrase that heads the title
     * becomes the person's country: one actor, not a state and a person.
     */
    private static List<ActorMention> withTitles(String text, List<ActorMention> found, Map<ActorMention, ActorMention> countryPhrases) {
        List<ActorMention> out = new ArrayList<>(found);
        for (ActorMention person : found) {
            if (person.actor().kind() != Actor.Kind.PERSON) {
                continue;
            }
            int windowStart = Math.max(0, person.start() - 80);
            Matcher title = TITLE.matcher(text.substring(windowStart, person.start()));
            if (!title.find()) {
                continue;
            }
            int titleStart = windowStart + title.start();
            int start = titleStart;
            Actor actor = person.actor();
            ActorMention country = out.stream()
                    .filter(c -> countryPhrases.containsKey(c) && c.start() < titleStart && c.end() >= titleStart - 1 && c.end() <= person.start())
                    .findFirst().orElse(null);
            if (country != null && !HEADS_A_TITLE.matcher(text.substring(country.start(), titleStart)).matches()) {
                // "a visit to Turkey Minister Ellwood": the country stays a country and the title goes to the person.
                out.set(out.indexOf(country), countryPhrases.get(country));
                country = null;
            }
            if (country != null) {
                out.remove(country);
                start = country.start();
                actor = new Actor(actor.name(), actor.code() != null ? actor.code() : country.actor().code(),
                        actor.sector() != null ? actor.sector() : country.actor().sector(), actor.wikidata(), Actor.Kind.PERSON);
            }
            if (CIVIL_OFFICE.matcher(title.group(1)).find() && ("COP".equals(actor.sector()) || "MIL".equals(actor.sector()))) {
                // "police detained Istanbul Mayor Ekrem Imamoglu": a mayor or a minister governs, whatever the clause around names.
                actor = new Actor(actor.name(), actor.code(), "GOV", actor.wikidata(), Actor.Kind.PERSON);
            }
            if (actor.sector() == null) {
                // A Director-General or an Attorney General is no general.
                boolean civilGeneral = CIVIL_GENERAL.matcher(text.substring(Math.max(0, titleStart - 12), person.start())).find();
                boolean military = title.group(1).matches(MILITARY_RANKS) && !civilGeneral;
                actor = new Actor(actor.name(), actor.code(), military ? "MIL" : "GOV", actor.wikidata(), Actor.Kind.PERSON);
            }
            // A word of the title the recogniser took for a body of its own ("Interior" of "Interior Minister …") is no actor.
            int titleFrom = start;
            out.removeIf(o -> o != person && o.start() >= titleFrom && o.end() <= person.start()
                    && o.actor().kind() == Actor.Kind.GROUP && o.actor().code() == null);
            out.set(out.indexOf(person), new ActorMention(start, person.end(), text.substring(start, person.end()), actor));
        }
        return out;
    }

    static Actor state(Country country) {
        return new Actor(country.name(), country.alpha3(), null, null, Actor.Kind.STATE);
    }

    /** A country word heading a group noun is that group; otherwise the country itself. */
    private ActorMention countryActor(String text, PhraseMatcher.Match<Country> m) {
        Country country = m.value();
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 80));
        if (BACKER.matcher(after).find()) {
            // "U.S.-backed Iraqi government forces": the country backs the group; the group is another's.
            return new ActorMention(m.start(), m.end(), m.phrase(), state(country));
        }
        boolean bareName = names.contains(m.phrase().toLowerCase(Locale.ROOT)) && !countries.demonyms().contains(m.phrase())
                && !after.startsWith("'s") && !after.startsWith("’s");
        Matcher group = (bareName ? GROUP_AFTER_NAME : GROUP_AFTER).matcher(after);
        // A group noun on the next line (a headline's last word, then "Minister …") is no group of the country.
        if (group.find() && group.group().indexOf('\n') < 0) {
            // "Syrian opposition forces" are rebels, whatever their noun says.
            String sector = OPPOSITION.matcher(group.group()).find() ? "REB" : SECTOR_NOUNS.get(group.group(1).toLowerCase(Locale.ROOT));
            int end = m.end() + group.end();
            if (anotherCountryIn(group.group(), country)) {
                // "US and British forces": each country's forces, the second named by its own word.
                return new ActorMention(m.start(), m.end(), m.phrase(), organ(table, country, sector));
            }
            Matcher first = FIRST_OF_TWO.matcher(group.group());
            if (first.find()) {
                // "the Syrian government and people": the first group is the one the phrase is about.
                sector = SECTOR_NOUNS.get(first.group(1).toLowerCase(Locale.ROOT));
                end = m.end() + first.end(1);
            }
            return new ActorMention(m.start(), end, text.substring(m.start(), end), organ(table, country, sector));
        }
        if (peoples.contains(m.phrase().toLowerCase(Locale.ROOT))) {
            return new ActorMention(m.start(), m.end(), m.phrase(), new Actor(country.name() + PEOPLE_LABEL, country.alpha3(), null, null, Actor.Kind.GROUP));
        }
        return new ActorMention(m.start(), m.end(), m.phrase(), state(country));
    }

    /** "near the Turkish border", "on the Thai frontier": where something is, not a side. */
    private static boolean namesABorder(String text, PhraseMatcher.Match<Country> m) {
        return BORDER_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20))).lookingAt()
                && BORDER_PREPOSITION_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find();
    }

    /** "Abu Hussein al-Iraqi": a name's "al-" with a country's adjective says where a person is from, no side. */
    private static final Pattern NISBA_BEFORE = Pattern.compile("\\b(?:al|el)-$");

    /** "Amnesty International Kenya", "Save the Children UK": a country named right after a body's name is its branch, not a side. */
    private static boolean branchOf(List<ActorMention> found, String text, PhraseMatcher.Match<Country> m) {
        return found.stream().anyMatch(a -> a.end() + 1 == m.start() && text.charAt(a.end()) == ' ' && a.actor().kind() == Actor.Kind.GROUP
                && a.actor().sector() != null && (a.actor().sector().equals("NGO") || a.actor().sector().equals("IGO")));
    }

    /**
     * "the Saudi Teaching Maternal Hospital", "the British International School": a country word that
     * opens a building's name is part of the name, no side (an embassy still speaks for its state).
     */
    private static boolean namesAFacility(String text, PhraseMatcher.Match<Country> m) {
        Matcher name = CAPITALISED_RUN.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 80)));
        if (!name.lookingAt()) {
            return false;
        }
        String facility = m.phrase() + name.group();
        return Geocoder.isLocalFeature(facility) && !EMBASSY.matcher(facility).find();
    }

    private static final Pattern CAPITALISED_RUN = Pattern.compile("(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]*){1,5}");
    private static final Pattern EMBASSY = Pattern.compile("\\b(?:Embassy|Consulate|Mission)\\b");
    private static final Pattern BORDER_AFTER = Pattern.compile("\\s+(?:border|frontier|coast|coastline)\\b");
    private static final Pattern BORDER_PREPOSITION_BEFORE = Pattern.compile(
            "(?i)\\b(?:near|along|on|at|across|to|towards?|from|by|off|over)\\s+the\\s+(?:\\w+\\s+)?$");

    /** Whether the words between a country and its group noun name another country ("… and British forces"). */
    private boolean anotherCountryIn(String words, Country country) {
        return countryWords.find(words).stream().anyMatch(w -> Character.isUpperCase(w.phrase().charAt(0)) && !w.value().equals(country));
    }

    /** The actor the table names as the country's organ of that sector ("Syrian army"), else the country's group. */
    static Actor organ(ActorTable table, Country country, String sector) {
        Actor named = table.organOf(country, sector);
        return named != null ? named : countryGroup(country.name(), country.alpha3(), sector);
    }

    /** A country's group of one sector: "Syria (government)", "Iraq (militia)". */
    static Actor countryGroup(String countryName, String code, String sector) {
        return new Actor(countryName + groupLabel(sector), code, SECTOR_LABELS.contains(sector) ? sector : null, null, Actor.Kind.GROUP);
    }

    /**
     * Whether an actor is a country's group this resolver named by its country and a sector or its
     * people ("Syria (military)", "Iraq (people)"), not a group with a name of its own.
     */
    static boolean isCountryGroup(Actor a) {
        return a.kind() == Actor.Kind.GROUP && a.wikidata() == null && a.code() != null
                && (a.name().endsWith(PEOPLE_LABEL) || a.name().endsWith(groupLabel(a.sector() == null ? "" : a.sector())));
    }

    private static final String PEOPLE_LABEL = " (people)";

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

    /**
     * A capital that stands for its government: the subject or object of a verb of saying or of
     * policy ("Moscow denied", "Tehran, which funds several militias", "warned Damascus"), never
     * after a preposition of place ("in Moscow", "the road to Damascus").
     */
    private static boolean speaksForItsState(String text, PhraseMatcher.Match<?> capital) {
        String before = text.substring(Math.max(0, capital.start() - 40), capital.start());
        String after = text.substring(capital.end(), Math.min(text.length(), capital.end() + 60));
        if (PLACE_PREPOSITION_BEFORE.matcher(before).find()) {
            return false;
        }
        return GOVERNMENT_VERB_AFTER.matcher(after).lookingAt() || GOVERNMENT_VERB_BEFORE.matcher(before).find();
    }

    /**
     * A name the table lacks takes its country from a country word or a group named just before it
     * ("Iraqi", "IRGC commander"), and its sector from a role noun. A person lends that only to a
     * person ("commander Ali Karimi and General Reza Tavakoli"): "the President, whose own Druze
     * community" says nothing of the community's side.
     */
    private Actor contextActor(String text, EntityMention e, List<ActorMention> found) {
        int windowStart = Math.max(0, e.start() - 60);
        ActorMention country = null;
        for (ActorMention a : found) {
            // Only the window is read: cutting the text between every mention and the name made long documents quadratic.
            if (a.start() < windowStart || a.end() > e.start()) {
                continue;
            }
            String between = text.substring(a.end(), e.start());
            // A country in another sentence or paragraph (a headline's last word) is no qualifier of the name.
            if (a.actor().code() != null && (a.actor().kind() != Actor.Kind.PERSON || e.type().equals("PERSON"))
                    && !between.contains(".") && !between.contains("\n") && (country == null || a.start() > country.start())) {
                country = a;
            }
        }
        String sector = null;
        if (country != null) {
            Matcher role = POSSESSIVE_ROLE.matcher(text.substring(country.end(), e.start()));
            // An international body's envoy works for the body, not for a government.
            if (country.actor().kind() != Actor.Kind.STATE && "IGO".equals(country.actor().sector())) {
                sector = "IGO";
            } else if (role.find()) {
                sector = SECTOR_NOUNS.get(role.group(1).toLowerCase(Locale.ROOT));
            } else if (country.actor().sector() != null) {
                sector = country.actor().sector();
            }
        }
        return new Actor(e.text(), country != null ? country.actor().code() : null,
                sector != null && (SECTOR_LABELS.contains(sector) || sector.equals("IGO")) ? sector : null, null,
                e.type().equals("PERSON") ? Actor.Kind.PERSON : Actor.Kind.GROUP);
    }

    /**
     * The bare country that opens an organisation's name of three words or more, when nothing else
     * found lies inside that name; else null.
     */
    private static ActorMention countryOpening(List<ActorMention> found, EntityMention organisation) {
        List<ActorMention> inside = found.stream().filter(a -> a.overlaps(organisation)).toList();
        if (inside.size() != 1 || organisation.text().split("\\s+").length < 3) {
            return null;
        }
        ActorMention country = inside.get(0);
        return country.actor().kind() == Actor.Kind.STATE && country.start() == organisation.start() && country.end() < organisation.end()
                ? country : null;
    }

    private static boolean overlapsAny(List<ActorMention> mentions, int start, int end) {
        Span probe = new ActorMention(start, end, "", null);
        return mentions.stream().anyMatch(m -> m.overlaps(probe));
    }
}
