package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Document;
import org.sitrep.model.LayerKey;
import org.sitrep.model.Layers;
import org.sitrep.model.Token;
import org.sitrep.model.Tokens;
import org.sitrep.pipeline.Stage;

/**
 * Adds the personal pronouns that stand for an actor already named, as mentions of that actor:
 * "he" and "she" of a person named shortly before, the subject of the nearest sentence naming
 * one; "I" of the speaker, a person; "we" of the speaker's side (a group that speaks, a person's
 * or a state's government, or for a speaker of no known country the side the statement names
 * first) or, with no speaker's side known, of the group or state that opens the sentence before
 * (as its subject, not a verb's or a preposition's object); "they" of a group named in the same or
 * the previous sentence. Where none of these tells and nobody is quoted nearby, "I" and "we" go on
 * standing for what they stood for last: a statement keeps its voice. A pronoun with no such
 * antecedent is left alone, so that an event's actor is never guessed from far away. "The group",
 * "the militia", "the movement" stand, as "they" does, for a group named just before.
 */
public final class PronounResolver implements Stage {
    private static final Set<String> THIRD_SINGULAR = Set.of("he", "him", "she", "her");
    private static final Set<String> FIRST_SINGULAR = Set.of("i", "me");
    private static final Set<String> FIRST_PLURAL = Set.of("we", "us");
    private static final Set<String> THIRD_PLURAL = Set.of("they", "them");
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("of", "against", "with", "from", "by", "for", "into", "at", "on",
            "in", "about", "over", "under", "to");
    private static final Set<String> SPEECH = Set.of("say", "tell", "add", "state", "announce", "declare", "write", "quote", "ask");
    /** A verb of saying right after a mention ("Ellwood said:") or right before it ("said Ellwood"). */
    private static final Pattern SAYS_AFTER = Pattern.compile("^[\\s,]{0,3}(?:\\w+\\s+)?(said|says|added|stated|told|announced|declared|wrote)\\b");
    private static final Pattern SAYS_BEFORE = Pattern.compile("\\b(said|says|added|according to)\\s+$");
    /** How many sentences back an antecedent may stand. */
    private static final int PERSON_REACH = 2;
    private static final int SPEAKER_REACH = 6;
    private static final int GROUP_REACH = 1;
    /** "The group" reaches past a sentence of quotes or detail to the group the story is about. */
    private static final int DESCRIPTION_REACH = 2;
    /** The tie word of "al Qaeda-linked", which the tokenizer may keep whole or split from the name at its hyphen. */
    private static final Pattern TIED = Pattern.compile("(?i)(?:[\\p{L}'’]+-)?(?:linked|affiliated|allied|aligned|backed|inspired|led)");
    /** How many words into a sentence its subject may start ("The UK Government", "On Monday, the ministry"). */
    private static final int SUBJECT_WORDS = 5;

    private final Countries countries;

    public PronounResolver(Countries countries) {
        this.countries = countries;
    }

