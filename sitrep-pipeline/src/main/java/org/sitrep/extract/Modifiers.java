package org.sitrep.extract;

import java.util.regex.Pattern;
import org.sitrep.model.Span;

/** Tells an actor that only modifies a noun ("Iraq's militias", "Britain-based monitor", "Iran-backed") from a head. */
final class Modifiers {
    private static final Pattern MODIFIER_SUFFIX = Pattern.compile("^(['’]s\\b|-(based|backed|led|allied|aligned|sponsored|funded|supported|trained|armed|equipped)\\b)");

    /** "the Damascus government", "the Tehran regime": a capital standing for a government, not a place. */
    private static final Pattern GOVERNMENT_AFTER = Pattern.compile("^\\s+(government|regime|administration|authorities)\\b");

    /** "the Gaza conflict", "the Syria talks": a place that names a conflict or an affair, not where an event happens. */
    private static final Pattern AFFAIR_AFTER = Pattern.compile("^\\s+(conflict|war|crisis|talks|file|question|deal|accord|peace process)\\b");

    private static final Pattern POSSESSIVE = Pattern.compile("^['’]s\\b");

    private Modifiers() {}

    /** "Israel's", "Russia’s": a possessor, who owns the noun after it. */
    static boolean possessive(String text, Span mention) {
        return followedBy(POSSESSIVE, text, mention);
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

    static boolean modifies(String text, Span mention) {
        return followedBy(MODIFIER_SUFFIX, text, mention);
    }
}
