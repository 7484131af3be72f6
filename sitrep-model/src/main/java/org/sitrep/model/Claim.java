package org.sitrep.model;

/**
 * One thing an article says about an event: a figure ("at least 300" fighters), or a denial.
 * Offsets are in the article's cleaned text; {@code source} is who the text attributes it to
 * (null when the article states it in its own voice).
 */
public record Claim(String kind, Long value, Long low, Long high, String words, int start, int end,
                    ActorMention source, Stance stance) implements Span {
    public Claim {
        Span.check(start, end);
    }
}
