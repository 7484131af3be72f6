package org.sitrep.model;

/** A span of text resolved to a canonical actor. */
public record ActorMention(int start, int end, String text, Actor actor) implements Span {
    public ActorMention {
        Span.check(start, end);
    }
}
