package org.sitrep.model;

/**
 * A temporal expression with its TIMEX3 type (DATE, TIME, DURATION, SET) and the value the tagger
 * gave it without knowing the article's date (e.g. "XXXX-09-30", "P5Y", "PAST_REF").
 */
public record TimeExpression(int start, int end, String text, String type, String value) implements Span {
    public TimeExpression {
        Span.check(start, end);
    }
}
