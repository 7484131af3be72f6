package org.sitrep.extract;

import java.util.regex.Pattern;
import org.sitrep.model.Span;

/** Tells an actor that only modifies a noun ("Iraq's militias", "Britain-based monitor", "Iran-backed") from a head. */
final class Modifiers {
    private static final Pattern MODIFIER_SUFFIX = Pattern.compile("^(['’]s\\b|-(based|backed|led|allied|aligned|sponsored|funded)\\b)");

    /** "the Damascus government", "the Tehran regime": a capital standing for a government, not a place. */
    private static final Pattern GOVERNMENT_AFTER = Pattern.compile("^\\s+(government|regime|administration|authorities)\\b");

    private Modifiers() {}

    static boolean namesGovernment(String text, Span mention) {
        int end = mention.end();
        return GOVERNMENT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 20))).find();
    }

    static boolean modifies(String text, Span mention) {
        int end = mention.end();
        return MODIFIER_SUFFIX.matcher(text.substring(end, Math.min(text.length(), end + 12))).find();
    }
}
