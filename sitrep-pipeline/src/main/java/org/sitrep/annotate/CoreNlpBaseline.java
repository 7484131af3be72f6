package org.sitrep.annotate;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.model.EntityMention;

/**
 * CoreNLP's plain, default English named-entity recogniser (all its CRF models, rules and
 * fine-grained classes), as a reference that evaluations score side by side with Sitrep. Not part
 * of the pipeline: it is slower and its classes are not the ones later stages use.
 */
public final class CoreNlpBaseline {
    private final StanfordCoreNLP nlp;

    public CoreNlpBaseline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        nlp = new StanfordCoreNLP(props);
    }

    /** Entity mentions with CoreNLP's own classes (PERSON, ORGANIZATION, COUNTRY, NATIONALITY, …). */
    public List<EntityMention> entities(String text) {
        CoreDocument document = new CoreDocument(text);
        nlp.annotate(document);
        List<EntityMention> out = new ArrayList<>();
        for (CoreEntityMention m : document.entityMentions()) {
            out.add(new EntityMention(m.charOffsets().first(), m.charOffsets().second(), m.text(), m.entityType()));
        }
        return out;
    }
}
