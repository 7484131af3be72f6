package org.sitrep.model;

/** A sentence; {@code paragraph} counts the blank-line or line-break separated blocks of the cleaned text. */
public record Sentence(int start, int end, int index, int paragraph) implements Span {
    public Sentence {
        Span.check(start, end);
    }
}
