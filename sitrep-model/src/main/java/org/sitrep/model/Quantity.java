package org.sitrep.model;

/**
 * A counted thing: "at least 300 fighters" has kind "size", low 300 and no high bound; "hundreds"
 * has no value but low 100. {@code value} is the best single figure when the text gives one.
 */
public record Quantity(int start, int end, String words, String kind, Long value, Long low, Long high)
        implements Span {
    /** The kind's suffix for a part of a figure just given: "dead-among" for the children among the dead. */
    public static final String PART = "-among";

    public Quantity {
        Span.check(start, end);
    }
}
