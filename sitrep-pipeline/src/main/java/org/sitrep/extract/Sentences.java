package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;

/** Span look-ups within a sentence, shared by the extract stages. */
final class Sentences {
    private Sentences() {}

    static <T extends Span> List<T> inside(List<T> spans, Span sentence) {
        return spans.stream().filter(sentence::contains).toList();
    }

    static Sentence of(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.start() <= offset && offset < s.end()) {
                return s;
            }
        }
        return sentences.isEmpty() ? null : sentences.get(sentences.size() - 1);
    }
}
