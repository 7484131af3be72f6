package org.sitrep.link;

import java.util.List;
import org.sitrep.model.Corpus;
import org.sitrep.model.Document;

/** Corpus-level linking: analysed articles in, events and stories out. */
public final class Linker {
    private final StoryBuilder stories = new StoryBuilder();
    private final CorpusDater dater = new CorpusDater();
    private final EventLinker events = new EventLinker();

    public Corpus link(List<Document> documents) {
        List<List<Document>> groups = stories.group(documents);
        List<List<Document>> dated = groups.stream().map(dater::refine).toList();
        return events.link(dated);
    }
}
