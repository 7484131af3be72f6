package org.sitrep.resolve;

import java.util.regex.Pattern;
import org.sitrep.model.Span;

/** Where people fled to ("fled into Ethiopia", "sought refuge in Tawila"): a place of refuge, not where the news happened. */
public final class Refuge {
    private static final Pattern FLED_TO = Pattern.compile("(?i)\\b(?:fled|flee|flees|fleeing|escaped|escaping|sought\\s+refuge)\\s+"
            + "(?:[\\w-]+\\s+){0,4}?(?:into|to|towards|in)\\s+(?:neighbouring\\s+|neighboring\\s+)?$");
    private static final int REACH = 80;

    private Refuge() {}

    /** Whether the text names the place as where someone fled to. */
    public static boolean fledTo(String text, Span place) {
        return FLED_TO.matcher(text.substring(Math.max(0, place.start() - REACH), place.start())).find();
    }
}
