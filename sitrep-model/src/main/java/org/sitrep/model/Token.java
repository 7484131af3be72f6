package org.sitrep.model;

/** A token with its part of speech (Penn tags), lemma and named-entity tag ("O" when none). */
public record Token(int start, int end, String word, String lemma, String pos, String ner, int sentence)
        implements Span {
    public Token {
        Span.check(start, end);
    }
}
