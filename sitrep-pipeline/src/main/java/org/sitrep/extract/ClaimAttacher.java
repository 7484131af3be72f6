package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.EventMention;
import org.sitrep.model.Layers;
import org.sitrep.model.Quantity;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.Token;

/**
 * Attaches the article's claims to its events. A figure goes to an event reported in its own
 * sentence when one fits its kind; otherwise a force size goes to the article's deployment of
 * the same country and a casualty figure to the violence reported just before it in the paragraph,
 * or to the article's first act of the kind its sentence names again ("confirmed the attack").
 * A denial by the accused goes to the act its accusation names, else to the accusation; any other to the act (not a speech act) of its sentence, else of the two sentences before
 * (text dumps often put each sentence on a line of its own, so this crosses paragraph breaks),
 * else to whatever its sentence tells.
 */
final class ClaimAttacher {
    private static final Set<String> CASUALTY_TYPES = Set.of("ASSAULT", "COERCE");
    /** Casualty figures that a paragraph telling no act gives of the act the article told before. */
    private static final Set<String> LATER_FIGURE_KINDS = Set.of("dead", "injured", "dead" + Quantity.PART, "injured" + Quantity.PART);
    /** Words of a war's toll or of a time before the news: such a figure is no count of the article's act. */
    private static final Pattern BACKGROUND = Pattern.compile("(?i)\\b(?:war|conflict|fighting|violence|insurgency|crisis|since|"
            + "this year|last year|in total|overall|altogether|campaign|offensive)\\b");
    private static final Pattern WAR_SINCE = Pattern.compile("(?i)\\bsince\\s+(?:the\\s+)?(?:start|beginning|outbreak|war|fighting|conflict|crisis|"
            + "violence|\\d{4})\\b");
    /** "a charge Kabul denies", "accusations the group has denied": what is denied is named as the charge. */
    private static final Pattern CHARGE_BEFORE = Pattern.compile("(?i)\\b(?:charges?|accusations?|allegations?)\\s+(?:that\\s+|which\\s+)?(?:\\S+\\s+){1,4}$");
    private static final Pattern RELATIVE_DENIAL = Pattern.compile("(?i),\\s*which\\s+[^,]*$");
    /** How many sentences back a denial may reach for the act it denies. */
    private static final int DENIAL_REACH = 2;

    private ClaimAttacher() {}

    static List<EventMention> attach(Document document, List<EventMention> events) {
        List<Sentence> sentences = document.layer(Layers.SENTENCES);
        List<ActorMention> actors = document.layer(Layers.ACTORS);
        List<Attribution> attributions = document.layer(Layers.ATTRIBUTIONS);
        Map<EventMention, List<Claim>> claims = new HashMap<>();
        for (Quantity q : document.layer(Layers.QUANTITIES)) {
            Sentence s = Sentences.of(sentences, q.start());
            EventMention target = targetFor(q, s, sentences, events, actors, document);
            if (target != null) {
                Attribution said = attributions.stream().filter(a -> a.contains(q) && a.stance() != Stance.DENIES)
                        .findFirst().orElse(null);
                claims.computeIfAbsent(target, k -> new ArrayList<>()).add(EventExtractor.claimOf(q, said));
            }
        }
        for (Attribution denial : attributions) {
            if (denial.stance() != Stance.DENIES) {
                continue;
            }
            Sentence s = Sentences.of(sentences, denial.start());
            ActorMention source = denial.speaker();
            // What is denied is an act, not the accusation around it ("X denied any involvement and accused …"):
            // the nearest act of this or the sentences just before, else whatever this one tells. Who denies
            // after being accused of something else answers the accusation ("X accused Rwanda of backing the
            // rebels. Kigali denied any involvement"), but not one of that act ("blamed the RSF for the attack").
            // Nor does it reach past the accusation of the denier to an act told before it ("Ukraine shot down
            // drones. The army accused the RSF of shelling a camp. The RSF denied the accusation"), unless
            // the accusation names that act again ("blamed the RSF for the attack").
            EventMention accusation = accusationOf(source, s, sentences, events);
            Sentence accused = accusation == null ? null : Sentences.of(sentences, accusation.triggerStart());
            int reachBack = accused == null || actNamedAgain(accused, document) != null ? 0 : accused.index();
            int start = denial.cueStart();
            // "Israel says Hamas steals aid, which the group denies": what a relative clause denies is told in its own sentence.
            int reach = RELATIVE_DENIAL.matcher(document.text().substring(s.start(), start)).find() ? 0 : DENIAL_REACH;
            EventMention target = null;
            for (int back = 0; target == null && back <= reach && s.index() - back >= reachBack; back++) {
                target = eventIn(events, sentences.get(s.index() - back), type -> !Trigger.FRAMING.contains(type));
                if (target != null && back > 0 && !couldDeny(source, target)) {
                    // "… a charge Kabul denies" does not deny Pakistan's killing of militants told two sentences before;
                    // an act the denial's own sentence names is what it denies ("deny involvement in the rebel offensive").
                    target = null;
                }
            }
            // "Rwanda denies backing the group": the act the denial names is what it denies, whatever it was accused of.
            boolean namedByDenial = target != null && target.triggerStart() >= start && target.triggerStart() < start + denial.cue().length();
            if (accusation != null && !namedByDenial && (target == null || !speaksOf(accusation, target.type(), document))) {
                target = accusation;
            }
            // "Islamabad accuses Kabul of sheltering TTP fighters, a charge Kabul denies": the charge itself is denied.
            if (accusation != null && accused.index() == s.index()
                    && CHARGE_BEFORE.matcher(document.text().substring(Math.max(s.start(), start - 40), start)).find()) {
                target = accusation;
            }
            if (target == null) {
                target = eventIn(events, s, type -> true);
            }
            if (target != null) {
                claims.computeIfAbsent(target, k -> new ArrayList<>()).add(new Claim("denial", null, null, null,
                        denial.cue(), start, Math.min(s.end(), start + denial.cue().length()), source, Stance.DENIES));
            }
        }
        List<EventMention> out = new ArrayList<>();
        for (EventMention e : events) {
            List<Claim> all = new ArrayList<>(e.claims());
            all.addAll(claims.getOrDefault(e, List.of()));
            out.add(e.withClaims(all));
        }
        return out;
    }

