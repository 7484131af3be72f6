package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Attribution;
import org.sitrep.model.Document;
import org.sitrep.model.LayerKey;
import org.sitrep.model.Layers;
import org.sitrep.model.Sentence;
import org.sitrep.model.Stance;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Stage;

/**
 * Finds who each sentence's claims are attributed to and how they stand: "according to X",
 * "X said / told / reported / confirmed", "cited in X"; denials ("X denied", "dismissing reports")
 * and hedges ("reportedly", "could not confirm", "estimated"). A descriptor as speaker ("the
 * monitor said") takes the source last named in the article.
 */
public final class AttributionFinder implements Stage {
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\baccording to\\b");
    private static final Pattern SPEECH = Pattern.compile(
            "(?i)\\b(said|says|told|reported|reporting|claim(?:ed|s)(?!\\s+(?:responsibility|credit|(?:the|an?|this|that|its)\\s+(?:\\w+\\s+)?(?:attacks?|bombings?|killings?|assault|ambush|raids?|strikes?|abductions?|kidnappings?)\\b))|(?<!\\bbe\\s)(?<!\\bbeen\\s)confirmed|wrote(?=\\s+(?:on|in)\\s|\\s*[,.;])|(?<!\\ban\\s)(?<!\\bthe\\s)estimated|stated|noted|added|announced|suggest|suggested|predict|predicted|cited|quoted|put (?:the|their) (?:death\\s+)?(?:figure|number|toll)(?:\\s+of\\s+(?:the\\s+)?(?:dead|deaths|casualties|victims))? at)\\b");
    private static final Pattern DENIAL = Pattern.compile(
            "(?i)\\b(denied|denies|deny|denying|dismissed|dismissing|dismisses|rejected (?:reports|claims)|refuted|refutes|rebuffed)\\b");
    private static final Pattern HEDGE = Pattern.compile(
            "(?i)\\b(reportedly|allegedly|could not (?:be )?confirm(?:ed)?|cannot confirm|unconfirmed|not (?:be )?independently verified|estimated|believed to|said to be|appears? to|suggest(?:ed|s)?|unverified)\\b");
    /** A speech verb followed by "to be" / "to have" reports what is said, not who says it. */
    private static final Pattern RAISED = Pattern.compile("\\s+to\\s+(be|have)\\b");
    private static final Pattern DESCRIPTOR_SPEAKER = Pattern.compile(
            "(?i)\\b(?:(?:the|a|an)\\s+(monitor|group|observatory|ministry|agency|official|spokesman|spokeswoman|army|military|statement)|it)\\s*$");
    /** An unnamed speaker described by a noun phrase: "two security officials told", "residents said". */
    private static final String DESCRIBED_PEOPLE = "(?:\\b(?:two|three|four|several|some|many|other|local|senior|security|military|western|regional|"
            + "government|diplomatic|medical|health|hospital|humanitarian|aid|rebel|opposition|council|a|an|one)\\s+){0,4}"
            + "\\b(?:officials?|sources?|residents?|witness(?:es)?|activists?|medics?|doctors?|analysts?|diplomats?|commanders?|fighters|"
            + "spokesm[ae]n|spokeswoman|member|members|workers?|groups)";
    /** "Three residents and a health worker told …": both kinds of people speak. */
    private static final Pattern DESCRIBED_SPEAKER = Pattern.compile("(?i)((?:" + DESCRIBED_PEOPLE + "\\s+and\\s+)?" + DESCRIBED_PEOPLE
            + "(?:\\s+(?:of|from|in|at)\\s+(?:the\\s+)?[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,3})?)"
            + "(?:,[^,]{0,60},)?\\s*$");

    private static final Pattern JOINED_TO_A_CLAUSE = Pattern.compile("(?i)[^,]\\s+and\\s+$");
    private static final Pattern CLAUSE_END_BEFORE = Pattern.compile("[,\"”]\\s*$");
    private static final Pattern SET_OFF_BEFORE_CUE = Pattern.compile("\\)?,[^,;:\"“”]+,\\s*");
    private static final Pattern INVERTING = Pattern.compile("(?i)said|says|added|noted|stated");
    /** Where a speaker named after the cue ends: at the clause's end or a relative clause ("said Ali, who heads …"). */
    private static final Pattern SPEAKER_PHRASE_END = Pattern.compile("[,.;:\"“”]|\\s(?:who|which|on|in a|in an)\\s");
    private static final Set<String> FINITE_VERB_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");

