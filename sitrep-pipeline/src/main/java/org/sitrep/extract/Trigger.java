package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * A word that names an event, by lemma or by phrase, with its PLOVER type and mode, and for a word
 * that names one only with certain words after it ("opened fire", "blew up", "launched rockets") or
 * before it ("a drone strike", "went on strike"), those words. Kept as a table so that adding a
 * trigger never touches the extraction code.
 */
record Trigger(Pattern pattern, String type, String mode, boolean nominal, Pattern followedBy, Pattern precededBy) {
    /** Speech acts whose complement is what they are about, not a second event: "demanded the release of …". */
    static final java.util.Set<String> FRAMING = java.util.Set.of("AGREE", "REQUEST", "THREATEN", "REJECT", "ACCUSE");
    /** What one offers or promises to do, PLOVER codes as AGREE. */
    static final java.util.Set<String> COOPERATIVE = java.util.Set.of("SUPPORT", "COOPERATE", "AID", "CONSULT", "CONCEDE", "RETREAT");
    /** What one declares one will do to another by force or pressure, PLOVER codes as THREATEN. */
    static final java.util.Set<String> CONFLICTUAL = java.util.Set.of("ASSAULT", "COERCE", "SANCTION");

    /**
     * Any verb a speaker says another must do ("the agency said both sides must ensure access"): a
     * demand whatever the verb, so it is found by the clause, not by this table (its pattern matches nothing).
     */
    static final Trigger DEMANDED = new Trigger(Pattern.compile("(?!)"), "REQUEST", null, false, null, null);

    /**
     * The dead a side is blamed for ("blamed police for the deaths") stand for the act that killed
     * them; read only as what an accusation names, as a death alone is no act of anyone.
     */
    static final Trigger BLAMED_DEATHS = noun("death|deaths", "ASSAULT", null);

    /**
     * A bare strike a side is blamed for or that a later sentence counts the dead of, after the
     * article has told an attack ("blamed the RSF for the strike", "said the strike killed five"):
     * that attack, not a strike that workers stage.
     */
    static final Trigger BLAMED_STRIKE = noun("strike|strikes", "ASSAULT", null);

    /** A protest named by the people who make it ("protesters"), whom others may act on. */
    static final Trigger PROTESTERS = noun("protesters|protestors|demonstrators|rioters|marchers", "PROTEST", null);

    /** What an attack is made with or aimed at, as the object of a verb that alone says little ("launched", "hit"). */
    private static final String ARMS = "(?:missiles?|rockets?|drones?|attacks?|air\\s?strikes?|strikes?|raids?|offensive|"
            + "counteroffensive|assault|bombardment|shells|barrage|mortars?|grenades?)";
    private static final String TARGETS = "(?:positions?|vehicles?|convoys?|targets?|headquarters|compounds?|bases?|depots?|"
            + "checkpoints?|bunkers?|tanks?|trucks?|hideouts?|camps?|hospitals?|schools?|markets?|buildings?|ships?|tankers?|"
            + "airports?|airbases?|outposts?|barracks|launchers?|sites?|facilit(?:y|ies)|refiner(?:y|ies)|(?:power\\s+)?plants?|substations?|"
            + "airfields?|ports?|bridges?|warehouses?|factor(?:y|ies)|pipelines?|terminals?|infrastructure)";
    /** What is released when it is published. */
    private static final String PUBLISHED = "(?:reports?|statements?|videos?|footage|figures|data|images?|photos?|photographs?|pictures?|audio|"
            + "recordings?|details|findings|results|lists?|documents?|stud(?:y|ies)|surveys?|memos?|letters?|transcripts?|names|toll|albums?|films?)";
    /** Up to four words of the object's noun phrase before its head. */
    private static final String OBJECT = "\\s+(?:[\\w'’-]+\\s+){0,4}?";

    private static Trigger verb(String lemmas, String type, String mode) {
        return new Trigger(Pattern.compile("(?i)^(" + lemmas + ")$"), type, mode, false, null, null);
    }

    private static Trigger verbBefore(String lemmas, String following, String type) {
        return new Trigger(Pattern.compile("(?i)^(" + lemmas + ")$"), type, null, false, Pattern.compile("(?i)^(?:" + following + ")"), null);
    }

    private static Trigger noun(String words, String type, String mode) {
        return new Trigger(Pattern.compile("(?i)^(" + words + ")$"), type, mode, true, null, null);
    }