    /** An accusation of {@code denier} told in the denial's sentence or the ones just before it. */
    private static EventMention accusationOf(ActorMention denier, Sentence s, List<Sentence> sentences, List<EventMention> events) {
        if (denier == null || denier.actor().code() == null) {
            return null;
        }
        for (int back = 0; back <= DENIAL_REACH && s.index() - back >= 0; back++) {
            Sentence earlier = sentences.get(s.index() - back);
            EventMention accusation = events.stream().filter(e -> e.type().equals("ACCUSE")
                            && e.recipients().stream().anyMatch(r -> sameSide(r.actor(), denier.actor()))
                            && e.mentions().stream().anyMatch(m -> m.start() == earlier.start()))
                    .findFirst().orElse(null);
            if (accusation != null) {
                return accusation;
            }
        }
        return null;
    }

    /**
     * Whether a denier could be a side of the act: the act names no actor, or one of its sides is of
     * the denier's country ("Iraqi militias crossed …" and "the Popular Mobilization Forces denied …").
     */
    private static boolean couldDeny(ActorMention denier, EventMention act) {
        String code = denier == null ? null : denier.actor().code();
        return code == null || act.actors().isEmpty()
                || Stream.concat(act.actors().stream(), act.recipients().stream()).anyMatch(a -> code.equals(a.actor().code()));
    }

    /** One actor, or a state and a group of its own (Rwanda and "Kigali", its government); two groups of one country are two sides. */
    /** One side: the same actor, or a state, or a country's government ("Kabul"), with another of its country ("the Taliban government"). */
    private static boolean sameSide(Actor a, Actor b) {
        return a.name().equals(b.name()) || (a.kind() == Actor.Kind.STATE || b.kind() == Actor.Kind.STATE || "GOV".equals(a.sector()) || "GOV".equals(b.sector()))
                && a.code() != null && a.code().equals(b.code());
    }

    /** Whether the words after the accusation's trigger name an act of {@code type} ("for the attack"). */
    private static boolean speaksOf(EventMention accusation, String type, Document document) {
        Sentence s = Sentences.of(document.layer(Layers.SENTENCES), accusation.triggerStart());
        return Sentences.inside(document.layer(Layers.TOKENS), s).stream().filter(t -> t.start() >= accusation.triggerEnd())
                .map(t -> Trigger.find(t, document.text(), s)).anyMatch(t -> t != null && t.type().equals(type));
    }

