package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.DateWindow;
import org.sitrep.model.Document;
import org.sitrep.model.Evidence;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventMention.Status;
import org.sitrep.model.LayerKey;
import org.sitrep.model.Layers;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Quantity;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;
import org.sitrep.model.Tokens;
import org.sitrep.pipeline.Stage;
import org.sitrep.resolve.ArticleDater;
import org.sitrep.resolve.Dateline;
import org.sitrep.resolve.Refuge;
import org.sitrep.resolve.TimeNormalizer;

/**
 * Detects PLOVER events sentence by sentence. A trigger word gives type and mode; actors before it
 * in the sentence are the actors, actors after it the recipients; place and time come from the same
 * sentence only, so nothing is stitched from unrelated sentences. Negated, future and hypothetical
 * mentions are marked. Mentions of one event within the article are merged, and the article's
 * claims (figures, denials) are attached to the event they are about.
 */
public final class EventExtractor implements Stage {
    /** "Syrian and Iraqi sources", "a diplomatic source": who tells of an event, never who takes part in it. */
    private static final Pattern REPORTERS = Pattern.compile("(?i)\\bsources?$");
    /** "put more pressure on Moscow", "sanctions on Iran", "called on Rwanda to withdraw": whose government is pressed, not where. */
    private static final Pattern PRESSURED_BEFORE = Pattern.compile("(?i)\\b(?:(?:pressure|sanctions|penalties|tariffs)\\s+(?:on|against)"
            + "|called\\s+on|calls\\s+on|calling\\s+on|urged|urging|urges|press|pressed|pressing|presses)\\s+(?:the\\s+)?$");
    /** "after talks with Turkey", "killed by Israel": a partner or an agent, not where it happened. */
    private static final Pattern PARTNER_BEFORE = Pattern.compile("\\b(?:with|by)\\s+(the\\s+)?$");
    /** What joins the members of a list of names: ", ", " and ", ", and ", " or ". */
    private static final Pattern LIST_JOINER = Pattern.compile(",?\\s+(?:and|or)\\s+|,\\s+");
    /** How many days before its article a dated mention is told as past, not as the news. */
    private static final int PAST_DAYS = 30;
    /** The rest of a speaker's phrase, then its verb: "UN| source said", "army| said", "WHO| Director-General Tedros said". */
    private static final Pattern SPEAKER_AFTER = Pattern.compile("(?:\\s+[\\p{L}'’.-]+){0,5}\\s+(?:said|says|told|reported)\\b");
    /** Words that open the subject of a new clause: "the", "his", "Turkish", "jets", "Israel". */
    private static final Set<String> SUBJECT_OPENERS = Set.of("DT", "PRP$", "JJ", "CD", "NN", "NNS", "NNP", "NNPS");
    /** Prepositions that open a qualified count: "at least 14", "over 20", "about 30". */
    private static final Set<String> COUNT_QUALIFIERS = Set.of("at", "over", "about", "around", "nearly", "some");
    /** Words that may open a noun phrase before its noun: "nine", "the", "armed", "suspected". */
    private static final Set<String> NOUN_PHRASE_OPENERS = Set.of("DT", "CD", "JJ", "JJR", "JJS", "VBN", "PRP$", "NNP", "NN");
    /** What is said of a kind of act rather than of one: "… are unacceptable", "… are a war crime". */
    private static final Pattern JUDGEMENT = Pattern.compile("(?i)\\s+(?:\\w+ly\\s+)?(?:never\\s+|not\\s+)?(?:unacceptable|illegal|unlawful|"
            + "wrong|forbidden|prohibited|criminal|immoral|unjustifiable|unjustified|inexcusable|intolerable|abhorrent|justified|"
            + "(?:an?\\s+)?(?:war\\s+)?crimes?\\b|(?:an?\\s+)?(?:clear\\s+|grave\\s+|flagrant\\s+)?violations?\\b)");
    /** "Monday's drone attack": the time owns the act. */
    private static final Pattern POSSESSIVE_DAY = Pattern.compile("['’]s\\s+(?:[\\w-]+\\s+){0,2}");
    /** "attack on a market in El Fasher", "raid near Kassala": the act's own place. */
    private static final Pattern OWN_PLACE = Pattern.compile("\\s+(?:(?:on|against)\\s+(?:an?|the)\\s+[\\w-]+(?:\\s+[\\w-]+)?\\s+)?(?:in|near|at|outside)\\s+(?:the\\s+)?");
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("(?i),\\s*(?:(?:during|in|after|before|under|by|through)\\s+)?(?:which|who|whom|whose)\\b");
    private static final Set<String> COMMON_NOUNS = Set.of("NN", "NNS");
    /** Words that place what follows before or after another time. */
    private static final Set<String> TIME_ORDER = Set.of("after", "before", "until");
    /** Words that tell a clause as the time of another: those that order times, and "when", "since". */
    private static final Set<String> TIME_CLAUSE = Stream.concat(TIME_ORDER.stream(), Stream.of("when", "since")).collect(Collectors.toUnmodifiableSet());
    /** A word that opens a time after "since" or "after" ("since December", "after 2011", "since then"), not a clause's subject. */
    private static final Pattern TIME_WORD = Pattern.compile("(?i)jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?"
            + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\\d{4}|then|last|early|late|mid-\\p{L}+");
    /** Words that open a reason or a concession. */
    private static final Set<String> REASON = Set.of("because", "although", "though", "whereas");
    private static final Set<String> DEFINITE_WORDS = Set.of("the", "this", "that", "these", "those");
    /** Verbs that speak of an act already told. */
    private static final Set<String> REFERRING = Set.of("call", "describe", "term", "label", "dub", "investigate", "probe", "witness",
            "survive", "film", "cast", "portray", "depict", "frame", "characterize", "characterise", "document", "recall", "mourn", "justify", "defend", "discuss", "deny", "reject", "dismiss", "refute",
            // "France, which oversees the truce": who watches over an agreement told before makes none.
            "oversee", "monitor", "guarantee",
            // "Security forces ended the siege": the siege was told; its end is no second siege.
            "end");
    private static final Set<String> REPORTING = Set.of("say", "tell", "report", "claim", "announce", "confirm");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "refrain", "refrains", "refrained", "yet");
    private static final Set<String> FUTURE = Set.of("will", "plan", "plans", "planned", "planning", "expected", "prepare",
            "preparing", "prepared", "preparations", "intend", "intends", "predict", "set", "poised", "vowed", "vow", "vows", "threatened", "would",
            "ready", "wants", "pledged", "promised", "offered", "willing");
    private static final Pattern PERFORMATIVE = Pattern.compile("(?i)\\b(?:announc\\w*|declar\\w*|order\\w*|proclaim\\w*)\\b");
    /** A preposition of direction: the country after it is where something goes ("his trip to Syria"), never who goes. */
    private static final Pattern GOAL_BEFORE = Pattern.compile("\\b(?:to|into|towards?)\\s+(?:the\\s+)?$");
    /** What links a trigger noun to a group of its own phrase: "an influx of …", "an assault by …", "clashes between …". */
    private static final Pattern OWN_PHRASE = Pattern.compile("(?i)\\s+(?:of|by|from|between|with)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,4}");
    /** A noun phrase set off by commas after a name: ", a key partner of the army,". */
    private static final Pattern APPOSITIVE = Pattern.compile(",\\s+(?:a|an|the)\\s+[^,;]{1,80}?,");
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\b");
    /** A possessive and at most two lower-case qualifiers before a trigger noun: "'s renewed air", "'s". */
    private static final Pattern OWNED_TRIGGER = Pattern.compile("['’]s(?:\\s+[a-z][a-z-]*){0,2}\\s+");
    /** People someone has: "asked the minister's friends" asks the friends. */
    private static final Pattern KIN = Pattern.compile("(?i)friends?|family|families|wife|husband|sons?|daughters?|brothers?|"
            + "sisters?|mother|father|parents|children|relatives|lawyers?|aides?|advisers?|advisors?|allies|followers|"
            + "spokes(?:wo)?man|spokesperson|envoys?|ambassador|staff|guards?|bodyguards?");
    /** Nouns of places a country owns: "Syria's largest city", "Lebanon's southern border". */
    private static final Pattern PLACE_NOUN = Pattern.compile("(?i)cit(?:y|ies)|towns?|villages?|capital|provinces?|regions?|"
            + "borders?|territory|soil|airspace|coast|countryside|north|south|east|west|heartland");
    /** Whom an act favours is not whom it is done to: "tilted the battle in favour of the army". */
    private static final Pattern BENEFICIARY_BEFORE = Pattern.compile("(?i)\\b(?:in\\s+favou?r|on\\s+behalf|in\\s+support)\\s+of\\s+"
            + "(?:the\\s+)?(?:\\p{Lu}[\\p{L}.]*\\s+){0,2}$");
    /** Verbs that only let something happen: with no one who lets it, the act let happen is the event. */
    private static final Pattern ENABLING = Pattern.compile("(?i)allow|permit");
    /** A name right after "from": where something comes from. */
    private static final Pattern BACKER_BEFORE = Pattern.compile("\\b(?:backed|supported|aided|assisted|helped|escorted|accompanied)\\s+by\\s+(?:the\\s+)?$");
    /** "Ethnic armed groups allied with Myanmar's shadow government captured …": whom the subject is allied with does not act. */
    private static final Pattern ALLY_OF_A_NOUN_BEFORE = Pattern.compile("(?i)\\b(?:groups|forces|fighters|militias|rebels|factions)\\s+"
            + "(?:allied|aligned)\\s+(?:with|to)\\s+(?:the\\s+)?$");
    /** What introduces another act, answered or just before ("in response to U.S. strikes", "hours after an attack"). */
    private static final String ANSWERING_ANOTHER = "(?i)\\b(?:in\\s+(?:response|retaliation|reply|revenge)\\s+(?:to|for)|to\\s+avenge"
            + "|(?:hours|days|weeks|a\\s+day|a\\s+week|shortly|soon)\\s+after)";
    private static final Pattern RESPONSE_BEFORE = Pattern.compile(ANSWERING_ANOTHER + "\\s+(?:the\\s+|an?\\s+)?(?:[\\w.'’-]+\\s+){0,3}$");
    private static final Pattern RESPONSE_BETWEEN = Pattern.compile(ANSWERING_ANOTHER);
    /** A group's fighters and where they come from: "Hezbollah fighters from Lebanon". */
    private static final String FIGHTERS_FROM = "(?:fighters|militants|militiamen|troops|forces|soldiers|members|commanders|volunteers)\\s+from\\s+(?:the\\s+)?";
    private static final Pattern ORIGIN_BETWEEN = Pattern.compile("\\s*(?:from|" + FIGHTERS_FROM + ")");
    private static final Pattern FROM_BEFORE = Pattern.compile("\\bfrom\\s+(?:the\\s+)?$");
    /** People, then "from": the place after, and those listed with it, is where they come from. */
    private static final Pattern ORIGIN_BEFORE = Pattern.compile("\\b(?:fighters|militants|militiamen|volunteers|troops|soldiers|"
            + "forces|refugees|officials|delegation|envoys?|arriving|coming|returning|travell?ing|flying|deported|repatriated|"
            + "cross(?:ing)?(?:\\s+(?:into|the\\s+border\\s+into)\\s+(?:the\\s+)?[\\w-]+)?|infiltrat\\w*)"
            + "\\s+(?:back\\s+)?from\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*,?\\s+(?:and\\s+)?)*$");
    /** "The ADF, which originated in Uganda": where a group comes from, not where it acts. */
    private static final Pattern ORIGINATED_IN = Pattern.compile("(?i)\\boriginat(?:ed|es|ing)\\s+in\\s+(?:the\\s+)?$");
    /** "was travelling from Quetta to Peshawar when …": where a journey was bound. */
    private static final Pattern JOURNEY_BEFORE = Pattern.compile("(?i)\\b(?:travell?ing|travell?ed|heading|headed|flying|flown|driving|sailing|"
            + "on\\s+(?:its|their|his|her)\\s+way)\\s+(?:from\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*\\s+)?"
            + "(?:to|towards)\\s+(?:the\\s+)?$");
    /** People a country after "in" can say whose they are ("opposition parties in Nepal"). */
    private static final Pattern PEOPLE = Pattern.compile("(?i)groups|parties|factions|forces|troops|soldiers|officials|leaders|"
            + "authorities|government|army|police|opposition|people|residents|activists|protesters|students|workers|supporters|"
            + "members|citizens|communities|minorities|militias|militants|rebels|fighters|refugees|agencies|organi[sz]ations|charities|staff");
    /** Participles are left out: "camps for displaced people" has no verb between trigger and date. */
    private static final Set<String> FINITE_VERBS = Set.of("VB", "VBD", "VBZ", "VBP");
    /** Verbs in a tense of their own, not the bare form an infinitive or a tagger's misreading shares ("drone"). */
    private static final Set<String> TENSED_VERBS = Set.of("VBD", "VBZ", "VBP");
    private static final Set<String> PRENOMINAL = Set.of("DT", "JJ", "PRP$", "POS", "RB");
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would", "can", "could", "may", "might", "shall", "should", "must");
    private static final Set<String> VOLITION = Set.of("will", "would", "plan", "plans", "planned", "planning", "prepared",
            "intend", "intends", "vowed", "vow", "vows", "pledged", "promised", "ready", "wants", "offered", "willing");
    private static final Set<String> OBLIGATION = Set.of("must", "should");
    private static final Set<String> HYPOTHETICAL = Set.of("could", "may", "might", "if", "risk", "risks", "possibility");
    private static final Pattern ENDURED = Pattern.compile(
            "(?i)\\b(have|has|had)\\s+(long\\s+|repeatedly\\s+|often\\s+)?(faced|suffered|endured|seen|witnessed|experienced)\\s+(\\w+\\s+)?$");
    /** "Myanmar's Sagaing region", "Mali's central Mopti region": the possessive, then a word or two of where in it. */
    private static final Pattern HELD_PLACE_BETWEEN = Pattern.compile("['’]s\\s+(?:\\p{Ll}+\\s+){0,2}");
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.){2,}|\\p{Lu}{2,3}");
    /** How many sentences back "X blamed Y" reaches for the act told without its actor. */
    private static final int BLAME_REACH = 3;
    /** A short noun phrase of someone no table names: "A local official", "Residents". */
    private static final Pattern UNNAMED_SPEAKER = Pattern.compile("(?:(?:[Aa]n?|[Tt]he|[Tt]wo|[Ss]everal)\\s+)?(?:[a-z][\\w-]*\\s+){0,3}[a-z][\\w-]*");
    /**
     * Years that a perfect tense spans: the background of the news, not one event ("has fought for
     * years"); weeks of shelling that go on are still news ("has been shelling the port for weeks").
     */
    private static final Pattern DURATION = Pattern.compile("(?i)^[^.;]*?\\b(?:for\\s+(?:many\\s+|several\\s+)?(?:years|decades)"
            + "|over\\s+the\\s+(?:past|last)\\s+(?:\\w+\\s+)?(?:decade|decades|years))\\b");
    /** A "since" later in the clause: "has been fighting … since peace talks broke down". */
    private static final Pattern SINCE_IN_CLAUSE = Pattern.compile("(?i)^[^.;]*?\\bsince\\b");
    /** The time a saying is told with ("said on Wednesday, vowing …"). */
    private static final Pattern SAYING_TIME = Pattern.compile("(?i)on|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            + "today|yesterday|night|morning|evening|afternoon");
    /** Verbs of promising: what is promised tells whether the promise is an agreement or a threat. */
    private static final Set<String> PLEDGES = Set.of("vow", "pledge", "promise", "swear");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "whom", "whose");
    /** What asks who did it: "did not say who …", "does not know which party fired …". */
    private static final Set<String> QUESTION_WORDS = Set.of("who", "what", "whom", "which");
    private static final Set<String> KNOWING = Set.of("know", "unclear", "unknown", "clear", "determine", "identify", "reveal",
            "specify", "disclose", "establish", "ask", "investigate");
    private static final Set<String> TRUCE_ENDS = Set.of("collapse", "break", "end", "expire", "fail", "unravel", "falter");
    /** How many words may stand between a violent passive and the "when" that names who did it. */
    private static final int WHEN_REACH = 8;
    private static final Set<String> HABITUAL_ADJECTIVES = Set.of("daily", "near-daily", "almost-daily", "nightly", "weekly", "frequent",
            "regular", "routine", "repeated", "constant", "incessant", "periodic", "sporadic");
    private static final Set<String> HABITUAL = Set.of("frequently", "often", "regularly", "routinely", "usually", "sometimes",
            "occasionally", "typically", "habitually", "constantly");
    /** "The military has stepped up air strikes since …": a trend of the war, not one act. */
    private static final Pattern STEPPED_UP = Pattern.compile("(?i)\\b(have|has|had)\\s+(\\w+\\s+)?(stepped up|intensified|escalated|increased|"
            + "ramped up|scaled up|expanded)\\s+(its\\s+|their\\s+|the\\s+)?(\\w+\\s+)?$");
    private static final Pattern ARMED = Pattern.compile("(?i)(MIL|PRM|REB)");
    /** Sectors whose moving is a deployment: armed groups, police, governments. */
    private static final Pattern FORCES = Pattern.compile("MIL|PRM|REB|COP|GOV");
    /** Nouns of forces that the actor table need not name: "Hundreds of foreign fighters arrived". */
    private static final Pattern FORCE_NOUNS = Pattern.compile("(?i)fighters|troops|soldiers|militants|militiamen|forces|reinforcements|"
            + "units|jihadists|rebels|gunmen|insurgents|mercenaries|paramilitaries|police|policemen|tanks|convoys?|warships|jets");
    /** Verbs that say only that someone moved: a deployment when a force moves. */
    private static final Pattern MOVING = Pattern.compile("(?i)enter|cross|arrive|pour");
    private static final Pattern DEFINITE = Pattern.compile("(?i)\\b(" + String.join("|", DEFINITE_WORDS) + ")\\s+(\\w+\\s+)?$");

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ACTORS, Layers.PLACES, Layers.TIMEX, Layers.ATTRIBUTIONS,
                Layers.QUANTITIES);
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of(Layers.EVENTS);
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Sentence> sentences = document.layer(Layers.SENTENCES);
        List<Token> tokens = document.layer(Layers.TOKENS);
        List<EventMention> events = new ArrayList<>();
        Dateline dateline = Dateline.of(text, sentences);
        for (Sentence s : sentences) {
            // Where the report was filed from ("PORT-AU-PRINCE, Haiti —") is no side of what it tells, and its
            // report's clause opens after it.
            List<Token> words = Sentences.inside(tokens, s).stream().filter(w -> !dateline.overlaps(w)).toList();
            List<ActorMention> actors = Sentences.inside(document.layer(Layers.ACTORS), s).stream().filter(a -> !dateline.overlaps(a)).toList();
            // Nor is it where the event happened ("MOGADISHU (Wire) — … near El Dhere").
            List<PlaceMention> places = Sentences.inside(document.layer(Layers.PLACES), s).stream()
                    .filter(p -> !dateline.overlaps(p)).toList();
            List<Attribution> attributions = Sentences.inside(document.layer(Layers.ATTRIBUTIONS), s);
            Asides asides = Asides.of(text, s);
            // Types found so far, outside the asides and in each: an aside may tell an event of its own.
            Map<Integer, List<String>> typesIn = new HashMap<>();
            Map<String, EventMention> firstOfType = new HashMap<>();
            // The type of the sentence's last event when it frames what follows ("condemned …", "demanded …").
            String framing = null;
            EventMention last = null;
            boolean verbSeen = false;
            for (int i = 0; i < words.size(); i++) {
                Token t = words.get(i);
                Trigger trigger = Trigger.find(t, text, s);
                if (trigger == null && t.pos().equals("VB") && obliged(words, i) && speechBefore(attributions, text, s, t) >= 0) {
                    trigger = Trigger.DEMANDED;
                }
                if (trigger == null && last != null) {
                    trigger = blamedNoun(words, i, last, events);
                }
                if (trigger == null || insideActor(actors, t)) {
                    continue;
                }
                if (framing != null && relativeClauseEnd(text, s, last.triggerStart(), last.triggerEnd()) < t.start()) {
                    // "The ADF, which pledged allegiance to Islamic State, has killed …": a relative clause frames nothing past its end.
                    framing = null;
                }
                if ("AGREE".equals(framing) && Trigger.CONFLICTUAL.contains(trigger.type()) && last.mode() == null && pledge(words, last)) {
                    // "vowed to continue attacks on Israel": a pledge of force is a threat, not an agreement, even after an
                    // act of that kind ("strikes killed 46, the government said, vowing to retaliate").
                    EventMention threat = last.withType("THREATEN", trigger.type().toLowerCase(Locale.ROOT));
                    events.set(events.indexOf(last), threat);
                    last = threat;
                    framing = "THREATEN";
                }
                int aside = asides.of(t);
                List<String> typesHere = typesIn.computeIfAbsent(aside, k -> new ArrayList<>());
                // A second act of a kind already told goes with the first ("killed three and wounded five"),
                // unless a clause of its own, with its own subject, tells it ("…, and Turkish jets struck …").
                EventMention earlier = firstOfType.get(aside + ":" + trigger.type());
                // "fired missiles at a carrier, in response to U.S. strikes that killed 53": what is answered is another act.
                boolean answered = trigger.nominal() && RESPONSE_BEFORE.matcher(text.substring(Math.max(s.start(), t.start() - 50), t.start())).find();
                boolean ownClause = earlier != null && (newSubjectBetween(words, Tokens.firstEndingAfter(earlier.triggerEnd(), words), i) || answered
                        || !trigger.nominal() && actBeforeClause(words, Tokens.firstEndingAfter(earlier.triggerEnd(), words), i));
                if (typesHere.contains(trigger.type()) && !ownClause) {
                    // "Two protesters were shot dead, the commission said, blaming police for the deaths": the act told
                    // without its actor has the accused as its actor, as the accuser tells it.
                    if (earlier != null && earlier.actors().isEmpty() && last != null && accusedOf(last, words, i, trigger)) {
                        EventMention blamed = allegedBy(last, earlier, text, t.end());
                        events.set(events.indexOf(earlier), blamed);
                        firstOfType.put(aside + ":" + trigger.type(), blamed);
                    }
                    continue;
                }
                // What a speech act is about ("agreed to withdraw", "demanded the release"), an infinitive
                // of purpose after another event ("entered Syria to support"), and a noun that is the
                // object of an event verb ("signed an agreement") are parts of that event, not events.
                boolean condemned = framing != null && condemnedAct(document, s, t, trigger, framing);
                boolean alleged = framing != null && accusedOf(last, words, i, trigger);
                // "condemned the attack and called on both sides to …": a verb of its own joined to the speech act is another act.
                boolean joinedVerb = !trigger.nominal() && (TENSED_VERBS.contains(t.pos()) || t.pos().equals("VBN")) && joinedByAnd(words, i);
                boolean complement = !condemned && !alleged && (framing != null && !joinedVerb || (!typesHere.isEmpty()
                        && (i > 0 && words.get(i - 1).pos().equals("TO") && !enabledBy(words, i - 1) || coordinatedInfinitive(words, i)))
                        || (trigger.nominal() && verbSeen && !ownClause));
                boolean hyphenated = t.start() > 0 && text.charAt(t.start() - 1) == '-';
                // A participle with its agent still reports an event ("an officer shot by a sniper in 2019"), but
                // not one that says who stands behind whom ("Somali troops backed by local militias retook the base").
                boolean withAgent = text.startsWith(" by ", t.end());
                boolean backing = withAgent && t.pos().equals("VBN") && i > 0 && words.get(i - 1).pos().startsWith("NN")
                        && Trigger.COOPERATIVE.contains(trigger.type());
                // A verb its own words confirm ("called on the world to …", "opened fire") is no participle of a noun.
                boolean cued = trigger.followedBy() != null;
                if (complement || hyphenated || backing || adjectivalParticiple(words, i) && !withAgent && !cued || endured(text, s, words, i, trigger)
                        || ongoingSince(document, s, words, i) || beganWithAct(words, i, trigger) || toldAsSince(words, i) || generic(text, words, i, trigger) || habitual(words, i, trigger)
                        || referredTo(words, i, trigger) || toldAsComing(words, i, trigger) || recordedCount(words, i, trigger) || agreementNamedAgain(words, i, trigger, events) || truceThatEnded(words, i, trigger)
                        || protestsDemand(words, i, trigger, last) || forcedByAnAct(words, i, text, s)
                        || metWith(words, i) || imperative(words, i) || namesPeople(words, i, trigger) || targetOfAMeasure(words, i, last)
                        || !typesHere.isEmpty() && consequence(words, i)) {
                    continue;
                }
                EventMention event = build(document, s, words, i, trigger,
                        actors.stream().filter(a -> asides.together(a, t)).toList(), places, attributions, asides);
                if (alleged && event != null) {
                    event = allegedBy(last, event, text, t.end());
                } else if (event != null) {
                    event = suspected(claimedBy(event, text, s, t), text, s, attributions);
                    if (last != null && framing == null && goesOnAbout(last, words, i)) {
                        List<ActorMention> subject = last.actors();
                        event = event.withSides(subject, event.recipients().stream().filter(r -> !subject.contains(r)).toList());
                    }
                }
                boolean otherSide = event != null && !event.actors().isEmpty()
                        && (earlier == null || event.actors().stream().noneMatch(a -> earlier.actors().stream()
                                .anyMatch(b -> b.actor().name().equals(a.actor().name()))));
                if (event != null && (!ownClause || otherSide || answered)) {
                    typesHere.add(event.type());
                    firstOfType.putIfAbsent(aside + ":" + event.type(), event);
                    events.add(event);
                    blameUnownedAct(event, events, words, i, s, sentences, attributions, text);
                    framing = Trigger.FRAMING.contains(event.type()) ? event.type() : null;
                    last = event;
                    verbSeen |= !trigger.nominal();
                }
            }
            claimUnownedAct(events, actors, s, sentences, text);
        }
        condemnedActors(events, tokens, sentences, text);
        DateWindow published = document.published() == null ? null : document.published().window();
        return document.with(Layers.EVENTS, ClaimAttacher.attach(document, mergeWithinArticle(events, sentences, text, published)));
    }

    private static final Pattern STRIKE_NOUN = Pattern.compile("(?i)strikes?");
    /** How many words after a condemnation its object's noun may stand ("condemned Monday's deadly strike"). */
    private static final int CONDEMNED_REACH = 4;

    /**
     * "Israel struck gunmen in Sahnaya … Damascus condemned the strike": a condemnation naming no one, whose object
     * names again an act told before, condemns that act's actor (the last act of that kind before it with one, not
     * the condemner's own side).
     */
    private static void condemnedActors(List<EventMention> events, List<Token> tokens, List<Sentence> sentences, String text) {
        for (int k = 0; k < events.size(); k++) {
            EventMention condemnation = events.get(k);
            if (!condemnation.type().equals("ACCUSE") || !condemnation.recipients().isEmpty()) {
                continue;
            }
            Sentence s = Sentences.of(sentences, condemnation.triggerStart());
            List<Token> words = Sentences.inside(tokens, s);
            int at = Tokens.firstEndingAfter(condemnation.triggerStart(), words);
            String named = null;
            for (int j = at + 1; named == null && j < Math.min(words.size(), at + 1 + CONDEMNED_REACH); j++) {
                Trigger act = Trigger.find(words.get(j), text, s);
                boolean definite = DEFINITE_WORDS.contains(words.get(at + 1).word().toLowerCase(Locale.ROOT));
                if (act != null && act.nominal() && Trigger.CONFLICTUAL.contains(act.type()) && definite) {
                    named = act.type();
                } else if (definite && STRIKE_NOUN.matcher(words.get(j).word()).matches()) {
                    // "condemned the strike": a bare strike named again, which alone tells no attack.
                    named = "ASSAULT";
                }
            }
            String type = named;
            Set<String> own = ArticleEvents.codes(condemnation.actors());
            EventMention condemned = events.stream().filter(e -> e.type().equals(type) && e.start() < s.start() && !e.actors().isEmpty()
                    && e.actors().stream().noneMatch(a -> own.contains(a.actor().code()))).reduce((a, b) -> b).orElse(null);
            if (condemned != null) {
                events.set(k, condemnation.withSides(condemnation.actors(), condemned.actors()));
            }
        }
    }

    /**
     * "Gunmen opened fire on tourists … The Resistance Front claimed responsibility": a group that
     * claims an act without naming it claims the act just told whose actor no name gave, and is its
     * actor by its own word.
     */
    private static void claimUnownedAct(List<EventMention> events, List<ActorMention> actors, Sentence s, List<Sentence> sentences, String text) {
        Matcher claimed = CLAIMED_BARE.matcher(text.substring(s.start(), s.end()));
        if (!claimed.find()) {
            return;
        }
        int at = s.start() + claimed.start();
        ActorMention claimant = actors.stream().filter(a -> a.end() <= at && a.actor() != null && a.actor().kind() == Actor.Kind.GROUP
                && !a.actor().isUnnamedGroup()).findFirst().orElse(null);
        int from = sentences.get(Math.max(0, s.index() - BLAME_REACH)).start();
        EventMention act = events.stream().filter(e -> e.start() >= from && e.start() < s.start() && Trigger.CONFLICTUAL.contains(e.type())
                && e.actors().stream().allMatch(a -> a.actor().isUnnamedGroup())).reduce((a, b) -> b).orElse(null);
        if (claimant == null || act == null) {
            return;
        }
        int end = s.start() + claimed.end();
        List<Claim> claims = new ArrayList<>(act.claims());
        claims.add(new Claim("responsibility", null, null, null, text.substring(at, end), at, end, claimant, Stance.ASSERTS));
        events.set(events.indexOf(act), act.withSides(List.of(claimant), act.recipients()).withClaims(claims));
    }

    /** "claimed responsibility" with no act after it. */
    private static final Pattern CLAIMED_BARE = Pattern.compile("(?i)\\bclaim(?:ed|s)?\\s+(?:responsibility|credit)\\b(?!\\s+for\\b)");

    /**
     * "A drone strike killed 75 worshippers, a medical group said, blaming the RSF": a participle that
     * blames a side, with no act of its own named after it, blames the act the sentence told without
     * its actor, which becomes the accused's as the accuser (the speaker, unless it names one) tells it.
     * So does "A local official blamed the RSF" for the act told without its actor in the sentences
     * just before.
     */
    private static void blameUnownedAct(EventMention accusation, List<EventMention> events, List<Token> words, int i, Sentence s,
                                        List<Sentence> sentences, List<Attribution> attributions, String text) {
        Token verb = words.get(i);
        boolean participle = verb.pos().equals("VBG");
        if (!accusation.type().equals("ACCUSE") || accusation.recipients().isEmpty()
                || !participle && !(verb.lemma().equalsIgnoreCase("blame") && verb.pos().startsWith("VB"))) {
            return;
        }
        int namedEnd = accusation.recipients().get(accusation.recipients().size() - 1).end();
        Token after = words.stream().filter(w -> w.start() >= namedEnd).findFirst().orElse(null);
        if (after != null && (after.word().equalsIgnoreCase("for") || after.word().equalsIgnoreCase("of"))) {
            return;
        }
        int from = participle ? s.start() : sentences.get(Math.max(0, s.index() - BLAME_REACH)).start();
        EventMention unowned = events.stream().filter(e -> e != accusation && e.start() >= from && e.triggerEnd() <= accusation.triggerStart()
                && e.actors().isEmpty() && Trigger.CONFLICTUAL.contains(e.type())).reduce((a, b) -> b).orElse(null);
        if (unowned == null) {
            return;
        }
        EventMention accuser = accusation;
        Attribution said = attributions.stream().filter(a -> a.source() != null && a.contains(accusation)).findFirst().orElse(null);
        String subject = text.substring(s.start(), verb.start()).strip();
        if (accusation.actors().isEmpty() && said != null) {
            accuser = accusation.withSides(List.of(said.speaker()), accusation.recipients());
        } else if (accusation.actors().isEmpty() && !participle && UNNAMED_SPEAKER.matcher(subject).matches()) {
            // "A local official blamed …": a speaker no table names still says who blames.
            accuser = accusation.withSides(List.of(new ActorMention(s.start(), s.start() + subject.length(), subject,
                    new Actor(subject, null, null, null, null))), accusation.recipients());
        }
        events.set(events.indexOf(unowned), allegedBy(accuser, unowned, text, namedEnd));
    }

    /**
     * Whether the verb governing an infinitive only lets it happen ("… allowed the militia to capture
     * the town"): the infinitive is then the event, not the purpose of an earlier one.
     */
    private static boolean enabledBy(List<Token> words, int to) {
        for (int j = to - 1; j >= 0; j--) {
            Token w = words.get(j);
            if (w.pos().startsWith("VB") && !AUXILIARIES.contains(w.lemma().toLowerCase(Locale.ROOT))) {
                return ENABLING.matcher(w.lemma()).matches();
            }
        }
        return false;
    }

    /** A sentence that opens with a bare verb tells the reader what to do ("Sign up for …", "Visit …"); it reports nothing. */
    private static boolean imperative(List<Token> words, int i) {
        if (!words.get(i).pos().equals("VB")) {
            return false;
        }
        for (int j = 0; j < i; j++) {
            if (Character.isLetterOrDigit(words.get(j).word().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Words between a verb and the noun it fends off: "repelled a heavy rebel attack". */
    private static final Set<String> NOUN_PHRASE_INSIDE = Set.of("DT", "JJ", "JJR", "JJS", "PRP$", "POS", "CD", "NN", "NNS", "NNP", "HYPH");
    private static final Set<String> FENDING = Set.of("repel", "repulse", "thwart", "foil", "withstand", "survive", "resist");
    private static final Set<String> FENDING_WITH_PARTICLE = Set.of("fend", "fight", "beat", "push", "drive", "ward");
    private static final Set<String> UNDERGOING = Set.of("come", "be");

    /** Whether the noun at {@code i} is an act its clause's subject fends off or undergoes ("repelled an attack", "fought off an assault", "came under attack"). */
    private static boolean fendedOff(List<Token> words, int i) {
        int j = i - 1;
        while (j > 0 && NOUN_PHRASE_INSIDE.contains(words.get(j).pos())) {
            j--;
        }
        if (j < 1) {
            return false;
        }
        String word = words.get(j).word().toLowerCase(Locale.ROOT);
        String lemmaBefore = words.get(j - 1).lemma().toLowerCase(Locale.ROOT);
        return word.equals("under") ? UNDERGOING.contains(lemmaBefore)
                : word.equals("off") || word.equals("back") ? FENDING_WITH_PARTICLE.contains(lemmaBefore)
                : words.get(j).pos().startsWith("VB") && FENDING.contains(words.get(j).lemma().toLowerCase(Locale.ROOT));
    }

    /** ", forcing the crew to abandon the vessel" after an attack: what the act made happen, not a second act. */
    private static boolean consequence(List<Token> words, int i) {
        return i > 0 && words.get(i).pos().equals("VBG") && words.get(i).lemma().equalsIgnoreCase("force")
                && words.get(i - 1).word().equals(",");
    }

    /** A noun that says what people do, not that they did it: "Aid groups said …", "protest leaders met …". */
    private static boolean namesPeople(List<Token> words, int i, Trigger trigger) {
        return trigger.nominal() && i + 1 < words.size() && PEOPLE.matcher(words.get(i + 1).word()).matches();
    }

    /** "every advance is met with stiff resistance": what something is met with is a response, not a meeting. */
    private static boolean metWith(List<Token> words, int i) {
        return words.get(i).lemma().equalsIgnoreCase("meet") && passive(words, i) && i + 1 < words.size()
                && words.get(i + 1).word().equalsIgnoreCase("with");
    }

    /** A bare verb joined to an infinitive before it in the same clause: "defend" in "entered to support the army and defend a shrine". */
    private static boolean coordinatedInfinitive(List<Token> words, int i) {
        if (i < 2 || !words.get(i).pos().equals("VB") || !words.get(i - 1).pos().equals("CC")) {
            return false;
        }
        for (int j = i - 2; j > 0; j--) {
            String pos = words.get(j).pos();
            if (TENSED_VERBS.contains(pos)) {
                return false;
            }
            if (pos.equals("VB") && words.get(j - 1).pos().equals("TO")) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a side has lived through over time is a state of affairs, not one event: "government
     * forces have faced attacks by Islamic State cells", "the town has suffered repeated strikes";
     * so is what it has been doing more of ("the military has stepped up air strikes").
     */
    private static boolean endured(String text, Sentence s, List<Token> words, int i, Trigger trigger) {
        if (!trigger.nominal() || !words.get(i).pos().equals("NNS")) {
            return false;
        }
        String before = text.substring(s.start(), words.get(i).start());
        return ENDURED.matcher(before).find() || STEPPED_UP.matcher(before).find();
    }

    /**
     * An attack or seizure that someone condemns, told with its own day or place ("condemned Monday's
     * drone attack on a market in El Fasher"), happened: it is an event of its own besides the accusation.
     */
    private static boolean condemnedAct(Document document, Sentence s, Token t, Trigger trigger, String framing) {
        if (!framing.equals("ACCUSE") || !trigger.nominal() || !Trigger.CONFLICTUAL.contains(trigger.type())) {
            return false;
        }
        String text = document.text();
        boolean ownDay = Sentences.inside(document.layer(Layers.TIMEX), s).stream()
                .anyMatch(x -> x.end() <= t.start() && POSSESSIVE_DAY.matcher(text.substring(x.end(), t.start())).matches());
        boolean ownPlace = Sentences.inside(document.layer(Layers.PLACES), s).stream()
                .anyMatch(p -> p.start() >= t.end() && OWN_PLACE.matcher(text.substring(t.end(), p.start())).matches());
        return ownDay || ownPlace;
    }

    /**
     * What a side is accused of doing ("accused the RSF of shelling a camp", "blamed al-Shabaab for
     * the attack"): an act against others that happened, by the accused, as the accuser tells it.
     */
    private static boolean accusedOf(EventMention accusation, List<Token> words, int i, Trigger trigger) {
        if (!accusation.type().equals("ACCUSE") || accusation.status() != Status.ASSERTED || accusation.recipients().isEmpty()
                || !Trigger.CONFLICTUAL.contains(trigger.type())) {
            return false;
        }
        int j = i - 1;
        while (trigger.nominal() && j > 0 && NOUN_PHRASE_INSIDE.contains(words.get(j).pos()) && !words.get(j).pos().equals("POS")) {
            j--;
        }
        // "of carrying out the attack", "for staging the raid": a verb that only says it was done.
        if (trigger.nominal() && j > 1 && words.get(j).word().equalsIgnoreCase("out") && words.get(j - 1).lemma().equalsIgnoreCase("carry")) {
            j -= 2;
        } else if (trigger.nominal() && j > 0 && words.get(j).pos().equals("VBG") && DOING.contains(words.get(j).lemma().toLowerCase(Locale.ROOT))) {
            j--;
        }
        String before = words.get(j).word().toLowerCase(Locale.ROOT);
        boolean gerund = words.get(i).pos().equals("VBG");
        return (before.equals("of") || before.equals("for")) && (gerund || trigger.nominal());
    }

    /** Verbs that say an act was done and nothing more: "conducting the strike", "staging the raid". */
    private static final Set<String> DOING = Set.of("conduct", "launch", "stage", "commit", "perpetrate", "orchestrate", "mount", "execute");

    /** A noun that names an act only as what an accusation names: the deaths, or a bare strike once an attack was told. */
    private static Trigger blamedNoun(List<Token> words, int i, EventMention accusation, List<EventMention> events) {
        for (Trigger blamed : List.of(Trigger.BLAMED_DEATHS, Trigger.BLAMED_STRIKE)) {
            if (blamed.pattern().matcher(words.get(i).word()).matches() && accusedOf(accusation, words, i, blamed)
                    && (blamed != Trigger.BLAMED_STRIKE || events.stream().anyMatch(e -> e.type().equals("ASSAULT")))) {
                return blamed;
            }
        }
        return null;
    }

    /**
     * The accused act with the accused as its actor and the accusation as a claim of the accuser's:
     * the card tells who did it according to whom, and a denial by the accused lands on the act.
     */
    private static EventMention allegedBy(EventMention accusation, EventMention act, String text, int namedEnd) {
        List<ActorMention> accused = accusation.recipients();
        List<ActorMention> targets = act.recipients().stream()
                .filter(r -> accused.stream().noneMatch(a -> a.actor().name().equals(r.actor().name()))).toList();
        ActorMention accuser = accusation.actors().isEmpty() ? null : accusation.actors().get(0);
        int start = accusation.triggerStart();
        Claim blame = new Claim("blame", null, null, null, text.substring(start, namedEnd), start, namedEnd, accuser, Stance.ASSERTS);
        List<Claim> claims = new ArrayList<>(act.claims());
        claims.add(blame);
        return act.withSides(accused, targets).withClaims(claims);
    }

    /**
     * A participle after a comma goes on about the act a verb told just before it in the sentence,
     * whose actor it shares: "JNIM overran a military base in Djibo, killing dozens of soldiers" (not the
     * military its base names), and so does a second one joined by "and" (", overrunning … and freeing …").
     * What a speaker goes on to do after "said," is the speaker's. A verb in a tense of its own joined by "and"
     * with no subject of its own goes on too: "killed dozens of soldiers, including members of the Wagner Group,
     * and destroyed several aircraft" (not the group named last).
     */
    private static boolean goesOnAbout(EventMention previous, List<Token> words, int i) {
        boolean toldByVerb = words.stream().anyMatch(w -> w.start() == previous.triggerStart() && w.pos().startsWith("VB"));
        boolean toldByTensedVerb = words.stream().anyMatch(w -> w.start() == previous.triggerStart()
                && (TENSED_VERBS.contains(w.pos()) || w.pos().equals("VBN")));
        String pos = words.get(i).pos();
        boolean joined = i > 1 && words.get(i - 1).word().equalsIgnoreCase("and");
        // "said Rwanda had deployed troops, calling it a declaration of war, and cut ties": past a participle set off by
        // commas, the verb goes on with the sentence's subject, not with the reported clause.
        boolean participleBetween = commaParticipleBetween(words, previous.triggerEnd(), i);
        return toldByVerb && !previous.actors().isEmpty() && previous.triggerEnd() <= words.get(i).start()
                && (pos.equals("VBG") && i > 1 && (words.get(i - 1).word().equals(",") && !REPORTING.contains(words.get(i - 2).lemma().toLowerCase(Locale.ROOT))
                        || joined && hasCommaParticiple(words, i))
                    || joined && toldByTensedVerb && !participleBetween && (TENSED_VERBS.contains(pos) || pos.equals("VBN")))
                && !newSubjectBetween(words, Tokens.firstEndingAfter(previous.triggerEnd(), words), i);
    }

    /** "claimed responsibility for the attack", "claimed credit for Friday's bombing", "claimed the attack", "said it was behind the attack". */
    private static final Pattern CLAIMED_FOR = Pattern.compile("(?i)(?:\\bclaim(?:ed|s|ing)?\\s+(?:(?:responsibility|credit)\\s+for\\s+)?"
            + "|\\b(?:said|says|saying)\\s+(?:it|they)\\s+(?:was|were|had\\s+been)\\s+behind\\s+)"
            + "(?:(?:the|an?|this|that|its|their|\\p{Lu}\\w+['’]s)\\s+)?(?:[\\w-]+\\s+){0,2}$");

    /**
     * An act its actor claimed is the claimant's act by its own word: the claim says so, as a reader
     * weighs "claimed by" apart from what a reporter or an accuser tells.
     */
    private static EventMention claimedBy(EventMention event, String text, Sentence s, Token t) {
        Matcher claimed = CLAIMED_FOR.matcher(text.substring(s.start(), t.start()));
        if (event.actors().isEmpty() || !claimed.find()) {
            return event;
        }
        int start = s.start() + claimed.start();
        List<Claim> claims = new ArrayList<>(event.claims());
        claims.add(new Claim("responsibility", null, null, null, text.substring(start, t.end()), start, t.end(), event.actors().get(0), Stance.ASSERTS));
        // "claimed responsibility for the attack on Monday": a day after the act's name is when it was claimed.
        TimeExpression time = event.time() != null && event.time().start() > t.end() ? null : event.time();
        return event.withTime(time).withClaims(claims);
    }

    /** "the attack bore the hallmarks of the ELN": whose mark an act bears, up to the clause's end. */
    private static final Pattern HALLMARKS_OF = Pattern.compile("(?i)\\bhallmarks?\\s+of\\b[^,.;]*$");
    private static final int HALLMARK_REACH = 60;

    /** Where "the hallmarks of" before the mention begins, or -1. */
    private static int hallmarksBefore(String text, Sentence s, Span mention) {
        int from = Math.max(s.start(), mention.start() - HALLMARK_REACH);
        Matcher mark = HALLMARKS_OF.matcher(text).region(from, mention.start());
        return mark.find() ? mark.start() : -1;
    }

    /**
     * An act without an actor that "bore the hallmarks of" a side has that side as its suspected actor, as the
     * speaker tells it: a blame claim of the speaker's, not a side the act was done to.
     */
    private static EventMention suspected(EventMention event, String text, Sentence s, List<Attribution> attributions) {
        List<ActorMention> suspects = event.recipients().stream().filter(r -> hallmarksBefore(text, s, r) >= 0).toList();
        if (suspects.isEmpty() || !event.actors().isEmpty()) {
            return event;
        }
        ActorMention accuser = attributions.stream().filter(a -> a.source() != null && a.stance() != Stance.DENIES)
                .map(Attribution::speaker).findFirst().orElse(null);
        ActorMention first = suspects.get(0);
        int start = hallmarksBefore(text, s, first);
        List<Claim> claims = new ArrayList<>(event.claims());
        claims.add(new Claim("blame", null, null, null, text.substring(start, first.end()), start, first.end(), accuser, Stance.ASSERTS));
        return event.withSides(suspects, event.recipients().stream().filter(r -> !suspects.contains(r)).toList()).withClaims(claims);
    }

    /**
     * An act named again as the object of a verb that speaks of it ("called the attack 'pure
     * terror'", "investigating the strike") is no new act, and that verb's subject did not do it.
     */
    private static boolean referredTo(List<Token> words, int i, Trigger trigger) {
        if (!trigger.nominal()) {
            return false;
        }
        int j = i - 1;
        while (j > 0 && j >= i - 2 && words.get(j).pos().startsWith("JJ")) {
            j--;
        }
        // "did not respond to the accusations": an answer to a charge is no charge.
        boolean answered = j > 1 && ANSWERING.contains(words.get(j - 2).lemma().toLowerCase(Locale.ROOT))
                && (words.get(j - 1).word().equalsIgnoreCase("to") || words.get(j - 1).word().equalsIgnoreCase("on"));
        // "Under the deal, Rwanda agreed …": the terms of an agreement already named; "scrambled jets during the
        // attack": the time of an act already told.
        boolean under = j > 0 && FRAMED_BY.contains(words.get(j - 1).word().toLowerCase(Locale.ROOT));
        // "came amid intensifying fighting between federal forces and Fano": a background, no act told ("during demonstrations"
        // may still tell the demonstrations).
        int k = i - 1;
        while (k > 0 && (words.get(k).pos().startsWith("JJ") || words.get(k).pos().equals("VBG") || words.get(k).pos().equals("DT"))) {
            k--;
        }
        boolean amid = k >= 0 && k < i && BACKGROUND_OF.contains(words.get(k).word().toLowerCase(Locale.ROOT));
        // "China, which has brokered previous truces": acts of another time named in passing.
        boolean earlierOnes = i > 0 && EARLIER.contains(words.get(i - 1).word().toLowerCase(Locale.ROOT)) && words.get(i).pos().equals("NNS");
        // "the launchers used in the attack", "remained committed to the ceasefire": who or what took part in an act, or
        // keeps to a truce, names one already told.
        String beforePreposition = j > 1 ? words.get(j - 2).word().toLowerCase(Locale.ROOT) : "";
        boolean involved = (INVOLVED_IN.contains(beforePreposition) || FEELING.contains(beforePreposition))
                && INVOLVEMENT_PREPOSITIONS.contains(words.get(j - 1).word().toLowerCase(Locale.ROOT));
        // "ended a military agreement with the United States": an agreement ended is one made before.
        boolean ended = j > 0 && ENDING.contains(words.get(j - 1).lemma().toLowerCase(Locale.ROOT)) && trigger.type().equals("AGREE");
        // "Under the first phase of the truce", "the terms of the deal": a part of an agreement already named.
        boolean partOf = j > 1 && words.get(j - 1).word().equalsIgnoreCase("of") && PARTS.contains(words.get(j - 2).lemma().toLowerCase(Locale.ROOT));
        // "the capture was a violation of its sovereignty": an act judged is one already told.
        boolean judged = i + 2 < words.size() && words.get(i + 1).lemma().equalsIgnoreCase("be") && JUDGING.contains(words.get(i + 2).pos());
        return amid || earlierOnes || ended || j > 0 && DEFINITE_WORDS.contains(words.get(j).word().toLowerCase(Locale.ROOT))
                && (answered || under || involved || judged || partOf || REFERRING.contains(words.get(j - 1).lemma().toLowerCase(Locale.ROOT)));
    }

    /** "adopted sanctions against Russia, targeting 200 vessels": what sanctions told just before aim at is no attack. */
    private static boolean targetOfAMeasure(List<Token> words, int i, EventMention last) {
        return last != null && last.type().equals("SANCTION") && words.get(i).lemma().equalsIgnoreCase("target")
                && words.get(i).pos().equals("VBG") && i > 0 && words.get(i - 1).word().equals(",");
    }

    private static final Set<String> BACKGROUND_OF = Set.of("amid", "amidst");
    private static final Set<String> ENDING = Set.of("end", "scrap", "cancel", "revoke", "terminate", "abrogate", "annul", "suspend", "quit");
    private static final Set<String> PARTS = Set.of("phase", "term", "stage", "part", "provision", "clause", "condition", "framework");
    private static final Set<String> KIND_WORDS = Set.of("such", "every", "each", "any");
    /** "alarmed by the fighting", "concerned about the attacks": a feeling about an act names one already told. */
    private static final Set<String> FEELING = Set.of("alarmed", "concerned", "worried", "shocked", "horrified", "dismayed", "saddened",
            "troubled", "appalled", "outraged", "alarm", "concern", "shock", "outrage");
    private static final Set<String> INVOLVED_IN = Set.of("used", "involved", "implicated", "responsible", "suspected", "wanted", "committed",
            "commitment", "adhere", "adhering", "abide", "abiding");
    private static final Set<String> INVOLVEMENT_PREPOSITIONS = Set.of("in", "for", "to", "by", "over", "about", "at");
    /** What follows "was" when an act is judged: "a violation", "the deadliest", "unacceptable". */
    private static final Set<String> JUDGING = Set.of("DT", "JJ", "JJS", "PRP$");
    private static final Set<String> EARLIER = Set.of("previous", "past", "earlier", "former", "prior");

    private static final Set<String> SETTING_IN_TIME = Set.of("come", "follow");
    private static final Set<String> RECORDING = Set.of("record", "document", "count", "register", "verify", "tally", "log");
    /** What may stand between a recording verb and the acts it counts: "documented dozens of drone strikes". */
    private static final Set<String> COUNT_WORDS = Set.of("CD", "JJ", "JJR", "RB", "RBR", "DT", "IN", "NN", "NNS");

    /** "MSF has recorded more than 80 attacks on health facilities": acts counted by whoever keeps the tally, not its acts. */
    private static boolean recordedCount(List<Token> words, int i, Trigger trigger) {
        if (!trigger.nominal()) {
            // "documented dozens of drone strikes in the region that killed civilians": what the counted acts did is counted too.
            boolean relative = i > 0 && words.get(i - 1).pos().equals("WDT");
            return relative && IntStream.range(Math.max(0, i - 6), i - 1).anyMatch(n -> countedByRecorder(words, n));
        }
        return countedByRecorder(words, i);
    }

    private static boolean countedByRecorder(List<Token> words, int i) {
        if (!words.get(i).pos().equals("NNS")) {
            return false;
        }
        for (int j = i - 1; j >= Math.max(0, i - 5); j--) {
            Token w = words.get(j);
            // "dozens of drone strikes": a word between a preposition and the acts qualifies them, whatever the tagger read.
            boolean qualifier = j == i - 1 && j > 0 && words.get(j - 1).pos().equals("IN");
            if (w.pos().startsWith("VB") && !qualifier) {
                return RECORDING.contains(w.lemma().toLowerCase(Locale.ROOT));
            }
            if (!COUNT_WORDS.contains(w.pos()) && !qualifier) {
                return false;
            }
        }
        return false;
    }

    /** Whether a participle set off by a comma stands after offset {@code from} and before word {@code i}. */
    private static boolean commaParticipleBetween(List<Token> words, int from, int i) {
        return IntStream.range(1, i).anyMatch(j -> words.get(j).start() > from && words.get(j).pos().equals("VBG")
                && words.get(j - 1).word().equals(","));
    }

    /** "The capture came a day after …", "The attack follows …": an act told before, now set in time. */
    private static boolean toldAsComing(List<Token> words, int i, Trigger trigger) {
        return trigger.nominal() && i > 0 && i + 1 < words.size() && DEFINITE_WORDS.contains(words.get(i - 1).word().toLowerCase(Locale.ROOT))
                && SETTING_IN_TIME.contains(words.get(i + 1).lemma().toLowerCase(Locale.ROOT))
                && words.get(i + 1).pos().startsWith("VB");
    }

    private static final Set<String> ANSWERING = Set.of("respond", "reply", "react", "comment");
    private static final Set<String> FRAMED_BY = Set.of("under", "during", "throughout", "since");

    /** "Attack on hospital kills 70 - WHO": who a headline ends on after a dash is its source. */
    private static boolean headlineSource(String text, Sentence s, ActorMention a) {
        return text.substring(a.end(), s.end()).isBlank()
                && HEADLINE_DASH.matcher(text.substring(Math.max(s.start(), a.start() - 4), a.start())).find();
    }

    /** '"They shot them," said Babakura Kolo': who is named right after the saying speaks. */
    private static final Pattern SPEAKER_BEFORE = Pattern.compile("\\b(?:said|says|told|added)\\s+$");
    private static final Pattern HEADLINE_DASH = Pattern.compile("\\s[-–—:]\\s*$");

    /** Whether a span lies in a comma-set relative clause (", who …,") that closes before the trigger. */
    private static boolean insideClosedRelative(String text, Sentence s, Span a, Token trigger) {
        Matcher open = COMMA_RELATIVE.matcher(text.substring(s.start(), a.start()));
        if (!open.find()) {
            return false;
        }
        int close = text.indexOf(',', a.end());
        return close >= 0 && close < trigger.start() && text.substring(s.start() + open.end(), a.start()).indexOf(',') < 0;
    }

    private static final Pattern COMMA_RELATIVE = Pattern.compile(",\\s*(?:who|which|whose)\\b[^,]*$");

    /** A comma inside a list of names ("in Lebanon, Iraq and Afghanistan"), which closes no clause. */
    private static final Pattern LISTING_COMMA = Pattern.compile(",\\s*\\p{Lu}");

    /**
     * Where the comma-set relative clause the trigger lies in closes ("Ankara, which arms militias in Libya, Azerbaijan
     * and Somalia, has sent drones …"), or the sentence's end when it lies in none.
     */
    private static int relativeClauseEnd(String text, Sentence s, int triggerStart, int triggerEnd) {
        if (!COMMA_RELATIVE.matcher(text.substring(s.start(), triggerStart)).find()) {
            return s.end();
        }
        for (int close = text.indexOf(',', triggerEnd); close >= 0 && close < s.end(); close = text.indexOf(',', close + 1)) {
            if (!LISTING_COMMA.matcher(text).region(close, s.end()).lookingAt()) {
                return close;
            }
        }
        return s.end();
    }

    /**
     * "carried out by the coalition, which controls most of Port-au-Prince": what a relative clause says of someone
     * named after the act is not where the act was, unless it tells where that is ("the town, which lies in …").
     */
    private static final Pattern RELATIVE_OF_A_SIDE = Pattern.compile(
            ",\\s*(?:who|which|whose)\\s+(?!(?:is|are|was|were|lies|lie|sits|sit)\\b)[^,]*$");

    /** A relative pronoun between a side and the trigger whose clause is about someone else ("activists who were arrested"). */
    private static boolean relativeClauseOfAnotherBetween(List<Token> words, ActorMention a, Token trigger) {
        return anyWordBetween(words, a, trigger, j -> {
            Token w = words.get(j);
            int antecedent = words.get(j - 1).word().equals(",") && j > 1 ? j - 2 : j - 1;
            // "The Viv Ansanm gang coalition, which …": the nouns the side's name qualifies are the side.
            int head = antecedent;
            while (head > 0 && words.get(head).start() >= a.end() && words.get(head).pos().startsWith("NN")) {
                head--;
            }
            return w.pos().startsWith("W") && RELATIVE_PRONOUNS.contains(w.word().toLowerCase(Locale.ROOT)) && words.get(head).end() != a.end();
        });
    }

    /** A "who" or "what" after a verb of saying or knowing, or after "unclear", between a span and the trigger: an indirect question. */
    private static boolean indirectQuestionBetween(List<Token> words, Span earlier, Token trigger) {
        return anyWordBetween(words, earlier, trigger, j -> {
            String before = words.get(j - 1).lemma().toLowerCase(Locale.ROOT);
            return QUESTION_WORDS.contains(words.get(j).word().toLowerCase(Locale.ROOT)) && (REPORTING.contains(before) || KNOWING.contains(before));
        });
    }

    /** Whether a word after the first of the sentence, between two spans, passes a test that may look at the word before it. */
    private static boolean anyWordBetween(List<Token> words, Span earlier, Span later, IntPredicate test) {
        return IntStream.range(1, words.size())
                .anyMatch(j -> words.get(j).start() >= earlier.end() && words.get(j).end() <= later.start() && test.test(j));
    }

    /** "a peaceful demonstration calling for the removal of the president": what a protest demands is part of the protest. */
    private static boolean protestsDemand(List<Token> words, int i, Trigger trigger, EventMention last) {
        // "… marched through Belgrade on Saturday, demanding accountability": the marchers' demand, after the protest told.
        if (!trigger.type().equals("REQUEST") || !words.get(i).pos().equals("VBG") || i == 0) {
            return false;
        }
        // Also without the comma: "blocked roads in Algiers demanding that he be reinstated".
        boolean afterProtest = last != null && last.type().equals("PROTEST")
                && (words.get(i - 1).word().equals(",") || last.start() <= words.get(i).start() && words.get(i).end() <= last.end());
        return PROTEST_NOUNS.matcher(words.get(i - 1).word()).matches() || afterProtest;
    }

    private static final Pattern PROTEST_NOUNS = Pattern.compile("(?i)protests?|demonstrations?|rall(?:y|ies)|marches|march|sit-ins?|strikes?");

    /**
     * "The attacks in Macomia district forced about 3,000 people to flee": what an act forces is its
     * consequence (those who fled are its displaced), no coercion by anyone; soldiers forcing people out still coerce.
     */
    private static boolean forcedByAnAct(List<Token> words, int i, String text, Sentence s) {
        if (!words.get(i).lemma().equalsIgnoreCase("force")) {
            return false;
        }
        for (int j = i - 1; j >= Math.max(0, i - 5) && !words.get(j).pos().startsWith("VB"); j--) {
            if (namesAConflictualAct(words.get(j), text, s)) {
                return true;
            }
        }
        // "A drone attack on the oil field caused a fire and forced the operator to halt production": the sentence's subject.
        boolean joined = i > 0 && words.get(i - 1).word().equalsIgnoreCase("and");
        for (int j = 0; joined && j < Math.min(i, 4) && !TENSED_VERBS.contains(words.get(j).pos()); j++) {
            if (namesAConflictualAct(words.get(j), text, s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesAConflictualAct(Token word, String text, Sentence s) {
        Trigger named = Trigger.find(word, text, s);
        return named != null && named.nominal() && Trigger.CONFLICTUAL.contains(named.type());
    }

    /** Whether an event's trigger is a verb of promising ("vowed", "pledged"). */
    private static boolean pledge(List<Token> words, EventMention event) {
        return words.stream().filter(w -> w.start() == event.triggerStart()).findFirst()
                .map(w -> PLEDGES.contains(w.lemma().toLowerCase(Locale.ROOT))).orElse(false);
    }

    /** "after a two-month ceasefire collapsed", "since it ended a ceasefire with the government": the end of a truce is no truce. */
    private static boolean truceThatEnded(List<Token> words, int i, Trigger trigger) {
        if (!"ceasefire".equals(trigger.mode())) {
            return false;
        }
        for (int j = Math.max(0, i - 4); j < Math.min(words.size(), i + 4); j++) {
            if (j == i) {
                continue;
            }
            // "ended a ceasefire" ends it; "ended in a ceasefire" makes one.
            boolean endsIt = j > i || words.subList(j + 1, i).stream().allMatch(w -> NOUN_PHRASE_OPENERS.contains(w.pos()) || w.pos().equals("PRP$"));
            if (TRUCE_ENDS.contains(words.get(j).lemma().toLowerCase(Locale.ROOT)) && words.get(j).pos().startsWith("VB") && endsIt) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The agreement follows months of fighting": a sentence that opens by naming again the
     * agreement the article told is about that agreement, not a new one.
     */
    private static boolean agreementNamedAgain(List<Token> words, int i, Trigger trigger, List<EventMention> events) {
        return trigger.nominal() && trigger.type().equals("AGREE") && i >= 1 && i <= 2
                && words.get(0).word().equalsIgnoreCase("the") && events.stream().anyMatch(e -> e.type().equals("AGREE"));
    }

    /** The day of publication a wire dateline prints before the first sentence's report ("14 May 2025 — …"). */
    private static boolean isDateline(Document document, TimeExpression x) {
        return ArticleDater.printedDates(document).stream().anyMatch(p -> p.start() == x.start() && p.end() == x.end());
    }

    private static final Set<String> NOUN_PHRASE_WORDS = Set.of("DT", "JJ", "JJS", "PRP$", "POS", "CD", "NN", "NNS", "NNP", "NNPS");

    /**
     * "has come under attack since Ukrainian forces withdrew from Kursk", "the deadliest day since a ceasefire took effect":
     * an act that opens a "since" clause tells from when, it is no news of its own.
     */
    private static boolean toldAsSince(List<Token> words, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 6; j--) {
            Token w = words.get(j);
            if (w.word().equalsIgnoreCase("since")) {
                // "since seizing power": a participle opens the clause as its subject would.
                return j < i - 1 || words.get(i).pos().startsWith("NN") || words.get(i).pos().equals("VBG");
            }
            if (!NOUN_PHRASE_WORDS.contains(w.pos())) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> BEGINNING = Set.of("begin", "start", "erupt", "break");

    /**
     * "The fighting began on Thursday when gunmen ambushed a patrol": the act the clause after "when" or "with" tells
     * is how the fighting began; the noun adds no act of its own, and no one it could be done to.
     */
    private static boolean beganWithAct(List<Token> words, int i, Trigger trigger) {
        if (!trigger.nominal() || i + 1 >= words.size() || !BEGINNING.contains(words.get(i + 1).lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int j = i + 2; j < Math.min(words.size(), i + 8); j++) {
            String w = words.get(j).word().toLowerCase(Locale.ROOT);
            if (w.equals("when") || w.equals("with")) {
                return true;
            }
            if (w.equals(",") || w.equals(";")) {
                return false;
            }
        }
        return false;
    }

    /**
     * What a side has been doing since a date is the background of the news, not an event of it:
     * "the RSF, which has been fighting the army since April 2023, said …".
     */
    private static boolean ongoingSince(Document document, Sentence s, List<Token> words, int i) {
        boolean perfect = i > 0 && (words.get(i - 1).word().equalsIgnoreCase("been")
                || words.get(i - 1).lemma().equalsIgnoreCase("have") && words.get(i).pos().equals("VBN"));
        String text = document.text();
        // So is what it has done for years: "has fought for years to topple the government".
        if (perfect && DURATION.matcher(text.substring(words.get(i).end(), s.end())).find()) {
            return true;
        }
        // Or what it has done or been doing since something happened: "has been fighting government forces … since peace talks
        // broke down", "have fired missiles at Israel since the war in Gaza began". What has been done to people since is a
        // toll ("3,000 civilians have been killed since …"), kept as one; a "since" in a clause of its own is that clause's.
        boolean passive = perfect && words.get(i).pos().equals("VBN") && words.get(i - 1).word().equalsIgnoreCase("been");
        Matcher since = SINCE_IN_CLAUSE.matcher(text.substring(words.get(i).end(), s.end()));
        if (perfect && !passive && since.find()) {
            return !whWordBetween(words, words.get(i).end(), words.get(i).end() + since.end());
        }
        // "had sent soldiers to Sinaloa, where factions have been fighting since July": the since is the other clause's.
        // A participle set off by a comma tells a state since then as well: "Russian mercenaries, deployed in Mali since 2021, …".
        boolean setOffParticiple = words.get(i).pos().equals("VBN") && i > 0 && words.get(i - 1).word().equals(",");
        return (perfect || setOffParticiple) && Sentences.inside(document.layer(Layers.TIMEX), s).stream()
                .anyMatch(x -> x.start() >= words.get(i).end() && verbsBetween(words, i, x) == 0 && sinceBetween(text, words.get(i), x)
                        && !whWordBetween(words, words.get(i).end(), x.start()));
    }

    /** Whether a wh-word ("where", "which", "who") opens a clause of its own between two offsets. */
    private static boolean whWordBetween(List<Token> words, int from, int to) {
        return words.stream().anyMatch(w -> w.start() > from && w.end() <= to && w.pos().startsWith("W"));
    }

    /**
     * A bare plural that a present-tense "be" judges speaks of a kind of act, not of one: "Attacks
     * on civilians are unacceptable" (but "Air strikes are continuing" and "Talks are underway" report some);
     * so does one said to grow or fall ("attacks … have grown more deadly"), and one of "such" acts.
     */
    private static boolean generic(String text, List<Token> words, int i, Trigger trigger) {
        if (trigger.nominal() && i > 0 && KIND_WORDS.contains(words.get(i - 1).word().toLowerCase(Locale.ROOT))) {
            // "such kidnappings are usually carried out by gangs", "Every massacre drives more young men to the jihadists": a kind of act.
            return true;
        }
        if (!trigger.nominal() || !words.get(i).pos().equals("NNS") || i > 0 && Character.isLetterOrDigit(words.get(i - 1).word().charAt(0))) {
            return false;
        }
        for (int j = i + 1; j < words.size(); j++) {
            Token w = words.get(j);
            if (FINITE_VERBS.contains(w.pos())) {
                // "attacks by groups linked to al Qaeda have grown more deadly": a trend, not an act.
                String verb = (w.lemma().equalsIgnoreCase("have") || w.lemma().equalsIgnoreCase("be")) && j + 1 < words.size()
                        && words.get(j + 1).pos().startsWith("VB") ? words.get(j + 1).lemma() : w.lemma();
                return TREND.contains(verb.toLowerCase(Locale.ROOT))
                        || w.lemma().equalsIgnoreCase("be") && !w.pos().equals("VBD") && JUDGEMENT.matcher(text).region(w.end(), text.length()).lookingAt();
            }
        }
        return false;
    }

    private static final Set<String> TREND = Set.of("grow", "become", "increase", "rise", "intensify", "surge", "decline", "fall", "double",
            "escalate", "multiply", "worsen", "decrease", "drop");

    /**
     * What a verb says happens often tells a pattern, not one act: "the area is frequently targeted by
     * JNIM fighters", "militants regularly attack convoys", "the group has repeatedly shelled the town".
     */
    private static boolean habitual(List<Token> words, int i, Trigger trigger) {
        if (trigger.nominal()) {
            // "Israel has carried out near-daily strikes": acts said to come daily are a pattern.
            return i > 0 && HABITUAL_ADJECTIVES.contains(words.get(i - 1).word().toLowerCase(Locale.ROOT));
        }
        for (int j = Math.max(0, i - 3); j < i; j++) {
            String w = words.get(j).word().toLowerCase(Locale.ROOT);
            if (HABITUAL.contains(w) || w.equals("repeatedly") && j > 0 && words.get(j - 1).lemma().equalsIgnoreCase("have")) {
                return true;
            }
        }
        return false;
    }

    private EventMention build(Document document, Sentence s, List<Token> words, int i, Trigger trigger,
                               List<ActorMention> actors, List<PlaceMention> sentencePlaces, List<Attribution> attributions, Asides asides) {
        Token t = words.get(i);
        String text = document.text();
        // "The junta, which seized power in 2020, has turned to Russian mercenaries": an act told in a relative
        // clause has no side or place in the sentence that goes on after it.
        int clauseEnd = relativeClauseEnd(text, s, t.start(), t.end());
        List<PlaceMention> places = sentencePlaces.stream().filter(p -> asides.together(p, t) && p.start() < clauseEnd).toList();
        // Who reports an event is not its actor; who denies it often is, so deniers stay.
        List<ActorMention> sources = attributions.stream().filter(a -> a.source() != null && a.stance() != Stance.DENIES)
                .map(Attribution::speaker).filter(actors::contains).toList();
        int speech = speechBefore(attributions, text, s, t);
        // Only a participle goes on about the subject of the report before such a speaker; a clause has its own.
        int reported = t.pos().equals("VBG") ? reportBeforeSpeaker(attributions, text, s, speech) : -1;
        List<ActorMention> before = new ArrayList<>();
        List<ActorMention> after = new ArrayList<>();
        for (ActorMention a : actors) {
            // Who is named before "said" or "noted" is the speaker's side, not a side of what is reported after it.
            if (a.actor() == null || a.start() >= clauseEnd) {
                continue;
            }
            // "Hamas-led fighters attacked …": who leads the fighters acts through them.
            boolean leads = LEADS_A_FORCE.matcher(text.substring(a.end(), Math.min(text.length(), a.end() + 40))).lookingAt();
            boolean modifier = Modifiers.modifies(text, a) && !leads && !ownsTheAct(text, words, a, t, trigger, actors);
            if (speaks(attributions, a) || toldBy(attributions, text, a) || placesCountry(sentencePlaces, text, a) || a.end() <= speech && a.end() > reported && !denies(attributions, a) || REPORTERS.matcher(a.text()).find() || modifier
                    || "MED".equals(a.actor().sector()) || places.stream().anyMatch(p -> p.overlaps(a) && !p.place().isCountry())) {
                continue;
            }
            if (a.end() <= t.start()) {
                if (placeNotActor(words, a, actors, text, t) || inAppositive(text, s, a, actors)) {
                    // "two officers died in Syria while advising the army": where something happened does not act.
                    continue;
                }
                // A group named by a bare noun before the trigger is too often a clause's object
                // ("holding … refugees", "rights of … refugees") to be taken as the one who acts,
                // unless it opens the clause whose verb the trigger is ("Militants on Monday attacked").
                // So does one that qualifies the trigger noun itself ("the rebel offensive").
                boolean qualifiesTrigger = trigger.nominal() && text.substring(a.end(), t.start()).isBlank();
                if (!a.actor().isUnnamedGroup() || qualifiesTrigger || !trigger.nominal() && opensClauseOf(words, a, i)) {
                    before.add(a);
                }
            } else if (!RELATIVE_CLAUSE.matcher(text.substring(t.end(), a.start())).find()
                    // "signed the agreement at the State Department", "met at the Kremlin": where a meeting is held is no side of it.
                    && (Trigger.CONFLICTUAL.contains(trigger.type()) || !VENUE_BEFORE.matcher(wordsBefore(text, a)).find())
                    // "condemned the strike as a violation of Syrian sovereignty": whose sovereignty is judged violated is not accused.
                    && !(Trigger.FRAMING.contains(trigger.type()) && VIOLATION_OF_BEFORE.matcher(text.substring(Math.max(0, a.start() - 25), a.start())).find())
                    && !SPEAKER_AFTER.matcher(text.substring(a.end(), Math.min(s.end(), a.end() + 80))).lookingAt()
                    && !headlineSource(text, s, a) && !SPEAKER_BEFORE.matcher(wordsBefore(text, a)).find()) {
                // Who a relative clause after a comma names is said of the object, not acted on
                // ("condemned the attack on a market, which killed 35 civilians"); nor is who speaks
                // after the report its target ("…, residents and a UN source said").
                after.add(a);
            }
        }
        // "He did not say who carried out the attack": who is asked about is not the one who asks.
        before = before.stream().filter(a -> !indirectQuestionBetween(words, a, t)).toList();
        // "Syria's new leaders, who toppled Bashar al-Assad last month, have pledged …": who a relative clause closed
        // before the verb names is not its subject.
        before = before.stream().filter(a -> !insideClosedRelative(text, s, a, t)).toList();
        // "African Union troops backed by U.S. air strikes retook the base": who backs the subject does not act.
        List<ActorMention> subjects = before;
        before = before.stream().filter(a -> subjects.indexOf(a) == 0 || trigger.nominal()
                || !BACKER_BEFORE.matcher(text.substring(Math.max(s.start(), a.start() - 30), a.start())).find())
                .filter(a -> !ALLY_OF_A_NOUN_BEFORE.matcher(text.substring(Math.max(s.start(), a.start() - 40), a.start())).find()).toList();
        if (trigger.nominal()) {
            // "A court ordered the release of activists who were arrested over protests": a noun inside a
            // relative clause about someone else is no act of the main clause's subject (one about the
            // side itself still is: "Hezbollah, which has shifted its attention to the conflict with Israel").
            before = before.stream().filter(a -> !relativeClauseOfAnotherBetween(words, a, t)).toList();
        }
        if (trigger == Trigger.PROTESTERS) {
            // "Police fired tear gas at protesters": who acts on the protesters is not their protest.
            before = before.stream().filter(a -> !tensedVerbBetween(words, a, t)).toList();
        }
        if (!trigger.nominal()) {
            // "… had been minimal, but the dispersal of the fighters allowed …": a second clause with its own
            // subject; who was named in the first is not who acts in it.
            before = before.stream().filter(a -> !newSubjectBetween(words, Tokens.firstEndingAfter(a.end(), words), i)).toList();
        }
        boolean passive = passive(words, i) || t.pos().equals("VBN") && text.startsWith(" by ", t.end());
        if (passive && trigger.type().equals("RETREAT") && t.lemma().equalsIgnoreCase("evacuate")) {
            // "a general who was being evacuated", "residents were evacuated": moved by others, no side withdrawing
            // (troops "were withdrawn" still withdraw).
            return null;
        }
        if (passive) {
            // "was attacked by Burundian militiamen": the agent after "by" acts; the subject undergoes.
            // Without an agent, who was killed or seized is still not who did it ("were killed in
            // Syria on Monday"), nor who was accused the accuser; other passives are often states ("is
            // opposed to", "is committed to").
            List<ActorMention> agents = byAgent(after, text, t);
            if (agents.isEmpty() && Trigger.CONFLICTUAL.contains(trigger.type())) {
                agents = whenSubject(after, words, i, text);
            }
            // "57 soldiers who had been held by residents were released": who is freed is freed, not who frees ("Sanctions
            // by the regional bloc ECOWAS were lifted" still names who lifts them).
            boolean agentInSubject = before.stream().anyMatch(a -> AGENT_OF_A_NOUN.matcher(text.substring(Math.max(s.start(), a.start() - 40), a.start())).find());
            if (!agents.isEmpty() || Trigger.CONFLICTUAL.contains(trigger.type()) || trigger.type().equals("ACCUSE")
                    || trigger.type().equals("CONCEDE") && !agentInSubject) {
                // The one who undergoes is the passive's subject, not a name back in another clause.
                List<ActorMention> undergoers = nearestGroup(before, text).stream()
                        .filter(a -> !clauseBetween(words, a, t)).toList();
                before = new ArrayList<>(agents);
                after = new ArrayList<>(undergoers);
            }
        }
        // The nearest actor before the trigger is its subject; keep the others of that noun phrase.
        // A participle after a comma goes on about the sentence's subject ("Turkish jets flew sorties for
        // the army, hitting militant camps").
        boolean agentFound = !before.isEmpty() && before.get(0).start() > t.start();
        // "Security forces foiled an Islamic State plot and arrested four members": a verb joined by "and"
        // without a subject of its own has the sentence's, or after a semicolon its clause's ("India blamed
        // militants; Islamabad denied any role and called for an inquiry").
        int clauseStart = clauseAfterSemicolon(words, i);
        List<ActorMention> opening = firstGroup(before.stream().filter(a -> a.start() >= words.get(clauseStart).start()).toList(), text);
        boolean joinedToFirst = !trigger.nominal() && joinedByAnd(words, i) && (TENSED_VERBS.contains(t.pos()) || t.pos().equals("VBN"));
        boolean participleOfSubject = (t.pos().equals("VBG") && i > 0 && words.get(i - 1).word().equals(",") || joinedToFirst)
                && !opening.isEmpty() && nounPhraseStart(words, Tokens.firstEndingAfter(opening.get(0).start(), words)) == clauseStart;
        List<ActorMention> actorSide = agentFound ? before : participleOfSubject ? opening : nearestGroup(before, text);
        if (joinedToFirst && !agentFound && subjectNamesNoActor(words, clauseStart, actors)) {
            // "Protesters accused the government of … and demanded …": the group before the verb is the first verb's object.
            actorSide = List.of();
        }
        // "The rights commission said 200 people had been arrested, and accused police of …": a verb joined to the
        // report goes on about the speaker who opens the sentence.
        ActorMention openingSpeaker = sources.stream().filter(m -> m.start() >= s.start() && m.end() <= t.start() && m.actor() != null
                && nounPhraseStart(words, Tokens.firstEndingAfter(m.start(), words)) == clauseStart).findFirst().orElse(null);
        if (joinedToFirst && (actorSide.isEmpty() || commaParticipleBetween(words, speech, i)) && openingSpeaker != null && speech >= 0
                && speech < t.start()) {
            actorSide = List.of(openingSpeaker);
        }
        // A participle right after a noun is said of that noun ("militants crossing from Afghanistan"): right after
        // people no side names it has them as its subject ("Jewish passengers arriving from Israel"), while
        // "a declaration demanding …" still speaks for whoever issued it.
        Token previous = i > 0 ? words.get(i - 1) : null;
        boolean reducedRelative = t.pos().equals("VBG") && previous != null && COMMON_NOUNS.contains(previous.pos());
        if (reducedRelative && previous.pos().equals("NNS") && actors.stream().noneMatch(a -> a.end() == previous.end())) {
            actorSide = List.of();
        }
        // "repelled an attack by M23", "came under attack": the subject is attacked; who attacks is in the noun's own phrase.
        boolean fended = trigger.nominal() && fendedOff(words, i);
        List<ActorMention> defenders = List.of();
        if (fended) {
            // "troops repelled an RSF attack": the group that qualifies the attack made it; the subject fended it off.
            List<ActorMention> qualifiers = before.stream().filter(a -> text.substring(a.end(), t.start()).isBlank()).toList();
            defenders = qualifiers.isEmpty() ? actorSide : nearestGroup(before.stream().filter(a -> !qualifiers.contains(a)).toList(), text);
            actorSide = qualifiers;
        }
        // "…, the commission said, blaming police for the deaths": a participle right after the saying is the speaker's act.
        // "… said on Wednesday, vowing to retaliate": past the saying's own time.
        int sayer = i - 2;
        while (sayer > 0 && sayer >= i - 5 && SAYING_TIME.matcher(words.get(sayer).word()).matches()) {
            sayer--;
        }
        boolean saidDoing = t.pos().equals("VBG") && i > 1 && words.get(i - 1).word().equals(",") && sayer >= 0
                && REPORTING.contains(words.get(sayer).lemma().toLowerCase(Locale.ROOT));
        int cue = saidDoing ? words.get(sayer).start() : -1;
        ActorMention sayingsSpeaker = attributions.stream().filter(a -> a.cueStart() == cue && a.speaker() != null)
                .map(Attribution::speaker).findFirst().orElse(null);
        if (sayingsSpeaker != null && !fended) {
            // "…, his organisation said, accusing the authorities of …": a speaker no side names leaves the act's actor unnamed.
            actorSide = actors.contains(sayingsSpeaker) ? List.of(sayingsSpeaker) : List.of();
        }
        boolean ownAct = speech < 0 ? !trigger.nominal() : pronounBetween(words, speech, t) || saidDoing;
        // What a speaker says was done to someone ("did not say how he was killed") it did not do, nor what
        // the people it names do ("says it killed 30 militants crossing from Afghanistan").
        if (actorSide.isEmpty() && defenders.isEmpty() && !(passive && !trigger.nominal()) && !reducedRelative && sayingsSpeaker == null
                && (ownAct || performedBySaying(attributions, s))) {
            // A speaker whose saying is the act ("Russia announced a ceasefire") is its actor; so is one
            // reporting its own act ("X said it will support …", "Serbs said their forces had withdrawn"),
            // and one named as source after a clause without another actor ("Israel will evacuate …, said its spokesman").
            // One who says it fended an act off ("the brigade said it had repelled several assaults") is its target.
            List<ActorMention> speaker = sources.stream().filter(m -> m.end() <= t.start()).reduce((a, b) -> b).map(List::of)
                    .orElseGet(() -> nearestGroup(actors.stream().filter(a -> a.end() <= speech && a.actor() != null).toList(), text));
            if (fended) {
                defenders = speaker;
            } else {
                actorSide = speaker;
            }
        }
        boolean armedEvent = trigger.type().equals("MOBILIZE") || trigger.type().equals("ASSAULT");
        if (trigger.nominal() && actorSide.isEmpty() && armedEvent) {
            // The armed group of the trigger's own phrase ("an influx of foreign fighters", "an assault by
            // rebels", "clashes between rebels and troops"), not one a later clause names ("… as the army tries
            // to crush the militants"); whoever is deployed is the deployment's actor ("the deployment of NATO troops").
            boolean moving = trigger.type().equals("MOBILIZE");
            List<ActorMention> armed = after.stream()
                    .filter(a -> moving || a.actor().sector() != null && ARMED.matcher(a.actor().sector()).matches())
                    .filter(a -> OWN_PHRASE.matcher(text.substring(t.end(), a.start())).matches()).limit(1).toList();
            after = after.stream().filter(a -> !armed.contains(a)).toList();
            actorSide = armed;
        }
        if (actorSide.isEmpty() && trigger.nominal()) {
            // "a ceasefire the junta declared", "the offensive that Israel launched": who the clause after the noun says made it.
            List<ActorMention> maker = after.stream().filter(a -> MAKER_BEFORE.matcher(text.substring(t.end(), a.start())).matches()
                    && MAKING_AFTER.matcher(text.substring(a.end(), Math.min(s.end(), a.end() + 20))).lookingAt()).limit(1).toList();
            after = after.stream().filter(a -> !maker.contains(a)).toList();
            actorSide = maker;
        }
        if (actorSide.isEmpty() && trigger.nominal() && DONE_BY.matcher(text.substring(t.end(), Math.min(s.end(), t.end() + 40))).lookingAt()) {
            // "A ceasefire announced by the Druze spiritual leader": who announces it makes it; "The attacks
            // were carried out by members of the coalition": who carries them out attacks.
            List<ActorMention> agent = byAgent(after, text, t);
            after = after.stream().filter(a -> !agent.contains(a)).toList();
            actorSide = agent;
        }
        if (actorSide.isEmpty() && armedEvent && BETWEEN_AFTER.matcher(text.substring(t.end(), Math.min(s.end(), t.end() + 12))).lookingAt()) {
            // "Fighting between ELN guerrillas and former members of the FARC": both sides fight, neither is only hit.
            List<ActorMention> sides = betweenSides(after, text, t);
            after = after.stream().filter(a -> !sides.contains(a)).toList();
            actorSide = sides;
        }
        if (actorSide.isEmpty() && trigger.type().equals("CONSULT") && BETWEEN_AFTER.matcher(text.substring(t.end(), Math.min(s.end(), t.end() + 12))).lookingAt()) {
            // "a phone call between Trump and Putin": the first named speaks with the other.
            List<ActorMention> first = betweenSides(after, text, t).stream().limit(1).toList();
            after = after.stream().filter(a -> !first.contains(a)).toList();
            actorSide = first;
        }
        if (actorSide.isEmpty() && !trigger.nominal() && ENABLING.matcher(t.lemma()).matches()) {
            // "the collapse of the defences allowed the rebels to capture …" concedes nothing: the capture is the event.
            return null;
        }
        // Whom one accuses, supports or asks is not where one does it ("criticized the United States").
        List<ActorMention> addressed = Trigger.FRAMING.contains(trigger.type()) || trigger.type().equals("SUPPORT") ? after : List.of();
        boolean subjectNoun = trigger.nominal() && trigger != Trigger.PROTESTERS && !Trigger.CONFLICTUAL.contains(trigger.type());
        PlaceMention place = placeFor(places, words, text, s, t, actors, actorSide, addressed, attributions, subjectNoun);
        if (actorSide.isEmpty() && after.isEmpty() && defenders.isEmpty() && place == null) {
            return null;
        }
        boolean movedOnly = !trigger.nominal() && trigger.type().equals("MOBILIZE") && MOVING.matcher(t.lemma()).matches()
                && words.subList(Math.max(0, i - 6), i).stream().noneMatch(w -> FORCE_NOUNS.matcher(w.word()).matches());
        if (movedOnly && actorSide.stream().noneMatch(a -> a.actor().kind() == Actor.Kind.STATE || a.actor().sector() != null
                        && FORCES.matcher(a.actor().sector()).matches())) {
            // Ships, migrants or visitors that enter or arrive are no deployment: only a force or a state moving is one.
            return null;
        }
        // A minister or a government's delegation that arrives somewhere visits it.
        boolean visiting = movedOnly && actorSide.stream().allMatch(a -> a.actor().kind() == Actor.Kind.PERSON || "GOV".equals(a.actor().sector()));
        int allowedVerbs = trigger.nominal() ? 1 : 0;
        TimeExpression time = Sentences.inside(document.layer(Layers.TIMEX), s).stream().filter(x -> asides.together(x, t))
                .filter(x -> !isDateline(document, x))
                .filter(x -> "DATE".equals(x.type()) || "TIME".equals(x.type()))
                .filter(x -> verbsBetween(words, i, x) <= allowedVerbs && !sinceBetween(text, t, x) && !datesAnotherNoun(words, x, t))
                // "The ADF, which pledged allegiance to Islamic State in 2019, has killed thousands": the clause's year is its own.
                .filter(x -> !insideClosedRelative(text, s, x, t))
                .min(Comparator.comparingInt(x -> Math.abs(x.start() - t.start()))).orElse(null);
        String mode = trigger.mode() != null ? trigger.mode() : mode(trigger.type(), t, actorSide, clauseOf(text, s, words, i));
        Status status = status(words, i);
        String type = visiting ? "CONSULT" : trigger.type();
        mode = visiting ? "visit" : mode;
        // Forces come from a country without acting on it ("reinforcements from Jordan"); a withdrawal from one is on it.
        // A deployment named by a noun goes where its own phrase says ("the influx of fighters into Syria");
        // who is named after the verb it is the subject of is that verb's ("the influx … highlights the army's
        // dependence on allies against the jihadists").
        // Only a violent act named by a noun reaches past the verb it is the subject of: "the raid killed five
        // fighters" names its victims there, "the group's withdrawal could present an opportunity for the U.S." does not.
        boolean moving = type.equals("MOBILIZE");
        List<ActorMention> recipientSide = !defenders.isEmpty() ? defenders : after.stream()
                .filter(a -> !moving || !FROM_BEFORE.matcher(wordsBefore(text, a)).find())
                .filter(a -> !subjectNoun || !tensedVerbBetween(words, t, a)).toList();
        // "Iran's minister reaffirmed Iran's support": what one's own state owns is not done to another.
        Set<String> ownSide = ArticleEvents.codes(actorSide);
        // Nor is the country people came from ("passengers arriving from Israel").
        // Nor is a side its own target ("the rebel offensive …, offering an opportunity for rebels"); named first
        // after the trigger, it is the subject of a clause of its own ("amassing on Aleppo as they prepare to …").
        Set<String> actorNames = actorSide.stream().map(a -> a.actor().name()).collect(Collectors.toSet());
        boolean subjectAgain = !recipientSide.isEmpty() && actorNames.contains(recipientSide.get(0).actor().name());
        recipientSide = recipientSide.stream()
                .filter(r -> !subjectAgain && !actorNames.contains(r.actor().name()))
                .filter(r -> !Modifiers.possessive(text, r) || r.actor().kind() != Actor.Kind.STATE || !ownSide.contains(r.actor().code()))
                // "Netanyahu vowed that Israel would strike back": one's own state as a clause's subject acts with one.
                .filter(r -> r.actor().kind() != Actor.Kind.STATE || !ownSide.contains(r.actor().code()) || !subjectOfAVerb(words, r))
                .filter(r -> r.actor().kind() != Actor.Kind.STATE || !origin(text, s, r)).toList();
        if (!recipientSide.isEmpty() && BENEFICIARY_BEFORE.matcher(
                text.substring(Math.max(s.start(), recipientSide.get(0).start() - 40), recipientSide.get(0).start())).find()) {
            // The first group after the trigger is whom it favours; no one named later is whom it is done to.
            recipientSide = List.of();
        }
        List<ActorMention> demanders = obliged(words, i) ? sources.stream().filter(m -> m.end() <= t.start()).toList() : List.of();
        if (trigger == Trigger.DEMANDED && demanders.isEmpty()) {
            return null;
        }
        if (!demanders.isEmpty()) {
            // "Russia said Sudan must return the helicopter": what a speaker says another must do is a demand.
            mode = trigger == Trigger.DEMANDED ? null : type.toLowerCase(Locale.ROOT);
            type = "REQUEST";
            status = Status.ASSERTED;
            recipientSide = actorSide;
            actorSide = demanders;
        } else if (status == Status.NEGATED && (Trigger.COOPERATIVE.contains(type) || type.equals("AGREE"))) {
            // "would not meet the demands", "did not accept": refusing to cooperate is PLOVER's REJECT.
            mode = type.toLowerCase(Locale.ROOT);
            type = "REJECT";
            status = Status.ASSERTED;
        } else if (status == Status.FUTURE && volitional(words, i)) {
            // An actor's stated intent is an event of its own in PLOVER: to cooperate ("will support",
            // "plans to meet") is AGREE; to use force or pressure ("plans to impose", "will tighten the
            // blockade") is THREATEN. A prediction by others ("expected to") stays a future event.
            if (Trigger.COOPERATIVE.contains(type)) {
                mode = type.toLowerCase(Locale.ROOT);
                type = "AGREE";
                status = Status.ASSERTED;
            } else if (Trigger.CONFLICTUAL.contains(type)) {
                mode = type.toLowerCase(Locale.ROOT);
                type = "THREATEN";
                status = Status.ASSERTED;
            }
        }
        boolean toll = Tolls.reads(text, s.start(), s.end(), t.start(), t.end());
        if (toll) {
            // The country a war is fought in is not a side in its toll ("years of war in Syria have killed …").
            actorSide = withoutLocatives(actorSide, text);
            recipientSide = withoutLocatives(recipientSide, text);
        }
        boolean saysWhat = Trigger.FRAMING.contains(type);
        return new EventMention(s.start(), s.end(), type, mode, status, toll, t.word(), t.start(), t.end(),
                actorSide, firstGroup(recipientSide.stream().filter(r -> r.start() < t.start()
                        || !coordinateClauseBetween(words, t, r) && !reasonBetween(words, t, r) && !inActBeforeClause(words, t, r)
                        && (saysWhat || !complementizerBetween(words, t, r))).toList(), text)
                        .stream().limit(3).toList(), place, time, null, List.of(),
                List.of(new Evidence(text.substring(s.start(), s.end()), s.start(), s.end(), t.word())));
    }

    /**
     * A possessor that is a side of the act, not a qualifier of another side: who is named as owning
     * the act a noun names ("Russia's invasion of …", "Israel's latest strikes") acts; who owns what an act is done to,
     * when that is no group, people or place of its own ("rejected Pyongyang's demand", "praised
     * Haiti's efforts"), undergoes it. "Iraq's militias", "the minister's aides" and "Syria's largest
     * city" still name the militias, the aides and the city.
     */
    private static boolean ownsTheAct(String text, List<Token> words, ActorMention possessor, Token t, Trigger trigger,
                                      List<ActorMention> actors) {
        if (!Modifiers.possessive(text, possessor)) {
            return false;
        }
        if (possessor.end() <= t.start()) {
            return trigger.nominal() && !possessor.actor().isUnnamedGroup()
                    && OWNED_TRIGGER.matcher(text.substring(possessor.end(), t.start())).matches();
        }
        int possessedEnd = Math.min(text.length(), possessor.end() + 25);
        List<Token> possessed = words.stream().filter(w -> w.start() > possessor.end() + 1 && w.start() < possessedEnd).limit(3).toList();
        return actors.stream().noneMatch(a -> a.start() > possessor.end() && a.start() < possessedEnd)
                && possessed.stream().noneMatch(w -> PLACE_NOUN.matcher(w.word()).matches() || PEOPLE.matcher(w.word()).matches()
                        || KIN.matcher(w.word()).matches() || TIME_OF_A_PLACE.matcher(w.word()).matches());
    }

    /** "one of the largest protests in Serbia's recent history": a country's history is when, and no one is its target. */
    private static final Pattern TIME_OF_A_PLACE = Pattern.compile("(?i)history|past|future");

    /**
     * A state named as where one goes ("his trip to Syria"), or after a locative preposition
     * ("killed in Syria", "its air campaign in Yemen", "the state of affairs in Libya"): a place. Only
     * after people without a country of their own is it whose they are ("opposition groups in Zimbabwe").
     */
    private static boolean placeNotActor(List<Token> words, ActorMention state, List<ActorMention> actors, String text, Token trigger) {
        if (state.actor().kind() != Actor.Kind.STATE) {
            return false;
        }
        String before = wordsBefore(text, state);
        // "In Ukraine, Russian missiles struck Kharkiv": a preposition opening the sentence sets the scene.
        if (!words.isEmpty() && words.get(0).start() <= state.start()
                && OPENING_LOCATIVE.matcher(text.substring(words.get(0).start(), state.start())).matches()) {
            return true;
        }
        // "in response to U.S. strikes": a state qualifying the act's own noun is whose it is, not where to.
        if (GOAL_BEFORE.matcher(before).find()) {
            return !text.substring(state.end(), trigger.start()).isBlank();
        }
        Matcher locative = Modifiers.LOCATIVE_BEFORE.matcher(before);
        if (!locative.find()) {
            return false;
        }
        int preposition = Tokens.firstEndingAfter(state.start() - before.length() + locative.start(), words);
        if (preposition <= 0) {
            return false;
        }
        Token head = words.get(preposition - 1);
        return !PEOPLE.matcher(head.word()).matches() || actors.stream()
                .anyMatch(a -> a.start() <= head.start() && head.end() <= a.end() && a.actor() != null && a.actor().code() != null);
    }

    private static final Pattern OPENING_LOCATIVE = Pattern.compile("(?:In|Inside|Across|Near|At)\\s+(?:the\\s+)?");

    private static List<ActorMention> withoutLocatives(List<ActorMention> actors, String text) {
        return actors.stream().filter(a -> !Modifiers.afterLocative(text, a)).toList();
    }

    /** The few words before a span, where a preposition would tell what it is to the sentence. */
    private static String wordsBefore(String text, Span span) {
        return text.substring(Math.max(0, span.start() - 12), span.start());
    }

    /** Where the speech verb that reports the trigger's clause begins ("X, a spokesman in exile, observed that …"), or -1. */
    private static int speechBefore(List<Attribution> attributions, String text, Sentence s, Token trigger) {
        int at = -1;
        for (Attribution a : attributions) {
            if (a.source() == null || a.stance() == Stance.DENIES || a.cue() == null || a.cue().toLowerCase(Locale.ROOT).startsWith("according")) {
                continue;
            }
            if (a.cueStart() < trigger.start()) {
                at = Math.max(at, a.cueStart());
            }
        }
        return at;
    }

    /**
     * Where the report told before a speaker set off by a comma ends ("M23 rebels entered Bukavu, residents said, two days
     * after seizing …"), when the speech verb at {@code speech} has such a speaker; else -1. Who is named there is a side
     * of the report, not the speaker's.
     */
    private static int reportBeforeSpeaker(List<Attribution> attributions, String text, Sentence s, int speech) {
        return attributions.stream().filter(a -> a.cueStart() == speech && a.speaker() != null && a.phraseStart() > s.start()
                        && a.phraseStart() < speech && text.substring(s.start(), a.phraseStart()).stripTrailing().endsWith(","))
                .mapToInt(Attribution::phraseStart).findFirst().orElse(-1);
    }

    private static boolean denies(List<Attribution> attributions, ActorMention actor) {
        return attributions.stream().anyMatch(a -> a.stance() == Stance.DENIES && a.namesSpeaker(actor));
    }

    /** "met in Jeddah, Saudi Arabia, for talks": a state set off right after a place says where that place is. */
    private static boolean placesCountry(List<PlaceMention> places, String text, ActorMention a) {
        return a.actor().kind() == Actor.Kind.STATE && PLACES_COUNTRY_AFTER.matcher(text.substring(a.end(), Math.min(text.length(), a.end() + 2))).lookingAt()
                && places.stream().anyMatch(p -> p.end() < a.start() && text.substring(p.end(), a.start()).matches(",\\s*"));
    }

    private static final Pattern AGENT_OF_A_NOUN = Pattern.compile("(?i)\\b\\p{L}+\\s+by\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}$");
    private static final Pattern PLACES_COUNTRY_AFTER = Pattern.compile("\\s*(?:[,.;:)]|$)");

    /** Whether an actor is whom a source tells what it reports ("Security sources told Sitrep that …"). */
    private static boolean toldBy(List<Attribution> attributions, String text, ActorMention actor) {
        return attributions.stream().anyMatch(a -> "told".equalsIgnoreCase(a.cue()) && a.cueStart() + a.cue().length() <= actor.start()
                && text.substring(a.cueStart() + a.cue().length(), actor.start()).isBlank());
    }

    /** Whether an actor is named as who reports; who denies often did it, so is not counted here. */
    private static boolean speaks(List<Attribution> attributions, ActorMention actor) {
        return attributions.stream().anyMatch(a -> a.stance() != Stance.DENIES && a.namesSpeaker(actor));
    }

    /** Whether a personal or possessive pronoun stands between an offset and a trigger: "said it will", "said their forces". */
    private static boolean pronounBetween(List<Token> words, int from, Token trigger) {
        return words.stream().anyMatch(w -> w.start() > from && w.end() <= trigger.start() && w.pos().startsWith("PRP"));
    }

    /** Whether the sentence's attribution is a verb that performs what it names: announcing, declaring, ordering. */
    private static boolean performedBySaying(List<Attribution> attributions, Sentence s) {
        return attributions.stream().anyMatch(a -> s.contains(a) && a.cue() != null && PERFORMATIVE.matcher(a.cue()).find());
    }

    /**
     * Whether a time stands between a determiner and a noun of its own that is not the trigger's phrase: "the
     * arrests violated the 2018 peace deal" dates the deal, not the arrests.
     */
    private static boolean datesAnotherNoun(List<Token> words, TimeExpression time, Token trigger) {
        int first = Tokens.firstEndingAfter(time.start(), words);
        int next = Tokens.firstEndingAfter(time.end(), words);
        boolean determined = first > 0 && DETERMINERS.contains(words.get(first - 1).pos());
        if (!determined || next >= words.size() || !words.get(next).pos().startsWith("NN")) {
            return false;
        }
        int head = next;
        while (head + 1 < words.size() && words.get(head + 1).pos().startsWith("NN")) {
            head++;
        }
        return trigger.start() < words.get(next).start() || trigger.start() > words.get(head).end();
    }

    private static final Pattern LEADS_A_FORCE = Pattern.compile("-led\\s+(?:[\\w-]+\\s+)?(?:fighters|militants|forces|gunmen|rebels|troops|militias|"
            + "militiamen|insurgents)\\b");
    private static final Pattern MAKER_BEFORE = Pattern.compile("(?i)\\s+(?:that\\s+|which\\s+)?(?:the\\s+)?");
    private static final Pattern MAKING_AFTER = Pattern.compile("(?i)\\s+(?:had\\s+|has\\s+)?(?:declared|announced|agreed|signed|brokered|imposed|"
            + "launched|ordered|began|started|mounted|carried\\s+out)\\b");
    /** "A ceasefire announced by …", "The attacks were carried out by …": the agent of the act a noun names. */
    private static final Pattern DONE_BY = Pattern.compile("\\s+(?:(?:was|were|has been|have been|had been)\\s+)?"
            + "(?:announced|declared|proclaimed|ordered|unveiled|carried out|conducted|perpetrated|committed|staged|mounted)\\s+by\\s");
    private static final Pattern BETWEEN_AFTER = Pattern.compile("\\s+between\\s");
    private static final Pattern AND_THEN_PHRASE = Pattern.compile("[^,;.]{0,30}?\\band\\s+(?:[\\p{L}\\d'’-]+\\s+){0,4}");

    /** The two sides named after "between" and "and", or none when the second is not found. */
    private static List<ActorMention> betweenSides(List<ActorMention> after, String text, Token t) {
        ActorMention first = after.stream().filter(a -> OWN_PHRASE.matcher(text.substring(t.end(), a.start())).matches()).findFirst().orElse(null);
        if (first == null) {
            return List.of();
        }
        return after.stream().filter(a -> a.start() >= first.end() && !a.actor().equals(first.actor())
                        && AND_THEN_PHRASE.matcher(text.substring(first.end(), a.start())).matches())
                .findFirst().map(second -> List.of(first, second)).orElse(List.of());
    }

    private static final Set<String> DETERMINERS = Set.of("DT", "PRP$", "POS");

    /** Whether a modal or a tensed verb follows the mention right away: it is that verb's subject. */
    private static boolean subjectOfAVerb(List<Token> words, Span mention) {
        int next = Tokens.firstEndingAfter(mention.end(), words);
        return next < words.size() && (words.get(next).pos().equals("MD") || TENSED_VERBS.contains(words.get(next).pos()));
    }

    /** "…, overrunning the police station and freeing 500 inmates": a participle after a comma before word {@code i}. */
    private static boolean hasCommaParticiple(List<Token> words, int i) {
        for (int j = 1; j < i - 1; j++) {
            if (words.get(j).pos().equals("VBG") && words.get(j - 1).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb at {@code i} tells, with a subject of its own, an act before the one told earlier in the
     * sentence ("Israel launched its offensive after Hamas-led fighters attacked southern Israel"): another act.
     */
    private static boolean actBeforeClause(List<Token> words, int from, int i) {
        int j = actBeforeOpener(words, from, i);
        return j >= 0 && words.subList(j + 1, i).stream().noneMatch(x -> x.pos().startsWith("VB") && !x.pos().equals("VBN"));
    }

    /** The first "after" or "since" between words {@code from} and {@code to} that opens a clause with a subject of its own, or -1. */
    private static int actBeforeOpener(List<Token> words, int from, int to) {
        for (int j = Math.max(0, from); j < Math.min(to, words.size() - 1); j++) {
            String w = words.get(j).word().toLowerCase(Locale.ROOT);
            if ((w.equals("after") || w.equals("since")) && words.get(j).pos().equals("IN") && SUBJECT_OPENERS.contains(words.get(j + 1).pos())) {
                int verb = j + 1;
                while (verb < Math.min(words.size(), j + 8) && !TENSED_VERBS.contains(words.get(verb).pos())) {
                    verb++;
                }
                if (verb < Math.min(words.size(), j + 8)) {
                    return j;
                }
            }
        }
        return -1;
    }

    /**
     * Whether a later span lies in such a clause after the trigger: whom the earlier act names is not this one's target
     * (where it was often is: "police detained 60 after a crowd stormed an airport in Dagestan").
     */
    private static boolean inActBeforeClause(List<Token> words, Span trigger, Span later) {
        return actBeforeOpener(words, Tokens.firstEndingAfter(trigger.end(), words), Tokens.firstEndingAfter(later.start(), words)) >= 0;
    }

    /** "… and expelled", "…, and has suspended a treaty": a verb joined by "and", its perfect's auxiliary between. */
    private static boolean joinedByAnd(List<Token> words, int i) {
        int j = i - 1;
        if (j > 0 && PERFECT_AUXILIARIES.contains(words.get(j).word().toLowerCase(Locale.ROOT))) {
            j--;
        }
        return j >= 0 && words.get(j).word().equalsIgnoreCase("and");
    }

    private static final Set<String> PERFECT_AUXILIARIES = Set.of("has", "have", "had");

    /** Whether the clause at word {@code from} opens with a noun phrase that names no actor, right before its verb ("Protesters accused …"). */
    private static boolean subjectNamesNoActor(List<Token> words, int from, List<ActorMention> actors) {
        int verb = from;
        while (verb < words.size() && NOUN_PHRASE_WORDS.contains(words.get(verb).pos())) {
            verb++;
        }
        if (verb == from || verb >= words.size() || !TENSED_VERBS.contains(words.get(verb).pos())) {
            return false;
        }
        int start = words.get(from).start();
        int end = words.get(verb - 1).end();
        return actors.stream().noneMatch(a -> a.start() < end && a.end() > start);
    }

    /** The first word after the last semicolon before word {@code i}, or 0. */
    private static int clauseAfterSemicolon(List<Token> words, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (words.get(j).word().equals(";")) {
                return j + 1;
            }
        }
        return 0;
    }

    /** The first word of the noun phrase whose word {@code index} is: back over determiners, numbers, adjectives and names. */
    private static int nounPhraseStart(List<Token> words, int index) {
        int start = index;
        // "Heavily armed gangs": an adverb that grades the adjective after it is of the phrase too.
        while (start > 0 && (NOUN_PHRASE_OPENERS.contains(words.get(start - 1).pos())
                || words.get(start - 1).pos().equals("RB") && (words.get(start).pos().equals("JJ") || words.get(start).pos().equals("VBN")))) {
            start--;
        }
        return start;
    }

    /**
     * Whether {@code group} is the subject of the verb at {@code verb}: right before it with a relative
     * pronoun between ("rebels who captured"), or at most four words apart with no verb between and
     * its noun phrase ("nine armed militants") starting the sentence or following a comma or dash,
     * not a verb or a preposition that would make it an object.
     */
    private static boolean opensClauseOf(List<Token> words, ActorMention group, int verb) {
        int first = Tokens.firstEndingAfter(group.start(), words);
        int last = first;
        while (last + 1 < words.size() && words.get(last + 1).end() <= group.end()) {
            last++;
        }
        // "Gunmen came to the village and abducted 20 women": a verb joined by "and" has the subject of the first verb after the group.
        if (verb > 0 && words.get(verb - 1).word().equalsIgnoreCase("and")) {
            for (int j = last + 1; j < verb - 1; j++) {
                if (TENSED_VERBS.contains(words.get(j).pos())) {
                    return opensClauseOf(words, group, j);
                }
            }
        }
        // "Militants armed with rifles and grenades attacked …": a participle and its phrase after the group describe it,
        // and so does where they are from ("Militants from an al Qaeda-linked group killed …").
        int from = last + 1;
        boolean described = from + 1 < verb && words.get(from).pos().equals("VBN") && words.get(from + 1).pos().equals("IN");
        boolean origin = from + 1 < verb && ORIGIN_WORDS.contains(words.get(from).word().toLowerCase(Locale.ROOT));
        if (described) {
            from += 2;
        } else if (origin) {
            from += 1;
            // "an al Qaeda-linked group": the hyphen's second half is of the phrase too.
            while (from < verb && (NOUN_PHRASE_WORDS.contains(words.get(from).pos()) || words.get(from).pos().equals("HYPH")
                    || words.get(from - 1).pos().equals("HYPH"))) {
                from++;
            }
        }
        if (verb - from > 4) {
            return false;
        }
        // "rebels who captured Aleppo": a relative pronoun right after the group makes it the verb's subject.
        String next = words.get(last + 1).pos();
        if (last + 2 == verb && (next.equals("WP") || next.equals("WDT"))) {
            return true;
        }
        for (int j = from; j < verb; j++) {
            String pos = words.get(j).pos();
            if (pos.startsWith("VB") || pos.equals("WDT") || pos.equals("WP") || pos.equals("CC") && !described) {
                return false;
            }
        }
        int start = nounPhraseStart(words, first);
        // "Hundreds of gang members attacked …": a count of the group opens the clause with it.
        if (start > 1 && words.get(start - 1).word().equalsIgnoreCase("of")
                && (GROUP_COUNTS.contains(words.get(start - 2).word().toLowerCase(Locale.ROOT)) || words.get(start - 2).pos().equals("CD"))) {
            start = nounPhraseStart(words, start - 2);
        }
        // A dateline's dash, a colon or an opening quote opens the report as a comma opens a clause ("ABUJA — Armed
        // bandits killed …", '"Rebels shelled us," she said'); so does a word that tells a clause as a time ("… when rebels captured Idlib"),
        // and a verb of saying ("the ministry said gunmen fired …").
        Token opener = start == 0 ? null : words.get(start - 1);
        return opener == null || opener.word().matches(",|—|–|--?|:") || opener.pos().equals("``")
                || TIME_CLAUSE.contains(opener.word().toLowerCase(Locale.ROOT))
                || opener.pos().startsWith("VB") && REPORTING.contains(opener.lemma().toLowerCase(Locale.ROOT));
    }

    private static boolean passive(List<Token> words, int i) {
        String next = i + 1 < words.size() ? words.get(i + 1).pos() : ".";
        boolean afterItsNoun = i > 0 && words.get(i - 1).pos().equals("NNS")
                && (next.equals("IN") && !countedObjectAfter(words, i) || next.equals("WRB") || next.equals(",") || next.equals("."));
        // "the number of people killed when …": a noun after a preposition is no verb's subject, so a
        // form the tagger read as a past tense is the participle.
        if (afterItsNoun && i > 1 && words.get(i - 2).pos().equals("IN") && words.get(i).pos().equals("VBD")) {
            return true;
        }
        if (!words.get(i).pos().equals("VBN") || joinedWithObject(words, i)) {
            return false;
        }
        for (int j = Math.max(0, i - 3); j < i; j++) {
            if (words.get(j).lemma().equalsIgnoreCase("be") || words.get(j).lemma().equalsIgnoreCase("get")) {
                return true;
            }
        }
        // "soldiers killed in the raid were buried": a participle right after its noun, with no object of its own.
        return afterItsNoun;
    }

    /** "killed at least 14 civilians", "beheaded about 20 villagers": a qualified count right after the verb is its object. */
    private static boolean countedObjectAfter(List<Token> words, int i) {
        if (i + 1 >= words.size() || !COUNT_QUALIFIERS.contains(words.get(i + 1).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int j = i + 2; j <= i + 3 && j + 1 < words.size(); j++) {
            if (words.get(j).pos().equals("CD")) {
                return words.get(j + 1).pos().startsWith("NN") || words.get(j + 1).pos().equals("JJ");
            }
        }
        return false;
    }

    /**
     * The subject of a "when" clause right after a violent passive does the deed: "were killed when
     * military jets bombed a village", also past a time or a passive joined to the first ("were killed
     * and another was wounded when dissidents attacked their patrol"); the clause's own act of that
     * kind is not told twice.
     */
    private static List<ActorMention> whenSubject(List<ActorMention> after, List<Token> words, int i, String text) {
        int when = i + 1;
        for (; when < words.size() && when <= i + WHEN_REACH && !words.get(when).word().equalsIgnoreCase("when"); when++) {
            Token w = words.get(when);
            if (w.word().matches("[,;:]") || FINITE_VERBS.contains(w.pos()) && !w.lemma().equalsIgnoreCase("be")) {
                return List.of();
            }
        }
        if (when >= words.size() || !words.get(when).word().equalsIgnoreCase("when")) {
            return List.of();
        }
        int verb = when + 1;
        while (verb < words.size() && !FINITE_VERBS.contains(words.get(verb).pos())) {
            verb++;
        }
        int clauseStart = words.get(when).end();
        int verbStart = verb < words.size() ? words.get(verb).start() : text.length();
        return firstGroup(after.stream().filter(a -> a.start() >= clauseStart && a.end() <= verbStart).toList(), text);
    }

    /** Actors of the "by …" phrase right after a passive trigger. */
    private static List<ActorMention> byAgent(List<ActorMention> after, String text, Token trigger) {
        int by = text.indexOf(" by ", trigger.end());
        if (by < 0 || by - trigger.end() > 30) {
            return List.of();
        }
        // "accused by rights groups of killing civilians", "killed by a bomb outside of the Iraqi city": the agent's phrase
        // ends where a preposition opens another, but "members of the Islamic State" are the group's.
        return firstGroup(after.stream().filter(a -> a.start() > by && a.start() - by < 60
                && !PHRASE_BREAK.matcher(text.substring(by + 4, a.start())).find()).toList(), text);
    }

    private static final Pattern PHRASE_BREAK = Pattern.compile("(?i)(?<!\\b(?:members|fighters|forces|units|supporters|militants|soldiers|troops|"
            + "elements|militiamen|gunmen|men|wing|branch|affiliate|loyalists)\\s)\\b(?:of|for|to|with|from|after|before|during)\\b|[,;]");

    /**
     * A past participle without an auxiliary describes a thing, it does not report an event: before
     * its noun ("the banned party", "the occupied West Bank"), or after it once the clause has its
     * verb ("shortened the curfew imposed in 1989"). Without a verb before it, a participle is the
     * tagger's reading of a main verb ("150 fighters crossed at the post").
     */
    private static boolean adjectivalParticiple(List<Token> words, int i) {
        if (!words.get(i).pos().equals("VBN")) {
            return false;
        }
        // "doctors had received 31 wounded": the people a hospital takes in, counted, tell no act.
        if (i > 1 && words.get(i - 1).pos().equals("CD") && TAKING_IN.contains(words.get(i - 2).lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        boolean finiteBefore = false;
        for (int j = 0; j < i; j++) {
            Token w = words.get(j);
            String lemma = w.lemma().toLowerCase(Locale.ROOT);
            if (j >= i - 3 && (lemma.equals("be") || lemma.equals("have") || lemma.equals("get"))) {
                return false;
            }
            // A verb of saying opens a reported clause with a subject of its own ("said its aircraft bombed …").
            finiteBefore = !REPORTING.contains(lemma) && (finiteBefore || TENSED_VERBS.contains(w.pos()));
        }
        // Right after the comma that closes an apposition ("the militia, a key partner of the army, sent
        // fighters") a participle before its object is the tagger's reading of the main verb.
        boolean afterComma = i > 0 && words.get(i - 1).word().equals(",");
        // Between a common noun and its object it is the main verb the tagger misread ("army warplanes bombed RSF positions").
        boolean afterCommonNoun = i > 0 && (words.get(i - 1).pos().equals("NN") || words.get(i - 1).pos().equals("NNS"));
        boolean prenominal = i > 0 && PRENOMINAL.contains(words.get(i - 1).pos())
                || !afterComma && !afterCommonNoun && i + 1 < words.size() && (words.get(i + 1).pos().equals("NN") || words.get(i + 1).pos().equals("NNS"));
        return prenominal || finiteBefore && !joinedWithObject(words, i);
    }

    private static final Set<String> GIVING = Set.of("SUPPORT", "AID", "COOPERATE");
    private static final Set<String> GROUP_COUNTS = Set.of("hundreds", "dozens", "thousands", "scores", "tens", "some", "many", "several", "most", "all");
    private static final Pattern VIOLATION_OF_BEFORE = Pattern.compile("(?i)\\b(?:violations?|breach(?:es)?|infringements?)\\s+of\\s+(?:the\\s+)?$");
    private static final Pattern VENUE_BEFORE = Pattern.compile("(?i)\\bat\\s+(?:the\\s+)?$");
    private static final Set<String> ORIGIN_WORDS = Set.of("from", "of");
    private static final Set<String> TAKING_IN = Set.of("receive", "treat", "admit", "take", "evacuate", "bring", "count");
    private static final Set<String> OBJECT_OPENERS = Set.of("NNP", "NNPS", "DT", "PRP", "PRP$", "CD");

    /** "said it was illegal and accused Rwanda of …": a participle after "and", before its object, is a second main verb. */
    private static boolean joinedWithObject(List<Token> words, int i) {
        return i > 0 && i + 1 < words.size() && words.get(i - 1).word().equalsIgnoreCase("and")
                && OBJECT_OPENERS.contains(words.get(i + 1).pos());
    }

    /** "controlled by the militia since 2014", "since the uprising started in 2011": a point of reference, not the event's date. */
    private static boolean sinceBetween(String text, Token trigger, TimeExpression time) {
        int from = time.start() > trigger.end() ? trigger.end() : Math.max(0, time.start() - 8);
        return SINCE.matcher(text.substring(from, time.start())).find();
    }

    /**
     * Content verbs between the trigger and a time expression: "X on Wednesday dismissed reports
     * that units had crossed" dates the dismissal, not the crossing, and so does a "that" between
     * them. A clause opened by "when" after the trigger tells when it happened ("were killed when
     * drones struck the market on Monday").
     */
    private static int verbsBetween(List<Token> words, int trigger, TimeExpression time) {
        int from = Math.min(words.get(trigger).end(), time.end());
        int to = Math.max(words.get(trigger).start(), time.start());
        boolean timeAfter = time.start() >= words.get(trigger).end();
        int verbs = 0;
        for (int j = 0; j < words.size(); j++) {
            Token w = words.get(j);
            if (w.start() < from || w.end() > to) {
                continue;
            }
            if (timeAfter && w.word().equalsIgnoreCase("when")) {
                break;
            }
            // After an article a "verb" is the tagger's misreading of a noun ("a drone hit …"); a "that"
            // not after a common noun opens a clause of its own ("denied on Monday that its forces had
            // killed …"), while one after it tells of that noun ("air strikes … that began on Sept. 30").
            boolean afterArticle = j > 0 && words.get(j - 1).pos().equals("DT");
            boolean complementizer = w.word().equalsIgnoreCase("that") && j > 0 && !COMMON_NOUNS.contains(words.get(j - 1).pos());
            // "said on Friday …, a day after the rebels overran the town": the day is not the overrunning's.
            boolean otherTime = TIME_ORDER.contains(w.word().toLowerCase(Locale.ROOT));
            if (complementizer || otherTime || FINITE_VERBS.contains(w.pos()) && !afterArticle && !AUXILIARIES.contains(w.lemma().toLowerCase(Locale.ROOT))) {
                verbs++;
            }
        }
        return verbs;
    }

    /** ", and", ", but", "; yet", ", while" at word {@code j}: a second clause joined to the first. */
    private static boolean opensConjoinedClause(List<Token> words, int j) {
        return j + 1 < words.size() && words.get(j).word().matches("[,;]") && words.get(j + 1).word().matches("(?i)but|and|yet|while");
    }

    /** The stretch of the sentence between the conjoined clauses around word {@code i}: "Turkish jets" do not make a shelling aerial. */
    private static String clauseOf(String text, Sentence s, List<Token> words, int i) {
        int start = s.start();
        int end = s.end();
        for (int j = 0; j + 1 < words.size(); j++) {
            boolean boundary = opensConjoinedClause(words, j);
            if (boundary && j < i) {
                start = words.get(j).end();
            } else if (boundary && j > i) {
                end = words.get(j).start();
                break;
            }
        }
        return text.substring(start, end);
    }

    /** Whether a verb with a tense of its own ("highlights", "said"), not an infinitive, stands between a trigger and a later span. */
    private static boolean tensedVerbBetween(List<Token> words, Span trigger, Span later) {
        // A modal gives the verb after it its tense ("the withdrawal could present an opportunity").
        return anyBetween(words, trigger, later, w -> w.pos().equals("MD")
                || TENSED_VERBS.contains(w.pos()) && !AUXILIARIES.contains(w.lemma().toLowerCase(Locale.ROOT)));
    }

    /** "targeted the vessel because it was linked to Israel": who a reason or concession names is not acted on. */
    private static boolean reasonBetween(List<Token> words, Token trigger, Span later) {
        return anyBetween(words, trigger, later, w -> REASON.contains(w.word().toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a clause opened by "that" lies between a trigger and a later span: "the influx is a
     * sign that the army relies on its allies". What one demands or is accused of is said in such a
     * clause, so speech acts keep its names.
     */
    private static boolean complementizerBetween(List<Token> words, Token trigger, Span later) {
        return anyBetween(words, trigger, later, w -> w.word().equalsIgnoreCase("that") && (w.pos().equals("IN") || w.pos().equals("WDT")));
    }

    private static boolean anyBetween(List<Token> words, Span earlier, Span later, Predicate<Token> test) {
        return words.stream().anyMatch(w -> w.start() >= earlier.end() && w.end() <= later.start() && test.test(w));
    }

    /**
     * Whether a second clause starts between a trigger and a later span: a verb of its own after a
     * comma or a conjunction ("shelled the town for days, and derailed talks brokered by Qatar"), or
     * ", and" / ", but" / "; yet" / ", while" before a subject of its own ("shelled the town, and Turkish jets …").
     */
    private static boolean coordinateClauseBetween(List<Token> words, Token trigger, Span later) {
        for (int j = 1; j < words.size(); j++) {
            Token w = words.get(j);
            String before = words.get(j - 1).word();
            boolean conjoined = before.equals("and") || before.equals("but");
            boolean verb = TENSED_VERBS.contains(w.pos()) || conjoined && w.pos().equals("VBN");
            boolean verbOpens = verb && !AUXILIARIES.contains(w.lemma().toLowerCase(Locale.ROOT)) && (conjoined || before.equals(","));
            boolean commaOpens = opensConjoinedClause(words, j - 1) && words.get(j - 1).start() > trigger.end();
            if (w.end() <= later.start() && (commaOpens || w.start() > trigger.end() && verbOpens)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb of its own or a relative pronoun stands between a span and a later one. */
    private static boolean clauseBetween(List<Token> words, Span span, Span later) {
        return words.stream().anyMatch(w -> w.start() >= span.end() && w.end() <= later.start()
                && (w.pos().startsWith("VB") && !AUXILIARIES.contains(w.lemma().toLowerCase(Locale.ROOT)) || w.pos().startsWith("W")));
    }

    /**
     * Whether a coordinated clause with a subject of its own ("…, but the collapse of the front …",
     * "…, and Turkish jets …") opens between a word and the verb after it, the verb being that clause's first.
     */
    private static boolean newSubjectBetween(List<Token> words, int from, int verb) {
        // A noun is the object of its clause's own verb ("…, and Israel responded with artillery fire").
        long clauseVerbs = words.get(verb).pos().startsWith("NN") ? 1 : 0;
        for (int j = Math.max(0, from); j + 2 < verb; j++) {
            // "…, a day after the group fired rockets": a clause told as the time of the first opens with its subject too
            // ("since December" is no clause).
            String verbPos = words.get(verb).pos();
            boolean timeClause = TIME_CLAUSE.contains(words.get(j + 1).word().toLowerCase(Locale.ROOT))
                    && TENSED_VERBS.contains(verbPos) && !TIME_WORD.matcher(words.get(j + 2).word()).matches();
            boolean opens = (opensConjoinedClause(words, j) || timeClause) && SUBJECT_OPENERS.contains(words.get(j + 2).pos());
            if (opens && words.subList(j + 3, verb).stream().filter(w -> w.pos().startsWith("VB")).count() <= clauseVerbs) {
                return true;
            }
        }
        return false;
    }

    private static List<ActorMention> nearestGroup(List<ActorMention> before, String text) {
        if (before.isEmpty()) {
            return List.of();
        }
        List<ActorMention> group = new ArrayList<>();
        group.add(before.get(before.size() - 1));
        for (int i = before.size() - 2; i >= 0 && joined(before.get(i), group.get(0), text); i--) {
            group.add(0, before.get(i));
        }
        return withoutOrigin(group, text);
    }

    /**
     * "Hezbollah militants from Lebanon": the state a named group's fighters come from is where they
     * come from, not a side of its own (an unnamed group's origin still says whose they are: "fighters from Iran").
     */
    private static List<ActorMention> withoutOrigin(List<ActorMention> group, String text) {
        List<ActorMention> kept = new ArrayList<>(group);
        for (int i = 1; i < group.size(); i++) {
            ActorMention m = group.get(i);
            boolean namedBefore = group.subList(0, i).stream().anyMatch(a -> a.actor().code() != null && a.actor().kind() != Actor.Kind.STATE);
            if (m.actor().kind() == Actor.Kind.STATE && namedBefore
                    && ORIGIN_BETWEEN.matcher(text.substring(group.get(i - 1).end(), m.start())).matches()) {
                kept.remove(m);
            }
        }
        return kept;
    }

    /** The first actor of the list and those listed with it ("by ISIS and al-Nusra fighters"). */
    private static List<ActorMention> firstGroup(List<ActorMention> after, String text) {
        List<ActorMention> group = new ArrayList<>();
        for (ActorMention a : after) {
            if (!group.isEmpty() && !joined(group.get(group.size() - 1), a, text)) {
                break;
            }
            group.add(a);
        }
        return withoutOrigin(group, text);
    }

    /**
     * Whether two actors, the first ending before the second, are named in one list; the first may
     * qualify a noun of its own ("Houthi fighters and Saudi troops"), and "along with"
     * joins as "and" does ("The army, along with its allies, has been shelling").
     */
    private static boolean joined(ActorMention first, ActorMention second, String text) {
        return first.end() <= second.start() && text.substring(first.end(), second.start()).matches(
                "\\s*(,|and|or|as well as|from groups like|such as|including|from)?\\s*(and\\s+)?|\\s+[a-z]+\\s*(,|and|or)\\s*(and\\s+)?"
                + "|,?\\s*(along|together) with(\\s+(its|their|his)\\s+(ally|allies|partners?|backers?))?\\s*"
                + "|\\s+" + FIGHTERS_FROM);
    }

    /**
     * The event's place: the first place named after the trigger in its sentence, else the last
     * before it; not one that only qualifies a noun, nor the actor itself or its country ("The
     * United States condemned …", "U.S. forces struck …" say who acted, not where), nor a place in
     * any side's longer name ("the Islamic State of Iraq and the Levant"), nor whom a
     * speech act or support is addressed to (the {@code addressed} names), unless a
     * locative preposition makes it a place ("war in Syria"). A relative clause is a clause of its own:
     * "backs militias in Yemen, including commanders who were killed" does not place the killing; with
     * {@code ownClauseOnly}, neither does a clause whose verb the trigger noun is the subject of ("the
     * withdrawal could present an opportunity for the U.S."); nor does what names the speaker ("said a cleric in Beirut").
     */
    private static PlaceMention placeFor(List<PlaceMention> places, List<Token> words, String text, Sentence s, Token trigger,
                                         List<ActorMention> actors, List<ActorMention> actorSide, List<ActorMention> addressed,
                                         List<Attribution> attributions, boolean ownClauseOnly) {
        PlaceMention before = null;
        for (PlaceMention p : places) {
            String preceding = wordsBefore(text, p);
            // A place in a longer name of any side ("bombed the Islamic State of Iraq and the Levant") is that side's name.
            boolean inAName = actors.stream().anyMatch(a -> a.contains(p) && a.end() - a.start() > p.end() - p.start());
            boolean namesTheActor = !Modifiers.afterLocative(text, p)
                    && (inAName || Stream.concat(actorSide.stream(), addressed.stream()).anyMatch(a -> a.contains(p)));
            // A capital stands for its government as a country does ("cut ties with Kigali", "since Washington began").
            boolean state = p.place().isCountry() || "PPLC".equals(p.place().featureCode());
            boolean partner = state && PARTNER_BEFORE.matcher(preceding).find()
                    || PRESSURED_BEFORE.matcher(text.substring(Math.max(s.start(), p.start() - 30), p.start())).find();
            // "the UK Maritime Trade Operations agency said": the country qualifies the body's name.
            boolean qualifiesABody = !Modifiers.afterLocative(text, p) && actors.stream().anyMatch(a -> a.start() > p.end()
                    && a.actor().kind() == Actor.Kind.GROUP && text.substring(p.end(), a.start()).isBlank());
            // A country that a verb follows does something ("the 55 drones Russia launched"); it is not where.
            boolean acting = state && !Modifiers.afterLocative(text, p) && words.stream().filter(w -> w.start() >= p.end()).findFirst()
                    .map(w -> TENSED_VERBS.contains(w.pos())).orElse(false);
            // "in Aleppo's eastern suburbs" and "stormed El Obeid's outskirts" are in the place; "Aleppo's governor" is no place.
            // "in Myanmar's Sagaing region": the place it holds is where, more precisely.
            boolean holdsNextPlace = Modifiers.possessive(text, p)
                    && places.stream().anyMatch(q -> q.start() > p.end() && HELD_PLACE_BETWEEN.matcher(text.substring(p.end(), q.start())).matches());
            // "a source in Ukraine's SBU": what the possessive owns is a body, not a part of the place.
            boolean ownsABody = actors.stream().anyMatch(a -> a.start() > p.end() && a.start() - p.end() <= 4
                    && a.actor().kind() == Actor.Kind.GROUP && a.actor().code() != null);
            boolean locatedPossessive = Modifiers.possessive(text, p) && !holdsNextPlace && !ownsABody
                    && (Modifiers.afterCompassLocative(text, p) || Modifiers.partOfPlace(text, p));
            // "operated by a U.S. company", "destroyed 40 Ukrainian drones": an abbreviation or a nationality qualifying a noun
            // names whose, not where.
            boolean nationality = p.place().isCountry() && !p.text().equalsIgnoreCase(p.place().name()) && p.text().indexOf('\'') < 0
                    && p.text().indexOf('’') < 0 && Character.isUpperCase(p.text().charAt(0)) && p.text().matches(".*(?:an|ese|i|ish)$");
            boolean qualifier = (ABBREVIATION.matcher(p.text()).matches() || nationality) && words.stream().filter(w -> w.start() >= p.end()).findFirst()
                    .map(w -> w.start() - p.end() <= 1 && (w.pos().startsWith("NN") || w.pos().equals("JJ"))).orElse(false);
            if (!s.contains(p) || Modifiers.modifies(text, p) && !locatedPossessive || Modifiers.namesGovernment(text, p) || Modifiers.namesAnAffair(text, p)
                    || namesTheActor || partner || qualifiesABody || acting || qualifier || origin(text, s, p) || inListOfCountries(places, text, p)
                    || speakersPlace(attributions, text, p)
                    || p.start() >= trigger.end() && (reasonBetween(words, trigger, p) || ownClauseOnly && tensedVerbBetween(words, trigger, p)
                    || RESPONSE_BETWEEN.matcher(text.substring(trigger.end(), p.start())).find()
                    || RELATIVE_OF_A_SIDE.matcher(text.substring(trigger.end(), p.start())).find())) {
                continue;
            }
            if (p.start() >= trigger.end()) {
                return p;
            }
            boolean relativeBetween = words.stream().anyMatch(w -> w.start() >= p.end() && w.end() <= trigger.start()
                    && (w.pos().equals("WP") || w.pos().equals("WDT")));
            before = relativeBetween ? null : p;
        }
        return before;
    }

    /**
     * Whether a place is part of what names a sentence's speaker: the city in a source's name ("Kaduna radio reported"),
     * where one named after the saying is ("said a cleric in Beirut"), or what an appositive says of the speaker ("JNIM,
     * al Qaeda's affiliate in the Sahel, said"). A source said to be in a place before it speaks reports from there
     * ("the monitor in Hama said").
     */
    private static boolean speakersPlace(List<Attribution> attributions, String text, PlaceMention p) {
        return attributions.stream().anyMatch(a -> a.namesSpeaker(p)
                && (a.cueStart() < p.start() || p.start() >= a.speaker().end() || !Modifiers.afterLocative(text, p)));
    }

    /**
     * Whether a place is one of a list that spans countries ("in Lebanon, Iraq and Afghanistan"): an
     * act told of several countries at once has no one place.
     */
    private static boolean inListOfCountries(List<PlaceMention> places, String text, PlaceMention p) {
        for (PlaceMention q : places) {
            PlaceMention first = q.start() < p.start() ? q : p;
            PlaceMention second = first == q ? p : q;
            if (q != p && first.end() <= second.start() && second.start() - first.end() <= 6
                    && LIST_JOINER.matcher(text.substring(first.end(), second.start())).matches()
                    && !java.util.Objects.equals(first.place().countryCode(), second.place().countryCode())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an actor is named in an apposition to another ("The militia, a close partner of
     * the Defence Minister, has not yet moved"): it describes the one before, it does not act.
     */
    private static boolean inAppositive(String text, Sentence s, ActorMention actor, List<ActorMention> actors) {
        Matcher m = APPOSITIVE.matcher(text.substring(s.start(), s.end()));
        while (m.find()) {
            int start = s.start() + m.start();
            int end = s.start() + m.end();
            if (start <= actor.start() && actor.end() <= end && actors.stream().anyMatch(a -> a.end() == start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "volunteers from Chad", "fled into Ethiopia", "was travelling from Quetta to Peshawar when …": where people come from,
     * flee to or are bound for is not where the event is.
     */
    private static boolean origin(String text, Sentence s, Span p) {
        String before = text.substring(Math.max(s.start(), p.start() - 80), p.start());
        return ORIGIN_BEFORE.matcher(before).find() || ORIGINATED_IN.matcher(before).find() || Refuge.fledTo(text, p) || JOURNEY_BEFORE.matcher(before).find()
                || farFrom(before);
    }

    private static final Pattern DISTANCE_FROM = Pattern.compile("(?i)\\b(\\d[\\d,]*)\\s*(km|kilomet(?:er|re)s|miles|nautical\\s+miles)\\s+(?:\\(\\d[\\d,]*\\s*miles\\)\\s+)?"
            + "(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:-?(?:east|west))?\\s+)?(?:of|from)\\s+(?:the\\s+)?"
            // "51 nautical miles southwest of the Yemeni port of Hodeidah"
            + "(?:[\\p{L}-]+\\s+){0,3}?(?:of\\s+)?$");
    /** How far off a place may be said to lie and still stand for where the act was ("20 km north of Aleppo"). */
    private static final int NEAR_KM = 50;

    /** "about 160 km from the provincial capital": a place far off only says how far the act was from it. */
    private static boolean farFrom(String before) {
        Matcher m = DISTANCE_FROM.matcher(before);
        if (!m.find()) {
            return false;
        }
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        double km = Double.parseDouble(m.group(1).replace(",", "")) * (unit.startsWith("nautical") ? 1.852 : unit.equals("miles") ? 1.609 : 1);
        return km > NEAR_KM;
    }

    private static boolean insideActor(List<ActorMention> actors, Token t) {
        return actors.stream().anyMatch(a -> a.start() <= t.start() && t.end() <= a.end());
    }

    private static String mode(String type, Token trigger, List<ActorMention> actors, String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        String lemma = trigger.lemma().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "MOBILIZE" -> actors.stream().anyMatch(a -> "PRM".equals(a.actor().sector()) || "REB".equals(a.actor().sector()))
                    || s.contains("militia") ? "militia" : "troops";
            // A suicide or car bombing is no air raid, whatever "bombing" says.
            case "ASSAULT" -> s.matches(".*\\b(suicide|car bombs?|roadside bombs?|ieds?|explosive devices?|booby-trap\\w*)\\b.*") ? "explosives"
                    : s.matches(".*\\b(air ?strikes?|jets?|warplanes?|aerial|bombing|bombard\\w*|drones?)\\b.*") ? "aerial"
                    : s.matches(".*\\b(shell\\w*|artillery|rockets?|mortars?|tanks?)\\b.*") ? "heavy-weapons"
                    : s.matches(".*\\bexplosi\\w+\\b.*") ? "explosives" : null;
            case "COERCE" -> lemma.matches("arrest|detain") ? "arrest" : lemma.matches("besiege|siege|blockade|curfew|impose") ? "restrict"
                    : lemma.matches("demolish|destroy|raze|bulldoze|blow|torch|set") ? "destroy" : "seize";
            case "CONSULT" -> lemma.matches("visit|host") ? "visit" : null;
            default -> null;
        };
    }

    private static boolean obliged(List<Token> words, int i) {
        for (int j = Math.max(0, i - 3); j < i; j++) {
            if (OBLIGATION.contains(words.get(j).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An act named by a noun as what an infinitive aims at ("efforts to restart talks", "moved to
     * launch an offensive", "to end the siege and resume talks") is not reported as done.
     */
    private static boolean aimedAt(List<Token> words, int i) {
        if (!words.get(i).pos().startsWith("NN")) {
            return false;
        }
        for (int j = Math.max(1, i - 3); j < i; j++) {
            if (words.get(j).pos().equals("VB") && (words.get(j - 1).pos().equals("TO") || coordinatedInfinitive(words, j))) {
                return words.subList(j + 1, i).stream().allMatch(w -> PRENOMINAL.contains(w.pos()) || w.pos().startsWith("NN"));
            }
        }
        return false;
    }

    private static boolean volitional(List<Token> words, int i) {
        for (int j = Math.max(0, i - 4); j < i; j++) {
            if (VOLITION.contains(words.get(j).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Status status(List<Token> words, int i) {
        // "would not resign and accused …": a finite verb after "and" has a tense, and a truth, of its own.
        boolean ownVerb = TENSED_VERBS.contains(words.get(i).pos())
                || words.get(i).pos().equals("VBN") && i > 0 && words.get(i - 1).pos().equals("CC");
        for (int j = Math.max(0, i - 4); j < i; j++) {
            String w = words.get(j).word().toLowerCase(Locale.ROOT);
            if (NEGATIONS.contains(w) && !(ownVerb && joinedAfter(words, j, i))) {
                return Status.NEGATED;
            }
        }
        if (aimedAt(words, i)) {
            return Status.FUTURE;
        }
        for (int j = Math.max(0, i - 6); j < i; j++) {
            if (words.get(j).pos().startsWith("NNP")) {
                // The month, not the modal: "14 May 2025 — warplanes struck …"; "Will Smith".
                continue;
            }
            if (ownVerb && joinedAfter(words, j, i)) {
                continue;
            }
            String w = words.get(j).word().toLowerCase(Locale.ROOT);
            // "is set to", not "set up by".
            boolean setUp = w.equals("set") && !words.get(j + 1).word().equalsIgnoreCase("to");
            if (FUTURE.contains(w) && !setUp) {
                return Status.FUTURE;
            }
            if (HYPOTHETICAL.contains(w)) {
                return Status.HYPOTHETICAL;
            }
        }
        return Status.ASSERTED;
    }

    /** Whether a coordinating conjunction stands between word {@code j} and word {@code i}. */
    private static boolean joinedAfter(List<Token> words, int j, int i) {
        return words.subList(j + 1, i).stream().anyMatch(x -> x.pos().equals("CC"));
    }

    /**
     * Mentions of one event in one article: same type and status, actors from the same country (or
     * one side without a known actor), and no dates or towns that rule each other out ("in January",
     * "in 2008"; Homs and Hama). The first mention leads; the others add claims.
     */
    static List<EventMention> mergeWithinArticle(List<EventMention> events, List<Sentence> sentences, String text, DateWindow published) {
        // Each dated mention's window, read once: the pairs below would read it again for every group.
        Map<EventMention, DateWindow> windows = new IdentityHashMap<>();
        // An article whose day is not known still tells its days apart: "on Friday" and "on Saturday morning" are two
        // days whatever the week, and so are "yesterday" and "today", read against any one day. Only days of one kind
        // compare so: which weekday "yesterday" was, or which calendar day "May 3", depends on the day unknown.
        DateWindow someDay = published == null || published.earliest().equals(published.latest()) ? null : DateWindow.day(published.latest());
        Map<EventMention, DateWindow> weekdays = new IdentityHashMap<>();
        Map<EventMention, DateWindow> daysBack = new IdentityHashMap<>();
        for (EventMention e : events) {
            DateWindow window = published == null || e.time() == null ? null : TimeNormalizer.normalize(e.time(), published);
            if (window != null) {
                windows.put(e, window);
            }
            if (someDay != null && e.time() != null) {
                boolean weekday = TimeNormalizer.isWeekday(e.time());
                DateWindow relative = weekday || TimeNormalizer.countsBackFromWriting(e.time()) ? TimeNormalizer.normalize(e.time(), someDay) : null;
                if (relative != null) {
                    (weekday ? weekdays : daysBack).put(e, relative);
                }
            }
        }
        List<EventMention> merged = new ArrayList<>();
        List<List<EventMention>> groups = new ArrayList<>();
        for (EventMention e : events) {
            List<EventMention> home = null;
            // The nearest group before it first: "Israeli strikes hit Beirut … An Israeli strike on a mosque in Deir
            // al-Balah killed 21. The military said it had targeted a command centre" goes on about the mosque.
            for (int k = groups.size() - 1; k >= 0; k--) {
                List<EventMention> g = groups.get(k);
                EventMention lead = g.get(0);
                // "destroyed 112 drones" and "captured the village" are two coercions, whoever did both (an attack's mode
                // only says which weapons a sentence names, so attacks told with two keep merging).
                boolean modesAgree = !lead.type().equals("COERCE") || lead.mode() == null || e.mode() == null || lead.mode().equals(e.mode());
                if (!lead.sameKind(e) || !modesAgree || !g.stream().allMatch(m -> datesAgree(windows.get(m), windows.get(e))
                        && datesAgree(weekdays.get(m), weekdays.get(e)) && datesAgree(daysBack.get(m), daysBack.get(e)) && !EventMention.placedApart(m, e)
                        && !EventMention.opposed(m, e))) {
                    continue;
                }
                boolean pastBeside = g.stream().anyMatch(m -> pastBesideUndated(m, e, windows, published));
                if (sameActors(lead, e) && !pastBeside || continues(g.get(g.size() - 1), e, events, sentences, text)) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                groups.add(new ArrayList<>(List.of(e)));
            } else {
                home.add(e);
            }
        }
        for (List<EventMention> g : groups) {
            merged.add(g.size() == 1 ? g.get(0) : ArticleEvents.combine(g));
        }
        return merged;
    }

    /** Windows that do not rule each other out; an undated mention agrees with any. */
    private static boolean datesAgree(DateWindow a, DateWindow b) {
        return a == null || b == null || a.overlaps(b);
    }

    /**
     * One mention dated weeks before the article ("during his visit in January") and one undated, which
     * news tells as current ("He pledged to continue …"): the same side's two acts, unless the second
     * refers back to the first ({@link #continues}).
     */
    private static boolean pastBesideUndated(EventMention a, EventMention b, Map<EventMention, DateWindow> windows, DateWindow published) {
        if (published == null || (a.time() == null) == (b.time() == null)) {
            return false;
        }
        DateWindow dated = windows.get(a.time() != null ? a : b);
        return dated != null && dated.latest().isBefore(published.earliest().minusDays(PAST_DAYS));
    }

    private static boolean sameActors(EventMention a, EventMention b) {
        Set<String> codesA = sides(a.actors());
        Set<String> codesB = sides(b.actors());
        if (codesA.isEmpty() || codesB.isEmpty()) {
            return codesA.isEmpty() && codesB.isEmpty() ? false : armedOnly(codesA.isEmpty() ? b : a);
        }
        // One side acting on two different others is two events: Soleimani aiding Baghdad, officers aiding Damascus.
        Set<String> targetsA = ArticleEvents.codes(a.recipients());
        Set<String> targetsB = ArticleEvents.codes(b.recipients());
        // Backing is given to someone: "signed a peace deal" and "denied backing the M23" are two acts of Rwanda's.
        boolean oneUngiven = targetsA.isEmpty() != targetsB.isEmpty() && GIVING.contains(a.type());
        boolean targetsDiffer = oneUngiven || !targetsA.isEmpty() && !targetsB.isEmpty() && targetsA.stream().noneMatch(targetsB::contains);
        // A group and its parent are one side ("fighters linked to al Qaeda killed …" and "JNIM claimed the assault").
        return !targetsDiffer && (codesA.stream().anyMatch(codesB::contains) || gunmenOf(a.actors(), b.actors()) || gunmenOf(b.actors(), a.actors())
                || parentCodes(a.actors()).stream().anyMatch(codesB::contains) || parentCodes(b.actors()).stream().anyMatch(codesA::contains));
    }

    /** "Bandits killed 37 … He said the gunmen also abducted 20 women": who is told only as armed men is any group known by its noun. */
    private static boolean gunmenOf(List<ActorMention> armedMen, List<ActorMention> others) {
        return armedMen.stream().anyMatch(a -> a.actor().isUnnamedGroup() && a.actor().name().equals("gunmen"))
                && others.stream().anyMatch(a -> a.actor().isUnnamedGroup() && !"CVL".equals(a.actor().sector()));
    }

    private static Set<String> parentCodes(List<ActorMention> actors) {
        return actors.stream().map(a -> a.actor().parent()).filter(p -> p != null && p.code() != null).map(EventExtractor::side).collect(Collectors.toSet());
    }

    /**
     * The sides of the actors: a country's code, kept apart for armed groups against the state ("the PKK"
     * and "Turkey's air force" share a code but not a side); within one article, a group known only by
     * its noun ("bandits") is one side wherever it is named.
     */
    private static Set<String> sides(List<ActorMention> actors) {
        return actors.stream().map(ActorMention::actor).filter(a -> a != null && (a.code() != null || a.isUnnamedGroup()))
                .map(EventExtractor::side).collect(Collectors.toSet());
    }

    private static String side(Actor a) {
        if (a.code() == null) {
            return a.name();
        }
        return a.sector() != null && NON_STATE_ARMED.matcher(a.sector()).matches() && a.kind() == Actor.Kind.GROUP ? a.code() + "/" + a.sector() : a.code();
    }

    private static final Pattern NON_STATE_ARMED = Pattern.compile("REB|CRM");

    /**
     * The next sentence that tells an event (at most one sentence between) goes on about the same
     * event when it refers back to it with a definite description ("the raids"), one of the two
     * mentions names no actor or the first only an unnamed group ("militants"), and their places
     * agree ("Air strikes hit camps in Idlib. Russian jets carried out the raids.", "Militants
     * attacked a police station. … The TTP claimed the assault").
     */
    private static boolean continues(EventMention previous, EventMention next, List<EventMention> events, List<Sentence> sentences,
                                     String text) {
        String beforeTrigger = text.substring(Math.max(0, next.triggerStart() - 20), next.triggerStart());
        if (!DEFINITE.matcher(beforeTrigger).find()) {
            return false;
        }
        Sentence a = Sentences.of(sentences, previous.mentions().get(previous.mentions().size() - 1).start());
        Sentence b = Sentences.of(sentences, next.start());
        boolean adjacent = b.index() > a.index() && b.index() - a.index() <= 2
                && events.stream().noneMatch(e -> e.start() >= a.end() && e.start() < b.start());
        // A later sentence may name whom an earlier one told only by a noun, not the other way round.
        boolean oneUnnamed = previous.actors().isEmpty() || next.actors().isEmpty() || unnamed(previous.actors());
        boolean placesAgree = previous.place() == null || next.place() == null
                || java.util.Objects.equals(previous.place().place().countryCode(), next.place().place().countryCode());
        return adjacent && oneUnnamed && placesAgree;
    }

    private static boolean unnamed(List<ActorMention> actors) {
        return actors.stream().allMatch(a -> a.actor().isUnnamedGroup());
    }

    /** A mention without actors joins one whose actors are armed groups only when the type says force (MOBILIZE). */
    private static boolean armedOnly(EventMention withActors) {
        return withActors.type().equals("MOBILIZE");
    }

    static Claim claimOf(Quantity q, Attribution attribution) {
        ActorMention source = attribution == null ? null : attribution.speaker();
        Stance stance = attribution == null ? Stance.ASSERTS : attribution.stance() == Stance.DENIES ? Stance.ASSERTS : attribution.stance();
        return new Claim(q.kind(), q.value(), q.low(), q.high(), q.words(), q.start(), q.end(), source, stance);
    }
}
