package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Layers;
import org.sitrep.pipeline.StandardPipeline;

/** Nationality and community words in sentences of our own. */
class IdentityFinderTest {
    @Test
    void demonymsAndCommunitiesButNotNames() {
        String text = "Iraqi and Kurdish fighters freed Yazidi women near Sinjar, and Shiite militias moved north. "
                + "Christian Wulff, a former German president, visited the kurdish quarter.";
        Document d = StandardPipeline.build(List.of(), LocalDate.of(2026, 11, 22)).apply(Document.builder("t", text, text).build());
        Map<String, String> found = d.layer(Layers.IDENTITIES).stream()
                .collect(Collectors.toMap(EntityMention::text, EntityMention::type, (a, b) -> a));
        assertEquals(Map.of("Iraqi", "NATIONALITY", "Kurdish", "COMMUNITY", "Yazidi", "COMMUNITY", "Shiite", "COMMUNITY",
                "German", "NATIONALITY"), found, "a person's name and a word without its capital are not identities");
    }
}
