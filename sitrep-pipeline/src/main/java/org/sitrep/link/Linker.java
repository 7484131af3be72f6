package org.sitrep.link;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.LinkProfile;
import org.sitrep.model.Corpus;
import org.sitrep.model.Document;

/** Corpus-level linking: analysed articles in, events and stories out. */
public final class Linker {
    /** A story's articles in the order they were published, as far as their windows tell. */
    private static final Comparator<Document> FIRST_REPORTED = Comparator
            .comparing((Document d) -> d.published().window().earliest())
            .thenComparing(d -> d.published().window().latest())
            .thenComparing(Document::id);

    private final StoryBuilder stories;
    private final CorpusDater dater = new CorpusDater();
    private final EventLinker events = new EventLinker();

    public Linker() {
        this(false);
    }

    private Linker(boolean exhaustive) {
        stories = new StoryBuilder(exhaustive);
    }

    /** A linker that compares every pair of articles for stories: quadratic, the reference blocking is checked against. */
    public static Linker exhaustive() {
        return new Linker(true);
    }

    public Corpus link(List<Document> documents) {
        return link(documents, documents.stream().map(Profiles::of).toList());
    }

    /** Links articles whose profiles were made beforehand, one per article. */
    public Corpus link(List<Document> documents, List<LinkProfile> profiles) {
        Map<String, Document> byId = new HashMap<>();
        documents.forEach(d -> byId.put(d.id(), d));
        Map<String, LinkProfile> profileOf = new HashMap<>();
        profiles.forEach(p -> profileOf.put(p.id(), p));
        StoryBuilder.Grouping grouping = stories.group(profiles);
        List<List<Document>> dated = grouping.stories().stream()
                .map(story -> dater.refine(story.stream().map(p -> byId.get(p.id())).sorted(FIRST_REPORTED).toList(), profileOf))
                .toList();
        return events.link(dated, grouping.originalOf(), grouping.follows());
    }
}
