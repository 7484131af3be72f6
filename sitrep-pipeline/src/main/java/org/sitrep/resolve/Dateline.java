package org.sitrep.resolve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;

/**
 * A wire's dateline: the place it was filed from, in capitals or with the agency in brackets,
 * perhaps a country and a date, then a dash ("GOMA, Congo, 23 January 2025 —", "BEIRUT (AP) —",
 * "Kinshasa, Jan. 24 (Reuters) -"). Where a report was filed from is neither a side nor a setting
 * of what it tells; an article without one has an empty dateline at its start.
 */
public record Dateline(int start, int end) implements Span {
    private static final Pattern DATELINE = Pattern.compile("\\s*(?:\\p{Lu}[\\p{Lu}.'’ -]{2,40}|\\p{Lu}[\\p{L}.'’ -]{1,40}(?=[^—–]{0,80}\\())"
            + "(?:,\\s*[^,—–()]{1,40}){0,3}\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:—|–|--|-)\\s");
    /** How many sentences open an article before its report: a headline and a date may come before the dateline. */
    private static final int OPENING_SENTENCES = 3;

    public Dateline {
        Span.check(start, end);
    }

    /** The dateline that opens one of the article's first sentences. */
    public static Dateline of(String text, List<Sentence> sentences) {
        for (Sentence s : sentences.subList(0, Math.min(OPENING_SENTENCES, sentences.size()))) {
            Matcher m = DATELINE.matcher(text).region(s.start(), s.end());
            if (m.lookingAt()) {
                return new Dateline(s.start(), m.end());
            }
        }
        return new Dateline(0, 0);
    }
}
