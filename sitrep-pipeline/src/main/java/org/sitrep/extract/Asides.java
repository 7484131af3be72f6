package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;

/**
 * The asides of a sentence, between a pair of dashes or in parentheses ("the nephew of a general
 * - himself shot in Basra in 2006 - and …"): what happens in one is told apart
 * from the sentence around it, so its time, place and sides are its own.
 */
final class Asides {
    private static final Pattern ASIDE = Pattern.compile("\\s[-–—]\\s[^-–—()]+?\\s[-–—]\\s|\\([^()]+\\)");

    private final List<int[]> spans;

    private Asides(List<int[]> spans) {
        this.spans = spans;
    }

    static Asides of(String text, Sentence s) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = ASIDE.matcher(text.substring(s.start(), s.end()));
        while (m.find()) {
            spans.add(new int[] {s.start() + m.start(), s.start() + m.end()});
        }
        return new Asides(spans);
    }

    /** The aside a span lies in, by its position in the sentence, or -1 outside them all. */
    int of(Span span) {
        for (int k = 0; k < spans.size(); k++) {
            if (spans.get(k)[0] <= span.start() && span.end() <= spans.get(k)[1]) {
                return k;
            }
        }
        return -1;
    }

    /** Whether two spans are both outside the asides or in the same one. */
    boolean together(Span a, Span b) {
        return of(a) == of(b);
    }
}