    /**
     * Whether the cue follows the report and precedes its speaker ('"…," said a cleric in Beirut'):
     * a clause with a verb of its own ends right before it, and no verb follows in the speaker's phrase
     * ("X, a leader of the opposition, noted that …" and "…, said his group deployed …" are not inverted).
     */
    private static boolean inverted(List<Token> tokens, String text, Sentence s, int cue, int cueEnd, String verb) {
        if (!INVERTING.matcher(verb).matches() || !CLAUSE_END_BEFORE.matcher(text.substring(s.start(), cue)).find()) {
            return false;
        }
        int phraseEnd = speakerPhraseEnd(text, cueEnd, s.end());
        // "…, a police spokesman, Yazid Abubakar, said.": a cue that ends its sentence names its speaker before it.
        return !text.substring(cueEnd, phraseEnd).isBlank() && tokens.stream().anyMatch(t -> t.start() >= s.start() && t.end() <= cue && FINITE_VERB_TAGS.contains(t.pos()))
                && tokens.stream().noneMatch(t -> t.start() >= cueEnd && t.end() <= phraseEnd
                        && (FINITE_VERB_TAGS.contains(t.pos()) || t.pos().equals("PRP") || t.pos().equals("IN") && t.word().equalsIgnoreCase("that")));
    }

    /**
     * The last comma-set phrase before the cue, when it is a short noun phrase: not a relative clause
     * ("the UN, which has staff there, said"), not a quote's end, at most eight words.
     */
    private static final Pattern TRAILING_SPEAKER = Pattern.compile(
            ",[\\s\"”’']*(?:and\\s+|but\\s+)?(?!(?:which|who|whose|that|where|when|while|as|after|before|because)\\b)"
                    + "((?:[\\p{L}\\d'’.-]+\\s+){0,7}[\\p{L}\\d'’.-]+)\\s*$");

