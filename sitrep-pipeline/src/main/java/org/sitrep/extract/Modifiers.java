package org.sitrep.extract;

import java.util.regex.Pattern;
import org.sitrep.model.Span;

/**
 * What the words right around a mention say of it: an actor that only modifies a noun ("Iraq's
 * militias", "Britain-based monitor", "Iran-backed") rather than heads one, a possessor, a place after a locative.
 */
final class Modifiers {
    private static final Pattern MODIFIER_SUFFIX = Pattern.compile("^(['’]s\\b|-(based|backed|led|allied|aligned|linked|affiliated|inspired|sponsored|funded|supported|trained|armed|equipped)\\b)");

    /** "the Damascus government", "the Tehran regime": a capital standing for a government, not a place. */
    private static final Pattern GOVERNMENT_AFTER = Pattern.compile("^\\s+(government|regime|administration|authorities)\\b");

    /** "the Gaza conflict", "the Syria talks": a place that names a conflict or an affair, not where an event happens. */
    private static final Pattern AFFAIR_AFTER = Pattern.compile("^\\s+(conflict|war|crisis|talks|file|question|deal|accord|peace process)\\b");

    private static final Pattern POSSESSIVE = Pattern.compile("^['’]s\\b");
    /** "El Obeid's outskirts", "Gaza's northern districts": a part of the place, so still where. */
    private static final Pattern PART_OF_PLACE = Pattern.compile("^['’]s\\s+(?:(?:northern|southern|eastern|western|central|old|outer)\\s+)?"
            + "(?:outskirts|suburbs?|cent(?:re|er)|districts?|neighbou?rhoods?|streets|quarters?|countryside|city cent(?:re|er)|old city|"
            + "north|south|east|west|airport|port|main market)\\b");
    /** A preposition that makes the name after it a place, whatever else it names ("the war in Syria"). */
    static final Pattern LOCATIVE_BEFORE = Pattern.compile("\\b(?:in|near|at|inside|across|outside)\\s+(?:the\\s+)?$");
    /** "in northern Iraq's Gara region": a preposition of place, perhaps with a compass word, before a possessive place. */
    private static final Pattern COMPASS_LOCATIVE_BEFORE = Pattern.compile(
            "\\b(?:in|near|at|inside|across|outside)\\s+(?:the\\s+)?(?:far\\s+)?(?:north|south|east|west|central)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?\\s+$");

    private Modifiers() {}

    /** Whether a locative preposition comes right before the mention ("in Syria", "near the Golan"). */
    static boolean afterLocative(String text, Span mention) {
        return LOCATIVE_BEFORE.matcher(text.substring(Math.max(0, mention.start() - 12), mention.start())).find();
    }

    /** After a preposition of place that may carry a compass word ("in northern Iraq's …"). */
    static boolean afterCompassLocative(String text, Span mention) {
        return afterLocative(text, mention)
                || COMPASS_LOCATIVE_BEFORE.matcher(text.substring(Math.max(0, mention.start() - 30), mention.start())).find();
    }

    /** "Israel's", "Russia’s": a possessor, who owns the noun after it. */
    static boolean possessive(String text, Span mention) {
        return followedBy(POSSESSIVE, text, mention);
    }

    /** "El Obeid's outskirts": a possessive naming a part of the place. */
    static boolean partOfPlace(String text, Span mention) {
        return PART_OF_PLACE.matcher(text.substring(mention.end(), Math.min(text.length(), mention.end() + 40))).find();
    }

    static boolean namesAnAffair(String text, Span mention) {
        return followedBy(AFFAIR_AFTER, text, mention);
    }

    static boolean namesGovernment(String text, Span mention) {
        return followedBy(GOVERNMENT_AFTER, text, mention);
    }

    /** Whether the words right after the mention start with what the anchored pattern reads. */
    private static boolean followedBy(Pattern next, String text, Span mention) {
        int end = mention.end();
        return next.matcher(text.substring(end, Math.min(text.length(), end + 20))).find();
    }

    /** "Israel-backed", "Lebanon's", "pro-Taliban", "anti-Houthi": a side's name that qualifies another word. */
    static boolean modifies(String text, Span mention) {
        return followedBy(MODIFIER_SUFFIX, text, mention) || MODIFIER_PREFIX.matcher(text.substring(Math.max(0, mention.start() - 5), mention.start())).find();
    }

    private static final Pattern MODIFIER_PREFIX = Pattern.compile("(?i)\\b(?:pro|anti)-$");
}
