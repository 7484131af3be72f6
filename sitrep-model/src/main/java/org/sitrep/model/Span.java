package org.sitrep.model;

/** Anything that covers a half-open character range [start, end) of a document's cleaned text. */
public interface Span {
    int start();

    int end();

    default boolean contains(Span other) {
        return start() <= other.start() && other.end() <= end();
    }

    default boolean overlaps(Span other) {
        return start() < other.end() && other.start() < end();
    }

    static void check(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
