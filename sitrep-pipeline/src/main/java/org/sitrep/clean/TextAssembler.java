package org.sitrep.clean;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Removal;

/**
 * Builds cleaned text one paragraph at a time, one paragraph per line, remembering where each
 * paragraph came from in the original so that offsets map back.
 */
final class TextAssembler {
    private final StringBuilder text = new StringBuilder();
    private final List<OffsetMap.Piece> pieces = new ArrayList<>();
    private final List<Removal> removed = new ArrayList<>();

    void keep(String paragraph, int originalStart) {
        if (!text.isEmpty()) {
            text.append('\n');
        }
        pieces.add(new OffsetMap.Piece(text.length(), originalStart));
        // No-break and figure spaces become plain spaces, one character for one, so offsets still map.
        text.append(paragraph.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' '));
    }

    void remove(String what, int originalStart, String reason) {
        removed.add(new Removal(originalStart, originalStart + what.length(), what, reason));
    }

    String text() {
        return text.toString();
    }

    OffsetMap offsets() {
        return pieces.isEmpty() ? OffsetMap.identity() : new OffsetMap(pieces);
    }

    List<Removal> removed() {
        return List.copyOf(removed);
    }
}