    private static Trigger nounBefore(String words, String following, String type) {
        return new Trigger(Pattern.compile("(?i)^(" + words + ")$"), type, null, true, Pattern.compile("(?i)^(?:" + following + ")"), null);
    }

    private static Trigger nounNotAfter(String words, String preceding, String type) {
        return nounNeither(words, null, preceding, type);
    }

    /** A noun neither followed by what {@code following} reads (when not null) nor preceded by what {@code preceding} reads. */
    private static Trigger nounNeither(String words, String following, String preceding, String type) {
        return new Trigger(Pattern.compile("(?i)^(" + words + ")$"), type, null, true,
                following == null ? null : Pattern.compile("(?i)^(?!" + following + ")"), Pattern.compile("(?i)^(?![\\s\\S]*(?:" + preceding + ")\\s+$)"));
    }

    private static Trigger nounAfter(String words, String preceding, String type) {
        return new Trigger(Pattern.compile("(?i)^(" + words + ")$"), type, null, true, null, Pattern.compile("(?i)(?:" + preceding + ")\\s+$"));
    }

    /**
     * Matched against a token's lemma (verbs) or word (nouns), first match wins. The verbs follow
     * PLOVER's categories (and the CAMEO verb classes they were built from); speech acts come first
     * so that "agreed to withdraw" is an agreement, not a retreat.
     */
    static final List<Trigger> TABLE = List.of(
            verb("agree|accept|approve|ratify|promise|pledge|offer|commit|consent|settle|vow", "AGREE", null),
            noun("agreement|deal|accord|treaty|pact|memorandum|truce agreement", "AGREE", null),
            verb("demand|urge|appeal|request|ask|petition|insist", "REQUEST", null),
            // "pleaded for help", but "pleaded not guilty" answers a charge.
            verbBefore("plead", "(?!\\s+(?:not\\s+)?(?:guilty|innocent|no\\s+contest)\\b)", "REQUEST"),
            // "called on the United States and France, which oversee the truce, to press Israel": who is called on may be described.
            verbBefore("call", "\\s+(?:on\\s+\\S+(?:\\s+\\S+)?\\s+)?for\\b|\\s+on\\s+(?:\\S+\\s+){1,6}?to\\s+\\p{Ll}|\\s+on\\s+(?:[^\\s,]+\\s+){0,5}[^\\s,]+,[^,.;]{1,60},\\s+to\\s+\\p{Ll}", "REQUEST"),
            // "a phone call between Trump and Putin": a conversation, not a request.
            new Trigger(Pattern.compile("(?i)^(call|calls)$"), "CONSULT", null, true, null, Pattern.compile("(?i)\\b(?:phone|telephone|video)\\s+$")),
            // "did not respond to requests for comment", "declined to comment": a reporter's question, not a side's act.
            // "did not answer calls": a reporter's calls, unanswered, are no one's request.
            new Trigger(Pattern.compile("(?i)^(demand|demands|appeal|request|call)$"), "REQUEST", null, true,
                    Pattern.compile("(?i)^(?:(?!\\s+(?:for|seeking|requesting)\\s+(?:a\\s+|further\\s+)?comment))"),
                    Pattern.compile("(?i)^(?![\\s\\S]*\\b(?:answer\\w*|return\\w*|respond\\w*\\s+to|take|took|taking)\\s+(?:(?:the|his|her|their|our|repeated|telephone|phone)\\s+)*$)")),
            verb("threaten|warn", "THREATEN", null),
            // "suspects who posed a threat": a danger someone is, not a threat anyone made.
            nounNotAfter("threat|threats|ultimatum|warning", "\\b(?:pos(?:e|es|ed|ing)|represent\\w*|constitut\\w*|remain\\w*)(?:\\s+(?:a|an|no|the|any|[\\w-]+)){0,2}",
                    "THREATEN"),
            verb("reject|refuse|veto|rebuff|spurn|oppose|disavow", "REJECT", null),
            verbBefore("decline", "(?!\\s+(?:immediately\\s+)?to\\s+(?:comment|say|elaborate|confirm|discuss|give|identify|answer|speak|provide|"
                    + "be\\s+(?:named|identified|interviewed|reached)))", "REJECT"),
            noun("rejection|refusal|veto", "REJECT", null),
            verb("accuse|blame|criticize|criticise|condemn|denounce|allege|deplore|censure|investigate|probe|indict|sue|slam|complain",
                    "ACCUSE", null),
            noun("accusation|accusations|allegation|allegations|investigation|inquiry|probe|condemnation|criticism", "ACCUSE", null),
            verb("protest|demonstrate|march|picket|riot|boycott", "PROTEST", null),
            // "to rally support", "rallied behind the president": gathering backing is no protest.
            verbBefore("rally", "(?!\\s+(?:(?:\\w+\\s+)?(?:support|backing|supporters|allies|voters|troops|forces)|behind|around|round|to)\\b)", "PROTEST"),
            // A strike that workers stage, not one that weapons make.
            nounAfter("strike|strikes", "\\b(?:on|general|national|nationwide|hunger|labou?r|workers['’]?|teachers['’]?|doctors['’]?|"
                    + "nurses['’]?|transport|rail|dock|miners['’]?|truckers['’]?|indefinite|one-day|two-day|24-hour|48-hour|a\\s+general)",
                    "PROTEST"),
            // "Relatives of the victims blocked a highway": a road blocked by people, not by a force, is a protest.
            new Trigger(Pattern.compile("(?i)^(block|barricade)$"), "PROTEST", null, false,
                    Pattern.compile("(?i)^" + OBJECT + "(?:roads?|highways?|motorways?|streets?|intersections?|junctions?|traffic)\\b"),
                    Pattern.compile("(?i)^(?![\\s\\S]*\\b(?:troops|soldiers|forces|police|army|rebels|militants|fighters|gunmen|militia\\w*|gangs?)\\b)")),
            noun("protest|protests|demonstration|demonstrations|rally|rallies|riot|riots|boycott|sit-in", "PROTEST", null),
            PROTESTERS,
            // "imposed sanctions on Syria": the sanctions say what was imposed, not a restriction by force.
            verbBefore("impose|reimpose|slap|tighten|levy|extend|expand", OBJECT + "(?:sanctions|embargo(?:es)?|penalties|tariffs)\\b", "SANCTION"),
            // "halting production", "suspended flights": what an attack or a storm stops is no sanction.
            verbBefore("sanction|embargo|expel|suspend|sever|freeze|downgrade|halt|prohibit|cancel|withhold|cut",
                    "(?!\\s+(?:\\w+\\s+){0,3}?(?:production|output|operations|flights|exports|pumping|work|traffic|services|power|supplies|"
                            + "routes?|roads?|highways?|links?|lines)\\b)", "SANCTION"),
            // "recalled its ambassador": relations cut back.
            verbBefore("recall", OBJECT + "(?:ambassadors?|envoys?|diplomats?)\\b", "SANCTION"),
            // "talks about reducing sanctions", "lifting the embargo", "sanctions by ECOWAS were lifted": sanctions eased are none imposed.
            nounNeither("sanctions|embargo|expulsion|suspension", "[^.;]{0,50}?\\b(?:were|was|have\\s+been|has\\s+been|had\\s+been|are\\s+being|be)\\s+"
                            + "(?:\\w+\\s+)?(?:lifted|eased|removed|relaxed|scrapped|loosened|rolled\\s+back)\\b",
                    "\\b(?:reduc|eas|lift|relax|loosen|remov|scrap|roll(?:ing|ed|s)?\\s+back)\\w*(?:\\s+(?:the|all|some|its|their|[\\w-]+))?", "SANCTION"),
            // "released a report", "a video released on Monday": what is published sets no one free.
            new Trigger(Pattern.compile("(?i)^(release)$"), "CONCEDE", null, false, Pattern.compile("(?i)^(?!" + OBJECT + PUBLISHED + "\\b)"),
                    Pattern.compile("(?i)^(?![\\s\\S]*\\b" + PUBLISHED + "\\s+$)")),
            verb("free|apologize|apologise|concede|lift|pardon|compensate|relent|allow|permit", "CONCEDE", null),
            // "eased restrictions" concedes; "tensions have eased since …" is no one's act.
            verbBefore("ease", "\\s+(?!(?:since|after|before|in|on|at|slightly|somewhat|further|again|as|amid|following|off|up|over|"
                    + "considerably|significantly|sharply)\\b)[\\w'’-]", "CONCEDE"),
            noun("release|concession|concessions|apology|amnesty", "CONCEDE", null),
            // "exchanged 390 prisoners each", "a prisoner swap": each side releases the other's.
            verbBefore("exchange|swap|trade", OBJECT + "(?:prisoners|captives|detainees|hostages|POWs|bodies)\\b", "CONCEDE"),
            nounAfter("swap|swaps|exchange|exchanges", "\\b(?:prisoner|prisoners|captive|hostage|POW)", "CONCEDE"),
            verb("withdraw|retreat|evacuate|disarm|demobilize|demobilise|disengage|surrender|resign|yield", "RETREAT", null),
            noun("withdrawal|retreat|pullout|pull-out", "RETREAT", null),
            noun("ceasefire|cease-fire|armistice|truce", "RETREAT", "ceasefire"),
            // "would send 1,500 additional troops to Arauca": sending a force is deploying it ("a helicopter sent to
            // evacuate soldiers" is not).
            verbBefore("send", "\\s+(?!to\\s)(?:[\\w,.'’-]+\\s+){0,4}?(?:troops|soldiers|forces|reinforcements|fighters|police|policemen|officers|warships|jets|units|peacekeepers)\\b",
                    "MOBILIZE"),
            verb("enter|cross|deploy|dispatch|mobilize|mobilise|mass|amass|reinforce|pour|arrive|redeploy|station|strengthen|bolster", "MOBILIZE", null),
            noun("influx|deployment|deployments|build-up|buildup|reinforcements|arrival|mobilization|mobilisation|troop surge|alert",
                    "MOBILIZE", null),
            verbBefore("open", "\\s+fire\\b", "ASSAULT"),
            // "a convoy came under fire": fire one undergoes is an attack on one.
            nounAfter("fire", "\\b(?:came|come|comes|coming)\\s+under(?:\\s+(?:heavy|sustained|intense|direct))?", "ASSAULT"),
            verbBefore("blow", "\\s+(?:himself|herself|themselves)\\s+up\\b", "ASSAULT"),
            verbBefore("launch", OBJECT + ARMS + "\\b", "ASSAULT"),
            verbBefore("hit", OBJECT + TARGETS + "\\b|\\s+by" + OBJECT + ARMS + "\\b", "ASSAULT"),
            // "her clients fired her": whom one fires, with no weapon, one dismisses.
            verbBefore("fire", "(?!\\s+(?:him|her|them|me|us|you)\\b)", "ASSAULT"),
            verb("airstrike|bomb|bombard|shell|strike|attack|assault|raid|ambush|kill|shoot|massacre|storm|clash|target|fight|"
                    + "assassinate|abduct|kidnap|torture|invade|stab|behead|execute|wound|injure|abuse|rape|pound|pummel|detonate|retaliate",
                    "ASSAULT", null),
            nounAfter("strike", "\\b(?:air|drone|missile|rocket|artillery|precision|military|naval|retaliatory|pre-?emptive|targeted|"
                    + "deadly|suspected|(?-i:[A-Z][a-z]+(?:i|ian|ish|ese|an)|U\\.S\\.|US|UK)|(?:carr(?:y|ies|ied|ying)\\s+out|conduct(?:s|ed|ing)?)\\s+(?:a|an|the|its|their|this|that))", "ASSAULT"),
            nounAfter("fire", "\\b(?:artillery|tank|mortar|sniper|machine[- ]?gun|rocket|heavy|naval|small[- ]arms|anti-aircraft)", "ASSAULT"),
            noun("airstrike|airstrikes|air strike|air strikes|strikes|bombing|bombings|bombardment|shelling|attack|attacks|offensive|"
                    + "assault|raid|raids|ambush|clashes|fighting|battle|massacre|counteroffensive|counteroffensives|invasion|"
                    + "assassination|kidnapping|killing|killings|torture|cleansing", "ASSAULT", null),
            // Property destroyed is coerced, PLOVER's codebook says, not assaulted: "blew up the bridge", "razed homes".
            verbBefore("blow", "\\s+(?:[\\w'’-]+\\s+){0,3}?up\\b", "COERCE"),
            // "beat protesters", but not "Nigeria beat Ghana 2-1".
            verbBefore("beat", "(?!\\s+(?:[\\w'’.-]+\\s+){1,4}?\\d+\\s*[-–]\\s*\\d+)", "ASSAULT"),
            // "set fire to several vehicles", "set homes ablaze", "set the market on fire".
            verbBefore("set", "\\s+(?:fire\\s+to|(?:[\\w'’-]+\\s+){1,3}?(?:ablaze|alight|on\\s+fire))\\b", "COERCE"),
            verb("demolish|destroy|raze|bulldoze|torch|loot|plunder|pillage|ransack", "COERCE", null),
            noun("looting|pillage|plunder", "COERCE", null),
            verb("capture|seize|besiege|occupy|arrest|detain|blockade|overrun|recapture|reclaim|retake|confiscate|deport|jail|"
                    + "imprison|censor|ban|impose|evict|force", "COERCE", null),
            noun("siege|capture|arrest|arrests|blockade|curfew|recapture|detention|crackdown|occupation", "COERCE", null),
            // "its forces had taken control of the Abu Salim district", "seized control of".
            verbBefore("take|gain|wrest|assume", "\\s+(?:full\\s+|complete\\s+|effective\\s+)?control\\s+(?:of|over)\\b", "COERCE"),
            verb("visit|host|negotiate|telephone|phone|discuss|consult|confer|mediate", "CONSULT", null),
            // "meeting little resistance", "met with fierce opposition": no meeting.
            verbBefore("meet", "(?!\\s+(?:with\\s+)?(?:little|no|some|stiff|fierce|heavy|strong|minimal|limited|any)?\\s*(?:resistance|opposition|criticism|fire)\\b)",
                    "CONSULT"),
            noun("talks|talk|visit|meeting|meetings|summit|negotiations|consultations|mediation", "CONSULT", null),
            verb("cooperate|coordinate|collaborate|extradite", "COOPERATE", null),
            noun("cooperation|collaboration|exercises|drills|war games", "COOPERATE", null),
            verb("praise|endorse|reaffirm|back|support|defend|applaud|welcome|commend|congratulate|thank|recognize|recognise|forgive|sign",
                    "SUPPORT", null),
            verb("supply|deliver|donate|airlift|provide|grant|fund|aid|assist", "AID", null),
            // "shipped weapons to Kyiv", but not "the group's first attack on shipping".
            verbBefore("ship", "\\s+(?:[\\w,-]+\\s+){0,3}?(?:aid|food|weapons|arms|supplies|fuel|grain|ammunition|missiles|equipment|tons|tonnes)\\b", "AID"),
            // "Hamas steals aid", "blocking aid": aid taken or stopped is none given; nor does "an aid distribution site" or
            // "an aid convoy" tell of aid given.
            nounNeither("aid|assistance|relief|donation|donations", "\\s+(?:distribution|convoys?|workers?|agenc(?:y|ies)|groups?|organi[sz]ations?|"
                            + "officials?|sites?|hubs?|trucks?|corridors?|routes?|chiefs?|community|sector|flights?|ships?|centres?|centers?|warehouses?)\\b",
                    "\\b(?:st(?:eal|eals|ealing|ole|olen)|divert\\w*|block\\w*|loot\\w*|seiz\\w*|obstruct\\w*|impede\\w*|imped\\w*|hamper\\w*|"
                            + "withh[oe]ld\\w*|restrict\\w*|den(?:y|ies|ied|ying)|halt\\w*|suspend\\w*|cut\\w*|on)"
                            + "(?:\\s+(?:the|all|some|its|their|humanitarian|food|[\\w-]+))?", "AID"));

    /** How far before or after its word a cue is read, within the sentence. */
    private static final int CUE_REACH = 100;

    /** Whether the words around the token, within its sentence, are the ones this trigger needs (if any). */
    private boolean cuedBy(Token token, String text, Sentence sentence) {
        return (followedBy == null || followedBy.matcher(text.substring(token.end(), Math.min(sentence.end(), token.end() + CUE_REACH))).find())
                && (precededBy == null || precededBy.matcher(text.substring(Math.max(sentence.start(), token.start() - CUE_REACH), token.start())).find());
    }

    /** The trigger a token of the sentence names, if any. */
    static Trigger find(Token token, String text, Sentence sentence) {
        boolean isVerb = token.pos().startsWith("VB");
        boolean isNoun = token.pos().startsWith("NN");
        String w = token.word().toLowerCase(Locale.ROOT);
        String l = token.lemma().toLowerCase(Locale.ROOT);
        for (Trigger t : TABLE) {
            boolean named = !t.nominal && isVerb && t.pattern.matcher(l).matches()
                    || t.nominal && isNoun && (t.pattern.matcher(w).matches() || t.pattern.matcher(l).matches());
            if (named && t.cuedBy(token, text, sentence)) {
                return t;
            }
        }
        return null;
    }
}
