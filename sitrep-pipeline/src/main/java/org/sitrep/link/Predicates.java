package org.sitrep.link;

import edu.stanford.nlp.process.Morphology;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Token;
import org.sitrep.resolve.ReferenceData;

/**
 * The predicate an event trigger names, as a verb lemma, so that reports wording one act
 * differently ("killed", "the killing", "shooting", "shot") can be matched: gerunds and
 * nominalisations map to their verb (a bundled table of event nouns), other words keep their lemma.
 */
public final class Predicates {
    private static final Map<String, String> NOMINALISATIONS = load();

    private Predicates() {}

    public static String of(Token head) {
        String lemma = head.lemma().toLowerCase(Locale.ROOT);
        if (head.pos().startsWith("NN")) {
            String verb = NOMINALISATIONS.get(lemma);
            if (verb != null) {
                return verb;
            }
            if (lemma.endsWith("ing") && lemma.length() > 5) {
                return Morphology.lemmaStatic(lemma, "VBG").toLowerCase(Locale.ROOT);
            }
        }
        return lemma;
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        for (String[] row : ReferenceData.table("/org/sitrep/link/nominalizations.tsv")) {
            map.put(row[0].strip(), row[1].strip());
        }
        return map;
    }
}
