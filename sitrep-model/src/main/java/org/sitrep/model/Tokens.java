package org.sitrep.model;

import java.util.List;

/** Finding a position among a document's or a sentence's tokens, which are in text order. */
public final class Tokens {
    private Tokens() {}

    /** The index of the first token that ends after {@code offset}: the token at or after it. */
    public static int firstEndingAfter(int offset, List<Token> tokens) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The sentence number of the token at or after {@code offset} (past the last token: none, as {@link Integer#MAX_VALUE}). */
    public static int sentenceAt(int offset, List<Token> tokens) {
        int i = firstEndingAfter(offset, tokens);
        return i < tokens.size() ? tokens.get(i).sentence() : Integer.MAX_VALUE;
    }
}
