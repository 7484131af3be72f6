package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A word that names an event, by lemma or by phrase, with its PLOVER type and mode. Kept as a
 * table so that adding a trigger never touches the extraction code.
 */
record Trigger(Pattern pattern, String type, String mode, boolean nominal) {
    private static Trigger verb(String lemmas, String type, String mode) {
        return new Trigger(Pattern.compile("(?i)^(" + lemmas + ")$"), type, mode, false);
    }

    private static Trigger noun(String words, String type, String mode) {
        return new Trigger(Pattern.compile("(?i)^(" + words + ")$"), type, mode, true);
    }

    /** Matched against a token's lemma (verbs) or word (nouns), first match wins. */
    static final List<Trigger> TABLE = List.of(
            verb("enter|cross|deploy|dispatch|mobilize|mobilise|mass|amass|reinforce|pour|arrive|redeploy|station", "MOBILIZE", null),
            noun("influx|deployment|deployments|build-up|buildup|reinforcements|arrival|mobilization|mobilisation|troop surge", "MOBILIZE", null),
            verb("airstrike|bomb|bombard|shell|strike|attack|assault|raid|ambush|kill|fire|shoot|massacre|storm|clash|target", "ASSAULT", null),
            noun("airstrike|airstrikes|air strike|air strikes|strikes|bombing|bombings|bombardment|shelling|attack|attacks|offensive|assault|raid|raids|ambush|clashes|fighting|battle|massacre|counteroffensive|counteroffensives", "ASSAULT", null),
            verb("capture|seize|besiege|occupy|arrest|detain|blockade|overrun|recapture|reclaim|retake", "COERCE", null),
            noun("siege|capture|arrests|blockade|curfew|recapture", "COERCE", null),
            verb("withdraw|retreat|evacuate|disarm|demobilize", "RETREAT", null),
            noun("withdrawal|retreat|ceasefire|cease-fire|truce|armistice", "RETREAT", "ceasefire"),
            verb("visit|meet|host|negotiate|telephone|phone", "CONSULT", null),
            noun("talks|visit|meeting|summit|negotiations", "CONSULT", null),
            verb("accuse|blame|criticize|criticise|condemn|denounce|allege", "ACCUSE", null),
            verb("threaten|warn", "THREATEN", null),
            verb("urge|demand|appeal|request", "REQUEST", null),
            verb("protest|demonstrate|rally|march", "PROTEST", null),
            noun("protest|protests|demonstration|demonstrations|rally|rallies", "PROTEST", null),
            verb("sanction|expel|embargo|suspend", "SANCTION", null),
            noun("sanctions|embargo", "SANCTION", null),
            verb("agree|sign|accept", "AGREE", null),
            noun("agreement|deal|accord", "AGREE", null),
            verb("cooperate|coordinate", "COOPERATE", null),
            verb("praise|endorse|pledge|reaffirm|back|support|defend", "SUPPORT", null),
            verb("supply|deliver|donate|airlift|ship", "AID", null),
            noun("aid|assistance", "AID", null),
            verb("release|concede|apologize|apologise|resign|free", "CONCEDE", null),
            verb("reject|refuse|veto|boycott", "REJECT", null));

    static Trigger find(String word, String lemma, String pos) {
        boolean isVerb = pos.startsWith("VB");
        boolean isNoun = pos.startsWith("NN");
        String w = word.toLowerCase(Locale.ROOT);
        String l = lemma.toLowerCase(Locale.ROOT);
        for (Trigger t : TABLE) {
            if (!t.nominal && isVerb && t.pattern.matcher(l).matches()) {
                return t;
            }
            if (t.nominal && isNoun && (t.pattern.matcher(w).matches() || t.pattern.matcher(l).matches())) {
                return t;
            }
        }
        return null;
    }
}
