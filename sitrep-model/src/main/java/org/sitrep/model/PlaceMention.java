package org.sitrep.model;

/** A toponym in the text resolved to a gazetteer entry. */
public record PlaceMention(int start, int end, String text, Place place) implements Span {
    public PlaceMention {
        Span.check(start, end);
    }
}
