package org.sitrep.model;

/**
 * Who a stretch of text is attributed to ("according to X", "X said"), over the span it covers
 * (usually a sentence), with the source's stance toward what the span says.
 */
public record Attribution(int start, int end, String sourceText, Actor source, Stance stance, String cue)
        implements Span {
    public Attribution {
        Span.check(start, end);
    }
}
