package org.sitrep.link;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Corpus;
import org.sitrep.model.Document;

/** Corpus-level linking: analysed articles in, events and stories out. */
public final class Linker {
    /** A story's articles in the order they were published, as far as their windows tell. */
    private static final Comparator<Document> FIRST_REPORTED = Comparator
            .comparing((Document d) -> d.published().window().earliest())
            .thenComparing(d -> d.published().window().latest())
            .thenComparing(Document::id);

    private final StoryBuilder stories = new StoryBuilder();
    private final CorpusDater dater = new CorpusDater();
    private final EventLinker events = new EventLinker();

    public Corpus link(List<Document> documents) {
        Map<String, Document> byId = new HashMap<>();
        documents.forEach(d -> byId.put(d.id(), d));
        StoryBuilder.Grouping grouping = stories.group(documents.stream().map(LinkProfile::of).toList());
        List<List<Document>> dated = grouping.stories().stream()
                .map(story -> dater.refine(story.stream().map(p -> byId.get(p.id())).sorted(FIRST_REPORTED).toList()))
                .toList();
        return events.link(dated, grouping.originalOf());
    }
}
