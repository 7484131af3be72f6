package org.sitrep.model;

import java.util.Arrays;
import java.util.List;

/**
 * Maps offsets in the cleaned text back to offsets in the original input, as Lucene's
 * CharFilter.correctOffset does. The cleaned text is a concatenation of pieces; each piece
 * starts at a known offset in the original, and characters inside a piece map one to one.
 */
public final class OffsetMap {
    /** A piece of cleaned text starting at {@code cleanStart} that came from {@code originalStart}. */
    public record Piece(int cleanStart, int originalStart) {}

    private final int[] cleanStarts;
    private final int[] originalStarts;

    public OffsetMap(List<Piece> pieces) {
        this.cleanStarts = pieces.stream().mapToInt(Piece::cleanStart).toArray();
        this.originalStarts = pieces.stream().mapToInt(Piece::originalStart).toArray();
        for (int i = 1; i < cleanStarts.length; i++) {
            if (cleanStarts[i] < cleanStarts[i - 1]) {
                throw new IllegalArgumentException("pieces out of order at " + i);
            }
        }
    }

    public static OffsetMap identity() {
        return new OffsetMap(List.of(new Piece(0, 0)));
    }

    public int toOriginal(int cleanOffset) {
        if (cleanStarts.length == 0) {
            return cleanOffset;
        }
        int i = Arrays.binarySearch(cleanStarts, cleanOffset);
        if (i < 0) {
            i = Math.max(-i - 2, 0);
        }
        return originalStarts[i] + (cleanOffset - cleanStarts[i]);
    }

    /** Maps the end of a span: an end offset belongs to the piece that holds its last character. */
    public int endToOriginal(int cleanEnd) {
        return cleanEnd == 0 ? toOriginal(0) : toOriginal(cleanEnd - 1) + 1;
    }

    public List<Piece> pieces() {
        Piece[] out = new Piece[cleanStarts.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = new Piece(cleanStarts[i], originalStarts[i]);
        }
        return List.of(out);
    }
}
