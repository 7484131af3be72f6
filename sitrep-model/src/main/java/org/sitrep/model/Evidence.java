package org.sitrep.model;

/** A stretch of text that supports a conclusion, with what it was taken to mean. */
public record Evidence(String text, int start, int end, String reading) implements Span {
    public Evidence {
        Span.check(start, end);
    }
}