    @Override
    public String name() {
        return "resolve-pronouns";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.ACTORS);
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of(Layers.ACTORS);
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<ActorMention> actors = new ArrayList<>(document.layer(Layers.ACTORS));
        actors.sort(Comparator.comparingInt(ActorMention::start));
        List<Token> tokens = document.layer(Layers.TOKENS);
        List<ActorMention> found = new ArrayList<>(actors);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String word = t.word().toLowerCase(Locale.ROOT);
            ActorMention described = groupDescription(tokens, i, found, document.text());
            if (described != null) {
                found.add(described);
                continue;
            }
            ActorMention attackers = attackers(tokens, i, found, text);
            if (attackers != null) {
                found.add(attackers);
                continue;
            }
            ActorMention ownForce = groupsOwnForce(tokens, i, found, text);
            if (ownForce != null) {
                found.add(ownForce);
                continue;
            }
            if (!t.pos().equals("PRP") || actors.stream().anyMatch(a -> a.start() <= t.start() && t.end() <= a.end())) {
                continue;
            }
            int sentence = t.sentence();
            Actor antecedent = null;
            boolean accused = (word.equals("it") || word.equals("them")) && i > 0 && ACCUSING.contains(tokens.get(i - 1).lemma().toLowerCase(Locale.ROOT));
            if (accused) {
                // "cut ties with the UAE, accusing it of arming the RSF", "residents accused them of …": whom one accuses is
                // the side named last before, not the accuser.
                antecedent = accusedSide(found, tokens, i, text);
            } else if (THIRD_SINGULAR.contains(word)) {
                antecedent = salient(found, t, tokens, sentence - PERSON_REACH, a -> a.kind() == Actor.Kind.PERSON);
            } else if (THIRD_PLURAL.contains(word) && !countedJustBefore(tokens, i) && !peopleOpenTheSentence(tokens, i, found)) {
                // "The group said soldiers rounded up men and executed them": who tells it is not whom it is told of
                // ("Hezbollah said they had …" still is).
                Set<Actor> tellers = word.equals("them") ? found.stream()
                        .filter(m -> m.actor() != null && Tokens.sentenceAt(m.start(), tokens) == sentence && speaks(m, text))
                        .map(ActorMention::actor).collect(Collectors.toSet()) : Set.of();
                List<ActorMention> told = found.stream().filter(m -> !tellers.contains(m.actor())).toList();
                antecedent = salient(told, t, tokens, sentence - GROUP_REACH, a -> a.kind() == Actor.Kind.GROUP);
            } else if (word.equals("it") && i + 1 < tokens.size() && IT_SPEAKS.contains(tokens.get(i + 1).lemma().toLowerCase(Locale.ROOT))) {
                // "The government rejected the report. It accused rights groups of …": a body that speaks or accuses, not the weather's "it".
                ActorMention subject = openingSubjectBefore(found, tokens, i);
                // Not a group known by its plural noun ("Eight insurgents were killed …, the army said. … it said").
                antecedent = subject != null && isSide(subject.actor()) && !subject.actor().isUnnamedGroup() ? subject.actor() : null;
            } else if (FIRST_SINGULAR.contains(word) || FIRST_PLURAL.contains(word)) {
                boolean plural = FIRST_PLURAL.contains(word);
                ActorMention speaker = speaker(found, t, tokens, text, sentence - SPEAKER_REACH);
                if (speaker != null) {
                    antecedent = plural ? sideOf(speaker.actor()) : speaker.actor().kind() == Actor.Kind.PERSON ? speaker.actor() : null;
                    if (antecedent == null && plural) {
                        // A speaker of no known country: the side the statement names first ("X said: The UK has …").
                        antecedent = firstSideAfter(found, speaker, tokens);
                    }
                }
                if (antecedent == null && plural) {
                    // No speaker's side known: in a statement ("The UK Government conducted seven airdrops. We
                    // will continue …") "we" is the group or state that the sentence before opens with.
                    ActorMention subject = openingSubjectBefore(found, tokens, i);
                    antecedent = subject != null && isSide(subject.actor()) ? sideOf(subject.actor()) : null;
                }
                if (antecedent == null && !speechNear(tokens, i)) {
                    // Nobody is quoted here: the text goes on in the voice it spoke in before.
                    antecedent = lastVoice(found, t, plural ? FIRST_PLURAL : FIRST_SINGULAR);
                }
            }
            if (antecedent != null) {
                found.add(new ActorMention(t.start(), t.end(), t.word(), antecedent));
            }
        }
        found.sort(Comparator.comparingInt(ActorMention::start));
        return document.with(Layers.ACTORS, found);
    }

    /**
     * "The group", "the militia", "the movement", "the organisation" at token {@code i}, also with
     * what kind of group it is ("the paramilitary force", "the rebel group"): the armed
     * or political group of that kind named in the same or the previous sentence ("Hezbollah fighters clashed …
     * The group said …"), not a state's forces nor a group named only by a noun; a militia is
     * a paramilitary or rebel group. Not "the group of …" nor a noun's modifier ("the group's
     * leader" stays, "the militia commander" does not).
     */
    private static ActorMention groupDescription(List<Token> tokens, int i, List<ActorMention> found, String text) {
        if (i + 1 >= tokens.size() || !tokens.get(i).word().equalsIgnoreCase("the")) {
            return null;
        }
        Predicate<Actor> described = GROUP_MODIFIERS.get(tokens.get(i + 1).word().toLowerCase(Locale.ROOT));
        int h = described != null && i + 2 < tokens.size() ? i + 2 : i + 1;
        // "the al Qaeda-linked group": a name's hyphenated tie stands before the head as an adjective would.
        for (int j = i + 1; described == null && j < Math.min(tokens.size() - 1, i + 5); j++) {
            if (TIED.matcher(tokens.get(j).word()).matches()) {
                h = j + 1;
                break;
            }
        }
        Token head = tokens.get(h);
        Predicate<Actor> kind = GROUP_DESCRIPTIONS.get(head.word().toLowerCase(Locale.ROOT));
        if (kind == null && described != null && head.word().equalsIgnoreCase("force")) {
            kind = a -> true;
        }
        Token next = h + 1 < tokens.size() ? tokens.get(h + 1) : null;
        boolean qualified = next != null && (next.word().equalsIgnoreCase("of") || next.pos().startsWith("NN"));
        if (kind == null || !head.pos().startsWith("NN") || qualified || head.sentence() != tokens.get(i).sentence()) {
            return null;
        }
        Predicate<Actor> fits = described == null ? kind : kind.and(described);
        Token the = tokens.get(i);
        // "The group" is no army, ministry or police force ("U.S. Africa Command said … the group" is Islamic State).
        Predicate<Actor> named = NAMED_GROUP.and(a -> a.sector() == null || !STATE_SECTORS.contains(a.sector())).and(fits);
        // Inside a clause ("warrants for the Taliban's supreme leader and the group's chief justice") the group named just
        // before; opening one ("The group said"), the subject named before.
        boolean opensSentence = i == 0 || tokens.get(i - 1).sentence() != the.sentence();
        Actor justBefore = opensSentence ? null : found.stream().filter(m -> m.end() <= the.start() && m.actor() != null && named.test(m.actor())
                && Tokens.sentenceAt(m.start(), tokens) == the.sentence()).reduce((a, b) -> b).map(ActorMention::actor).orElse(null);
        Actor antecedent = justBefore != null ? justBefore : salient(found, the, tokens, the.sentence() - DESCRIPTION_REACH, named);
        return antecedent == null ? null : new ActorMention(the.start(), head.end(), text.substring(the.start(), head.end()), antecedent);
    }

    /**
     * "its fighters" or "the Islamist group's fighters" at token {@code i}: the fighters of the armed or political group
     * named in the same or the previous sentence ("JNIM has stepped up attacks. On Sunday its fighters attacked Djibo").
     */
    private static ActorMention groupsOwnForce(List<Token> tokens, int i, List<ActorMention> found, String text) {
        Token its = tokens.get(i);
        int owner = i + 1;
        if (its.word().equalsIgnoreCase("the")) {
            while (owner < tokens.size() && owner <= i + 2 && (tokens.get(owner).pos().equals("JJ") || tokens.get(owner).pos().equals("NNP"))) {
                owner++;
            }
            boolean groups = owner + 2 < tokens.size() && tokens.get(owner).word().equalsIgnoreCase("group")
                    && tokens.get(owner + 1).pos().equals("POS");
            owner = groups ? owner + 2 : tokens.size();
        } else if (!its.word().equalsIgnoreCase("its")) {
            return null;
        }
        if (owner >= tokens.size() || !OWN_FORCES.contains(tokens.get(owner).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Token force = tokens.get(owner);
        Actor group = salient(found, its, tokens, its.sentence() - GROUP_REACH, NAMED_GROUP);
        return group == null ? null : new ActorMention(its.start(), force.end(), text.substring(its.start(), force.end()), group);
    }

    private static final Set<String> ATTACKERS = Set.of("attackers", "assailants", "raiders", "fighters");

    /**
     * "The attackers", "the fighters" at token {@code i}: the armed group, named or known by its noun, that the same or
     * the two sentences before name first ("Bandits killed 37 villagers … The attackers stormed the villages"); not
     * "the fighters of …", who are named there.
     */
    private static ActorMention attackers(List<Token> tokens, int i, List<ActorMention> found, String text) {
        if (i + 1 >= tokens.size() || !tokens.get(i).word().equalsIgnoreCase("the")
                || !ATTACKERS.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))
                || i + 2 < tokens.size() && tokens.get(i + 2).word().equalsIgnoreCase("of")) {
            return null;
        }
        Token the = tokens.get(i);
        Token head = tokens.get(i + 1);
        Actor group = salient(found, the, tokens, the.sentence() - DESCRIPTION_REACH, IRREGULAR);
        return group == null ? null : new ActorMention(the.start(), head.end(), text.substring(the.start(), head.end()), group);
    }

    private static final Set<String> OWN_FORCES = Set.of("fighters", "militants", "gunmen", "militiamen", "members", "men", "combatants");
    private static final Set<String> ACCUSING = Set.of("accuse", "blame", "urge");

    /**
     * The group or state named last before the pronoun at token {@code i} in its sentence, not the accuser: not the
     * subject right before a tensed "accused", nor, after a participle ("…, accusing it"), the sentence's first side.
     */
    private static Actor accusedSide(List<ActorMention> mentions, List<Token> tokens, int i, String text) {
        Token t = tokens.get(i);
        Token verb = tokens.get(i - 1);
        List<ActorMention> before = mentions.stream().filter(m -> m.end() <= verb.start() && m.actor() != null
                        && Tokens.sentenceAt(m.start(), tokens) == t.sentence()
                        && !text.substring(m.end(), verb.start()).isBlank())
                .sorted(Comparator.comparingInt(ActorMention::start)).toList();
        if (before.isEmpty() || !isSide(before.get(before.size() - 1).actor())) {
            return null;
        }
        Actor last = before.get(before.size() - 1).actor();
        boolean participle = verb.pos().equals("VBG");
        return participle && last.equals(before.get(0).actor()) ? null : last;
    }

    /** What a body named as "it" says or does with words. */
    private static final Set<String> IT_SPEAKS = Set.of("say", "add", "accuse", "deny", "claim", "blame", "reject", "announce", "condemn", "urge");

    private static final Set<String> STATE_SECTORS = Set.of("MIL", "GOV", "COP", "JUD");
    /** A group known by its name, not a noun ("militants") nor a country's organ ("Iraq (military)"). */
    private static final Predicate<Actor> NAMED_GROUP = a -> a.kind() == Actor.Kind.GROUP && !a.isUnnamedGroup() && !ActorResolver.isCountryGroup(a);
    private static final Predicate<Actor> ARMED = a -> "PRM".equals(a.sector()) || "REB".equals(a.sector());
    /** An armed group that is no state's: named, or known by its noun ("gunmen", "bandits"). */
    private static final Predicate<Actor> IRREGULAR = a -> a.kind() == Actor.Kind.GROUP && !ActorResolver.isCountryGroup(a)
            && (ARMED.test(a) || "CRM".equals(a.sector()) || a.sector() == null && a.isUnnamedGroup());
    private static final Map<String, Predicate<Actor>> GROUP_DESCRIPTIONS = Map.of(
            "group", a -> true, "movement", a -> true, "organisation", a -> true, "organization", a -> true, "militia", ARMED,
            "gang", a -> "CRM".equals(a.sector()));
    /** What a description says of the group ("the paramilitary force", "the rebel group"), which the group named must fit. */
    private static final Map<String, Predicate<Actor>> GROUP_MODIFIERS = Map.of(
            "paramilitary", a -> "PRM".equals(a.sector()), "rebel", a -> "REB".equals(a.sector()),
            "armed", ARMED, "militant", ARMED, "jihadist", ARMED, "insurgent", ARMED);

    /**
     * The most salient earlier mention that passes the test: the first in the pronoun's own
     * sentence before it, else the first in the nearest earlier sentence that has one, back to the
     * given sentence. The first mention of a sentence is mostly its subject, which a pronoun in the
     * next one mostly continues ("Araghchi met Assad in Damascus. He pledged …").
     */
    private static Actor salient(List<ActorMention> mentions, Token t, List<Token> tokens, int fromSentence,
                              Predicate<Actor> test) {
        ActorMention best = null;
        int bestSentence = -1;
        for (ActorMention m : mentions) {
            if (m.end() > t.start() || m.actor() == null || !test.test(m.actor())) {
                continue;
            }
            int sentence = Tokens.sentenceAt(m.start(), tokens);
            if (sentence >= fromSentence && (sentence > bestSentence || sentence == bestSentence && m.start() < best.start())) {
                best = m;
                bestSentence = sentence;
            }
        }
        return best == null ? null : best.actor();
    }

    /**
     * Who is speaking where the token stands: a mention that a verb of saying follows or precedes,
     * later in the token's own sentence ("'We will hold,' the commander said") or else the last one
     * before it, back to the given sentence ("X said: … We …").
     */
    private static ActorMention speaker(List<ActorMention> mentions, Token t, List<Token> tokens, String text, int fromSentence) {
        ActorMention before = null;
        for (ActorMention m : mentions) {
            if (m.actor() == null || !speaks(m, text)) {
                continue;
            }
            int sentence = Tokens.sentenceAt(m.start(), tokens);
            if (m.start() >= t.end() && sentence == t.sentence()) {
                return m;
            }
            if (m.end() <= t.start() && sentence >= fromSentence && (before == null || m.start() > before.start())) {
                before = m;
            }
        }
        return before;
    }

    private static boolean speaks(ActorMention m, String text) {
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
        String before = text.substring(Math.max(0, m.start() - 20), m.start());
        return SAYS_AFTER.matcher(after).find() || SAYS_BEFORE.matcher(before).find();
    }

    private static boolean isSide(Actor a) {
        return a.kind() == Actor.Kind.GROUP || a.kind() == Actor.Kind.STATE;
    }

    /** Whether a verb of saying stands in the token's sentence or the one before: then someone is quoted, perhaps unnamed. */
    private static boolean speechNear(List<Token> tokens, int i) {
        int sentence = tokens.get(i).sentence();
        int first = i;
        while (first > 0 && tokens.get(first - 1).sentence() >= sentence - 1) {
            first--;
        }
        for (int j = first; j < tokens.size() && tokens.get(j).sentence() <= sentence; j++) {
            if (SPEECH.contains(tokens.get(j).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The first group or state named after the speaker in the speaker's sentence, as its side. */
    private Actor firstSideAfter(List<ActorMention> mentions, ActorMention speaker, List<Token> tokens) {
        int sentence = Tokens.sentenceAt(speaker.start(), tokens);
        return mentions.stream().filter(m -> m.start() >= speaker.end() && m.actor() != null && isSide(m.actor())
                        && Tokens.sentenceAt(m.start(), tokens) == sentence)
                .min(Comparator.comparingInt(ActorMention::start)).map(m -> sideOf(m.actor())).orElse(null);
    }

    /** The actor an earlier pronoun of the same person and number stood for, the latest one. */
    private static Actor lastVoice(List<ActorMention> mentions, Token t, Set<String> pronouns) {
        Actor last = null;
        for (ActorMention m : mentions) {
            if (m.end() <= t.start() && pronouns.contains(m.text().toLowerCase(Locale.ROOT))) {
                last = m.actor();
            }
        }
        return last;
    }

    /** Whom "we" stands for when this actor speaks: a group itself; a state's or an official's government. */
    private Actor sideOf(Actor speaker) {
        if (speaker.kind() == Actor.Kind.GROUP) {
            return speaker;
        }
        Country country = speaker.code() == null ? null : countries.byAlpha3(speaker.code());
        if (country == null) {
            return null;
        }
        String sector = speaker.kind() == Actor.Kind.STATE || speaker.sector() == null ? "GOV" : speaker.sector();
        return ActorResolver.countryGroup(country.name(), country.alpha3(), sector);
    }

    /** Words between a count and a pronoun that picks out some of the counted ("14 people, among them five children"). */
    private static final Set<String> PARTITIVE = Set.of(",", "among", "including", "of", "most", "many", "some", "all", "both");

    /**
     * Whether a plural pronoun follows a count of people ("1,068 civilians, most of them …"): then it stands for those
     * people, who the sentence names already, whether or not an actor names them.
     */
    private static boolean countedJustBefore(List<Token> tokens, int i) {
        int sentence = tokens.get(i).sentence();
        int j = i - 1;
        while (j >= 0 && tokens.get(j).sentence() == sentence && PARTITIVE.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
            j--;
        }
        if (j < 1 || j == i - 1 || tokens.get(j).sentence() != sentence || !tokens.get(j).pos().equals("NNS")) {
            return false;
        }
        return tokens.subList(Math.max(0, j - 3), j).stream().anyMatch(t -> t.pos().equals("CD") && t.sentence() == sentence);
    }

    /**
     * Whether the pronoun's sentence opens with people no actor names ("The three men, who were handed to the Red
     * Cross, … the condition in which they were returned"): "they" is those people, not a group named nearby.
     */
    private static boolean peopleOpenTheSentence(List<Token> tokens, int i, List<ActorMention> found) {
        int first = i;
        while (first > 0 && tokens.get(first - 1).sentence() == tokens.get(i).sentence()) {
            first--;
        }
        for (int j = first; j < Math.min(i, first + SUBJECT_WORDS); j++) {
            Token t = tokens.get(j);
            if (t.pos().startsWith("VB") || t.pos().equals(",")) {
                return false;
            }
            // "Members of the Viv Ansanm gang coalition … when they stormed": people of a group named are the group.
            boolean ofAGroup = j + 1 < tokens.size() && tokens.get(j + 1).word().equalsIgnoreCase("of");
            if (t.pos().equals("NNS") && !ofAGroup && found.stream().noneMatch(a -> a.start() <= t.start() && t.end() <= a.end())) {
                return true;
            }
        }
        return false;
    }

    /** The actor mention that the sentence before token {@code i}'s opens with (within its first few words), or null. */
    private static ActorMention openingSubjectBefore(List<ActorMention> mentions, List<Token> tokens, int i) {
        int previous = tokens.get(i).sentence() - 1;
        int first = i;
        while (first > 0 && tokens.get(first - 1).sentence() >= previous) {
            first--;
        }
        if (tokens.get(first).sentence() != previous) {
            return null;
        }
        int start = tokens.get(first).start();
        int end = tokens.get(Math.min(i, first + SUBJECT_WORDS) - 1).end();
        int from = first;
        return mentions.stream().filter(m -> m.actor() != null && m.start() >= start && m.start() < end && !governed(tokens, from, m))
                .min(Comparator.comparingInt(ActorMention::start)).orElse(null);
    }

    /** Whether a verb or a preposition right before the mention takes it as its object ("Defeating ISIL will …"). */
    private static boolean governed(List<Token> tokens, int sentenceStart, ActorMention m) {
        int at = Tokens.firstEndingAfter(m.start(), tokens);
        if (at <= sentenceStart) {
            return false;
        }
        Token before = tokens.get(at - 1);
        return before.pos().startsWith("VB") || before.pos().equals("TO") || OBJECT_PREPOSITIONS.contains(before.word().toLowerCase(Locale.ROOT));
    }
}