    private static EventMention targetFor(Quantity q, Sentence s, List<Sentence> sentences, List<EventMention> events,
                                          List<ActorMention> actors, Document document) {
        String text = document.text();
        boolean casualty = !q.kind().equals("size");
        // A figure's last word is in the toll phrase whichever way it is written ("killed more than 1,200 …",
        // "More than 200 people have been killed … since").
        if (casualty && Tolls.reads(text, s.start(), s.end(), q.end() - 1, q.end())) {
            // "… the feud that has killed more than 1,200 people since September": a running total counts its toll, or the
            // fighting its sentence tells ("Fighting between … has killed at least 80 people since Thursday"), not an attack
            // named again beside it.
            return events.stream().filter(e -> e.toll() && s.start() <= e.triggerStart() && e.triggerEnd() <= s.end()).findFirst()
                    .orElseGet(() -> events.stream().filter(e -> CASUALTY_TYPES.contains(e.type()) && s.start() <= e.triggerStart()
                            && e.triggerEnd() <= q.start()).reduce((a, b) -> b).orElse(null));
        }
        // "overran a base, killing dozens of soldiers": the figure's own verb names its act.
        // A mention merged into an act told earlier keeps its trigger as its reading ("… said it had killed 47 soldiers").
        String verb = q.words().split("\\s+")[0];
        EventMention named = events.stream().filter(e -> e.triggerStart() >= q.start() && e.triggerEnd() <= q.end()).findFirst()
                .orElseGet(() -> events.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.start() == s.start() && verb.equals(m.reading())))
                        .findFirst().orElse(null));
        if (casualty && named != null && CASUALTY_TYPES.contains(named.type())) {
            return named;
        }
        // A size counts a force deployed or a crowd protesting.
        EventMention here = nearestBefore(events, s, q, casualty ? CASUALTY_TYPES::contains : type -> type.equals("MOBILIZE") || type.equals("PROTEST"));
        if (here != null) {
            return here;
        }
        if (!casualty) {
            String country = countryOf(q, actors, text);
            return events.stream().filter(e -> e.type().equals("MOBILIZE"))
                    .filter(e -> country == null || ArticleEvents.codes(e.actors()).contains(country))
                    .findFirst().orElse(null);
        }
        for (int i = s.index() - 1; i >= 0 && sentences.get(i).paragraph() == s.paragraph(); i--) {
            EventMention before = eventIn(events, sentences.get(i), CASUALTY_TYPES::contains);
            if (before != null) {
                return before;
            }
        }
        // The dead of a sentence are never a count of its support, aid, talks or pledges ("backs militias …, including
        // officers who were killed"); an accusation or a protest may still be what they are told of.
        // Nor of what is yet to happen ("Thousands fled, and the government said it would send police").
        List<EventMention> happened = events.stream().filter(e -> e.status() == EventMention.Status.ASSERTED).toList();
        EventMention told = eventIn(happened, s, type -> !Trigger.COOPERATIVE.contains(type) && !type.equals("AGREE"));
        // "… had fled since the fighting began": a war named by its noun is no act told before.
        String sentence = text.substring(s.start(), s.end());
        boolean background = BACKGROUND.matcher(sentence).find();
        EventMention target = told != null ? told : background ? null : actNamedBack(s, events, document);
        // People who fled, in a later paragraph that tells no act, fled the act the article told before;
        // so were the dead and wounded such a paragraph counts, unless it speaks of a war's toll or of
        // another time ("117 people had been wounded, among them 15 children", after the lede's strike).
        // Who fled "since Monday" fled the act; who fled "since the fighting began" fled the war.
        boolean ofAnotherTime = background || !Sentences.inside(document.layer(Layers.TIMEX), s).isEmpty();
        boolean ledeFigure = q.kind().equals("displaced") && !WAR_SINCE.matcher(sentence).find()
                || LATER_FIGURE_KINDS.contains(q.kind()) && !ofAnotherTime;
        return target != null || !ledeFigure ? target
                : happened.stream().filter(e -> CASUALTY_TYPES.contains(e.type()) && e.end() <= q.start()).findFirst().orElse(null);
    }

    /**
     * The article's first act of the kind its sentence names again by a definite noun: "Police confirmed
     * the attack but put the death toll at 22" counts the attack the article opened with.
     */
    private static EventMention actNamedBack(Sentence s, List<EventMention> events, Document document) {
        Trigger named = actNamedAgain(s, document);
        return named == null ? null : events.stream().filter(e -> e.type().equals(named.type())).findFirst().orElse(null);
    }

    /**
     * The act a sentence names again by a definite noun ("the attack"), or null. A bare "the strike"
     * is a strike of arms here: only an act already told is looked for under it.
     */
    private static Trigger actNamedAgain(Sentence s, Document document) {
        List<Token> words = Sentences.inside(document.layer(Layers.TOKENS), s);
        for (int i = 1; i < words.size(); i++) {
            Token noun = words.get(i);
            Trigger named = !words.get(i - 1).word().equalsIgnoreCase("the") ? null
                    : Trigger.BLAMED_STRIKE.pattern().matcher(noun.word()).matches() ? Trigger.BLAMED_STRIKE
                    : Trigger.find(noun, document.text(), s);
            if (named != null && named.nominal() && CASUALTY_TYPES.contains(named.type())) {
                return named;
            }
        }
        return null;
    }

    /** The country of the actor named inside the counted phrase ("300 Iraqi fighters" → IRQ). */
    private static String countryOf(Quantity q, List<ActorMention> actors, String text) {
        for (ActorMention a : actors) {
            if (q.overlaps(a) && a.actor() != null && a.actor().code() != null) {
                return a.actor().code();
            }
        }
        return null;
    }

    /**
     * The sentence's event of the type told last before the figure ("in response to U.S. strikes that
     * killed 53" counts the strikes' dead), else its first.
     */
    private static EventMention nearestBefore(List<EventMention> events, Sentence s, Quantity q, Predicate<String> type) {
        return events.stream().filter(e -> type.test(e.type()) && s.start() <= e.triggerStart() && e.triggerEnd() <= q.start()
                        && e.mentions().stream().anyMatch(m -> m.start() == s.start()))
                .max(Comparator.comparingInt(EventMention::triggerStart))
                .orElseGet(() -> eventIn(events, s, type));
    }

    private static EventMention eventIn(List<EventMention> events, Span sentence, Predicate<String> type) {
        for (EventMention e : events) {
            if (type.test(e.type()) && e.mentions().stream().anyMatch(m -> m.start() == sentence.start())) {
                return e;
            }
        }
        return null;
    }
}
