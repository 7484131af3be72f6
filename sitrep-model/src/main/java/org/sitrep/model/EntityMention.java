package org.sitrep.model;

/** A named-entity mention as the recogniser found it: PERSON, ORGANIZATION, LOCATION, NATIONALITY, … */
public record EntityMention(int start, int end, String text, String type) implements Span {
    public EntityMention {
        Span.check(start, end);
    }
}
