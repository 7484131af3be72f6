package org.sitrep.pipeline;

import java.util.Set;
import org.sitrep.model.Document;
import org.sitrep.model.LayerKey;

/**
 * A per-article stage: a pure function of the document that adds layers. It holds no
 * per-document state and is safe to share across threads.
 */
public interface Stage {
    String name();

    Set<LayerKey<?>> requires();

    Set<LayerKey<?>> produces();

    Document apply(Document document);
}