    @Override
    public String name() {
        return "attributions";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.ACTORS);
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of(Layers.ATTRIBUTIONS);
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<ActorMention> actors = document.layer(Layers.ACTORS);
        List<Token> tokens = document.layer(Layers.TOKENS);
        List<Attribution> out = new ArrayList<>();
        List<ActorMention> sources = new ArrayList<>();
        for (Sentence s : document.layer(Layers.SENTENCES)) {
            String sentence = text.substring(s.start(), s.end());
            List<ActorMention> here = Sentences.inside(actors, s);
            Stance stance = HEDGE.matcher(sentence).find() ? Stance.HEDGES : Stance.ASSERTS;
            ActorMention speaker = null;
            int phraseStart = -1;
            int phraseEnd = -1;
            String cue = null;
            int speechAt = Integer.MAX_VALUE;
            Matcher according = ACCORDING_TO.matcher(sentence);
            ActorMention accordingToPhrase = null;
            if (according.find()) {
                speaker = firstAfter(here, text, s.start() + according.end(), s.start() + according.end() + 90);
                if (speaker == null) {
                    // "according to a local radio station": a source no side names is the phrase itself, unless a speaker
                    // is named with a verb ("officials said …, according to official figures").
                    int from = s.start() + according.end() + leadingSpace(text, s.start() + according.end());
                    int to = clauseEnd(text, from, s.end());
                    accordingToPhrase = to > from && text.substring(from, to).split("\\s+").length <= SPEAKER_PHRASE_WORDS
                            ? describedSpeaker(text, from, to) : null;
                }
                cue = according.group();
                speechAt = s.start() + according.start();
            }
            Matcher speech = SPEECH.matcher(sentence);
            while (speaker == null && speech.find()) {
                if (RAISED.matcher(sentence.substring(speech.end())).lookingAt()) {
                    // "reported to be in their hundreds": nobody is named as saying it; the text hedges.
                    stance = Stance.HEDGES;
                    continue;
                }
                int at = s.start() + speech.start();
                int cueEnd = s.start() + speech.end();
                String lead = text.substring(s.start(), at);
                // A descriptor the actor stage resolved ("The group" after al-Shabaab was named) is that actor,
                // else whoever spoke last.
                ActorMention resolved = here.stream().filter(a -> a.actor() != null && a.end() <= at && text.substring(a.end(), at).isBlank())
                        .findFirst().orElse(null);
                Matcher descriptor = DESCRIPTOR_SPEAKER.matcher(lead);
                boolean described = descriptor.find();
                // "Hamas accused Israel of … and said …": who says it is the subject of the clause the verb is joined to.
                ActorMention subjectOfJoined = JOINED_TO_A_CLAUSE.matcher(lead).find() ? firstAfter(here, text, s.start(), at) : null;
                if (inverted(tokens, text, s, at, cueEnd, speech.group())) {
                    speaker = speakerAfter(here, text, cueEnd, s.end());
                    if (speaker != null) {
                        phraseStart = Math.min(speaker.start(), cueEnd + leadingSpace(text, cueEnd));
                        phraseEnd = withAppositive(text, Math.max(speaker.end(), clauseEnd(text, cueEnd, s.end())), s.end());
                    }
                } else if (subjectOfJoined != null) {
                    speaker = subjectOfJoined;
                } else if (described && resolved != null) {
                    speaker = resolved;
                } else if (described && !sources.isEmpty()) {
                    // A bare "it said" goes on in the voice of the last source.
                    boolean bare = descriptor.group(1) == null;
                    speaker = describedBefore(sources, bare ? "" : descriptor.group(1));
                    phraseStart = s.start() + descriptor.start();
                    phraseEnd = s.start() + (bare ? descriptor.start() + 2 : descriptor.end(1));
                } else {
                    speaker = describedOrNamed(here, lead, s.start(), at, text);
                }
                cue = speech.group();
                speechAt = at;
            }
            if (speaker == null && accordingToPhrase != null) {
                speaker = accordingToPhrase;
                cue = according.group();
                speechAt = s.start() + according.start();
            }
            if (speaker != null) {
                if (phraseStart < 0) {
                    phraseStart = speaker.start();
                    // "JNIM, al Qaeda's affiliate in the Sahel, said": the appositive between speaker and cue describes the speaker.
                    boolean appositive = speaker.end() <= speechAt && SET_OFF_BEFORE_CUE.matcher(text.substring(speaker.end(), speechAt)).matches();
                    phraseEnd = appositive ? text.lastIndexOf(',', speechAt) : speaker.end();
                }
                Attribution answer = contrastingSpeaker(here, text, s, speechAt + cue.length(), stance);
                out.add(new Attribution(s.start(), answer == null ? s.end() : answer.start(), speaker, phraseStart, phraseEnd, stance, cue, speechAt));
                sources.add(speaker);
                if (answer != null) {
                    out.add(answer);
                    sources.add(answer.speaker());
                }
            } else if (stance == Stance.HEDGES) {
                out.add(Attribution.hedge(s.start(), s.end()));
            }
            Matcher denial = DENIAL.matcher(sentence);
            if (denial.find()) {
                int at = s.start() + denial.start();
                // A speaker introduced before the denial is the one who denies ("X told media …, dismissing reports"),
                // unless the denial's own clause names who denies ("Israel says Hamas steals aid, which the group denies").
                // "The ministry said its forces had struck Ukrainian troops and denied targeting civilians": a denial
                // joined to the saying is the speaker's.
                List<ActorMention> ownClause = clauseActors(here, text, s.start(), at);
                boolean joinedToSaying = speaker != null && speechAt < at && JOINED_TO_A_CLAUSE.matcher(text.substring(s.start(), at)).find();
                List<ActorMention> deniers = (!ownClause.isEmpty() && !joinedToSaying) || speaker == null || speechAt > at
                        ? deniersBefore(here, text, s.start(), at) : List.of(speaker);
                for (ActorMention denier : deniers) {
                    out.add(new Attribution(s.start(), s.end(), denier, denier.start(), denier.end(), Stance.DENIES,
                            text.substring(at, Math.min(s.end(), at + denialPhraseLength(text, at, s.end()))), at));
                }
            }
        }
        return document.with(Layers.ATTRIBUTIONS, out);
    }

    /** The source a descriptor speaks for again: the last one its noun names ("the ministry" after "the interior ministry"), else the last. */
    private static ActorMention describedBefore(List<ActorMention> sources, String noun) {
        for (int i = sources.size() - 1; i >= 0; i--) {
            if (sources.get(i).text().toLowerCase(Locale.ROOT).contains(noun.toLowerCase(Locale.ROOT))) {
                return sources.get(i);
            }
        }
        return sources.get(sources.size() - 1);
    }

    /** A clause that answers a speaker's report with another's: ", but residents said", ", while the army told reporters". */
    private static final Pattern CONTRAST = Pattern.compile(",\\s+(?:but|while|whereas)\\s+");
    private static final int SPEAKER_PHRASE_WORDS = 8;

    /**
     * The second speaker of a sentence whose clause after "but" or "while" answers the first's report ("He put the
     * death toll at 37, but residents said they had buried 52"): what that clause says is the second speaker's.
     */
    private static Attribution contrastingSpeaker(List<ActorMention> actors, String text, Sentence s, int firstCueEnd, Stance stance) {
        Matcher contrast = CONTRAST.matcher(text).region(firstCueEnd, s.end());
        if (!contrast.find()) {
            return null;
        }
        Matcher cue = SPEECH.matcher(text).region(contrast.end(), s.end());
        if (!cue.find() || RAISED.matcher(text).region(cue.end(), s.end()).lookingAt()) {
            return null;
        }
        String lead = text.substring(contrast.end(), cue.start());
        if (lead.isBlank() || lead.contains(",") || lead.strip().split("\\s+").length > SPEAKER_PHRASE_WORDS) {
            return null;
        }
        ActorMention speaker = describedOrNamed(actors, lead, contrast.end(), cue.start(), text);
        return speaker == null || speaker.start() < contrast.end() ? null
                : new Attribution(contrast.start(), s.end(), speaker, speaker.start(), speaker.end(), stance, cue.group(), cue.start());
    }

    /** The denying subject: the actors of the clause before the cue, without a country that only modifies them ("Iraq's"). */
    private static List<ActorMention> deniersBefore(List<ActorMention> actors, String text, int sentenceStart, int cue) {
        List<ActorMention> out = clauseActors(actors, text, sentenceStart, cue);
        if (out.isEmpty()) {
            ActorMention last = lastBefore(actors, text, sentenceStart, cue);
            return last == null ? List.of() : List.of(last);
        }
        return out;
    }

    /** The actors of the clause that ends at the cue (from the last comma or semicolon before it), without modifiers. */
    private static List<ActorMention> clauseActors(List<ActorMention> actors, String text, int sentenceStart, int cue) {
        int clauseStart = sentenceStart;
        for (int i = cue - 1; i > sentenceStart; i--) {
            char c = text.charAt(i);
            if (c == ',' || c == ';') {
                clauseStart = i + 1;
                break;
            }
        }
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention a : actors) {
            if (a.start() >= clauseStart && a.end() <= cue && !Modifiers.modifies(text, a)) {
                out.add(a);
            }
        }
        return out;
    }

    private static int denialPhraseLength(String text, int at, int end) {
        int words = 0;
        for (int i = at; i < end; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '.' || c == ';') {
                return i - at;
            }
            if (c == ' ' && ++words == 5) {
                return i - at;
            }
        }
        return end - at;
    }

    /**
     * The speaker just before a speech verb: a named actor ending there, else an unnamed speaker
     * described by a noun phrase ("two security officials"), else the last actor of the clause.
     */
    private static ActorMention describedOrNamed(List<ActorMention> actors, String lead, int from, int at, String text) {
        Matcher described = DESCRIBED_SPEAKER.matcher(lead);
        if (described.find()) {
            int start = from + described.start(1);
            int end = from + described.end(1);
            for (ActorMention a : actors) {
                if (a.end() == end || (a.start() >= start && a.end() <= end && !Modifiers.modifies(text, a))) {
                    return a.end() == end ? a : new ActorMention(a.start(), end, text.substring(a.start(), end), a.actor());
                }
            }
            // "a Hamas official", "a police spokesman": the side that qualifies the description is whom the speaker speaks for.
            ActorMention side = actors.stream().filter(a -> a.start() >= from && a.end() <= start && text.substring(a.end(), start).isBlank()
                    && a.actor() != null && a.actor().kind() != Actor.Kind.PERSON).reduce((a, b) -> b).orElse(null);
            return side != null ? new ActorMention(side.start(), end, text.substring(side.start(), end), side.actor())
                    : describedSpeaker(text, start, end);
        }
        // A speaker set off after the report (", the territory's health ministry said") is that phrase, not a side of the report.
        Matcher trailing = TRAILING_SPEAKER.matcher(lead);
        if (trailing.find()) {
            int start = from + trailing.start(1);
            int end = from + trailing.end(1);
            ActorMention named = lastBefore(actors, text, start, end);
            return named != null ? named : describedSpeaker(text, start, end);
        }
        // "JNIM, the Sahel affiliate of al Qaeda, said": the side set off before its appositive speaks, not one the appositive names.
        Matcher appositive = APPOSITIVE_BEFORE_CUE.matcher(lead);
        ActorMention head = appositive.find() ? lastBefore(actors, text, from, from + appositive.start()) : null;
        return head != null && text.substring(head.end(), from + appositive.start()).isBlank() ? head : lastBefore(actors, text, from, at);
    }

    private static final Pattern APPOSITIVE_BEFORE_CUE = Pattern.compile(",\\s+(?:the|a|an)\\s+[^,;:\"“”]+,\\s*$");

    /**
     * The speaker named after an inverted cue: the first side named in its phrase ('said Hashem
     * al-Mosawwi, a commander'), else the phrase itself ("said a Shiite cleric in Beirut"), or null when the cue ends the sentence.
     */
    private static ActorMention speakerAfter(List<ActorMention> actors, String text, int from, int sentenceEnd) {
        int to = speakerPhraseEnd(text, from, sentenceEnd);
        for (ActorMention a : actors) {
            if (a.start() >= from && a.end() <= to && !Modifiers.afterLocative(text, a)) {
                return a;
            }
        }
        String phrase = text.substring(from, to).strip();
        if (phrase.isEmpty() || phrase.split("\\s+").length > 8) {
            return null;
        }
        int start = text.indexOf(phrase, from);
        return describedSpeaker(text, start, start + phrase.length());
    }

    /**
     * What follows an inverted cue up to the clause's end tells who spoke, where and when ("said a cleric in Beirut on
     * Monday"), and so does an appositive set off after it ("said John Hayab, the chairman of …").
     */
    private static final Pattern CLAUSE_END = Pattern.compile("[,.;:\"“”]");
    private static final Pattern APPOSITIVE = Pattern.compile(",\\s+(?:the|a|an)\\s+[^,.;:\"“”]*");

    private static int clauseEnd(String text, int from, int sentenceEnd) {
        Matcher end = CLAUSE_END.matcher(text).region(from, sentenceEnd);
        return end.find() ? end.start() : sentenceEnd;
    }

    private static int withAppositive(String text, int phraseEnd, int sentenceEnd) {
        Matcher appositive = APPOSITIVE.matcher(text).region(phraseEnd, sentenceEnd);
        return appositive.lookingAt() ? appositive.end() : phraseEnd;
    }

    private static int leadingSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i - from;
    }

    private static int speakerPhraseEnd(String text, int from, int sentenceEnd) {
        Matcher end = SPEAKER_PHRASE_END.matcher(text).region(from, sentenceEnd);
        return end.find() ? end.start() : sentenceEnd;
    }

    /** A described speaker ("a military source") may be one person or several: its kind is unknown. */
    private static ActorMention describedSpeaker(String text, int start, int end) {
        String phrase = text.substring(start, end);
        return new ActorMention(start, end, phrase, new Actor(phrase, null, null, null, null));
    }

    /** The last actor named in the stretch, not a modifier and not where the speaker is ("The Red Cross operating in Iraq said"). */
    private static ActorMention lastBefore(List<ActorMention> actors, String text, int from, int to) {
        ActorMention found = null;
        for (ActorMention a : actors) {
            if (a.start() >= from && a.end() <= to && !Modifiers.modifies(text, a) && !Modifiers.afterLocative(text, a)) {
                found = a;
            }
        }
        return found;
    }

    private static ActorMention firstAfter(List<ActorMention> actors, String text, int from, int to) {
        for (ActorMention a : actors) {
            if (a.start() >= from && a.start() <= to && !Modifiers.modifies(text, a)) {
                return a;
            }
        }
        return null;
    }
}
