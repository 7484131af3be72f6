package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.LayerKey;
import org.sitrep.model.Layers;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Stage;

/**
 * Words that say which people a group belongs to: a country's demonym ("Iraqi", type NATIONALITY)
 * or an ethnic or religious community of {@code communities.tsv} ("Kurdish", "Yazidi", "Shia",
 * type COMMUNITY), written with a capital and not part of a person's name ("Christian Wulff").
 */
public final class IdentityFinder implements Stage {
    private final Set<String> demonyms = new HashSet<>();
    private final Set<String> communityWords = new HashSet<>();

    public IdentityFinder(Countries countries) {
        countries.demonyms().forEach(d -> demonyms.add(d.toLowerCase(Locale.ROOT)));
        for (String[] row : ReferenceData.table("communities.tsv")) {
            for (String word : row[2].split(";")) {
                communityWords.add(word.strip());
            }
        }
    }

    @Override
    public String name() {
        return "find-identities";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.ENTITIES);
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of(Layers.IDENTITIES);
    }

    @Override
    public Document apply(Document document) {
        // In an organisation's name the word still says whose it is ("Iraqi Security Forces"); in a person's it does not.
        List<EntityMention> names = document.layer(Layers.ENTITIES).stream().filter(e -> e.type().equals("PERSON")).toList();
        List<EntityMention> found = new ArrayList<>();
        for (Token t : document.layer(Layers.TOKENS)) {
            String word = t.word();
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))
                    || names.stream().anyMatch(p -> p.start() <= t.start() && t.end() <= p.end())) {
                continue;
            }
            if (demonyms.contains(word.toLowerCase(Locale.ROOT))) {
                found.add(new EntityMention(t.start(), t.end(), word, "NATIONALITY"));
            } else if (communityWords.contains(word)) {
                found.add(new EntityMention(t.start(), t.end(), word, "COMMUNITY"));
            }
        }
        return document.with(Layers.IDENTITIES, found);
    }
}
