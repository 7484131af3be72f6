package org.sitrep.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Corpus;
import org.sitrep.model.DateWindow;
import org.sitrep.model.Document;
import org.sitrep.model.EventMention;
import org.sitrep.model.Layers;
import org.sitrep.model.LinkedEvent;
import org.sitrep.model.LinkedEvent.Sourced;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Story;
import org.sitrep.model.Claim;
import org.sitrep.model.Evidence;
import org.sitrep.resolve.TimeNormalizer;

/**
 * Merges mentions of one real-world event across the articles of a story: same type and status,
 * dates that overlap, no towns far apart, and either actors from a shared country with places in the same country, or,
 * when one side names no actor, the same named place; a toll only with a toll. Each event's date
 * comes from its own sentence's time expression read against its article's date window; without
 * one, the week before publication. A toll's date is its article's: the day the count stood.
 */
final class EventLinker {
    private static final int REPORTING_LAG_DAYS = 7;

    private record Occurrence(Document document, EventMention event, DateWindow date) {}

    Corpus link(List<List<Document>> stories, Map<String, String> originalOf, List<List<Integer>> follows) {
        List<Document> documents = new ArrayList<>();
        List<LinkedEvent> events = new ArrayList<>();
        List<Story> storyList = new ArrayList<>();
        List<String> storyIds = stories.stream()
                .map(story -> "st-" + hash(story.stream().map(Document::id).sorted().collect(Collectors.joining(","))))
                .toList();
        for (int k = 0; k < stories.size(); k++) {
            List<Document> story = stories.get(k);
            documents.addAll(story);
            String storyId = storyIds.get(k);
            List<Occurrence> occurrences = new ArrayList<>();
            for (Document d : story) {
                for (EventMention e : d.layer(Layers.EVENTS)) {
                    occurrences.add(new Occurrence(d, e, dateOf(e, d.published().window())));
                }
            }
            List<LinkedEvent> linked = new ArrayList<>();
            for (List<Occurrence> group : cluster(occurrences, originalOf)) {
                linked.add(merge(group, storyId));
            }
            linked.sort(Comparator.comparing((LinkedEvent e) -> e.date().earliest()).thenComparing(LinkedEvent::id));
            events.addAll(linked);
            DateWindow span = story.stream().map(d -> d.published().window()).reduce(EventLinker::hull).orElseThrow();
            storyList.add(new Story(storyId, title(story), story.stream().map(Document::id).sorted().toList(),
                    linked.stream().map(LinkedEvent::id).toList(), span, follows.get(k).stream().map(storyIds::get).toList()));
        }
        storyList.sort(Comparator.comparing((Story s) -> s.span().earliest()).thenComparing(Story::id));
        return new Corpus(documents, events, storyList, originalOf);
    }

    static DateWindow dateOf(EventMention e, DateWindow article) {
        if (e.toll()) {
            // A toll stands as of the day it was reported.
            return article;
        }
        DateWindow fromText = e.time() == null ? null : TimeNormalizer.normalize(e.time(), article);
        return fromText != null ? fromText : new DateWindow(article.earliest().minusDays(REPORTING_LAG_DAYS), article.latest());
    }

    /**
     * Occurrences joined by matching pairs from two articles, as long as all of a group's dates
     * overlap; ties break by position in the story, whose articles come in a fixed order.
     */
    private static List<List<Occurrence>> cluster(List<Occurrence> occurrences, Map<String, String> originalOf) {
        List<AverageLink.Edge> edges = new ArrayList<>();
        for (int i = 0; i < occurrences.size(); i++) {
            for (int j = i + 1; j < occurrences.size(); j++) {
                Occurrence x = occurrences.get(i);
                Occurrence o = occurrences.get(j);
                if (x.document() != o.document() && (sameEvent(x, o) || sameSentenceOfCopies(x, o, originalOf))) {
                    edges.add(new AverageLink.Edge(i, j, 1));
                }
            }
        }
        int[] clusterOf = AverageLink.cluster(occurrences.size(), edges, Double.MIN_VALUE, sharedDate(occurrences));
        Map<Integer, List<Occurrence>> groups = new LinkedHashMap<>();
        for (int i = 0; i < occurrences.size(); i++) {
            groups.computeIfAbsent(clusterOf[i], c -> new ArrayList<>()).add(occurrences.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    /**
     * One event happened within one window: a cluster's dates must all overlap, so that an undated
     * report cannot chain Sunday's shelling to Monday's air strike by matching each.
     */
    private static AverageLink.Guard<DateWindow> sharedDate(List<Occurrence> occurrences) {
        return new AverageLink.Guard<>() {
            public DateWindow of(int item) {
                return occurrences.get(item).date();
            }

            public DateWindow merge(DateWindow a, DateWindow b) {
                return a.intersect(b);
            }

            public boolean compatible(DateWindow a, DateWindow b) {
                return a.overlaps(b);
            }
        };
    }

    private static boolean sameEvent(Occurrence a, Occurrence b) {
        EventMention x = a.event();
        EventMention y = b.event();
        if (!x.sameKind(y) || !a.date().overlaps(b.date()) || EventMention.placedApart(x, y) || EventMention.opposed(x, y)) {
            return false;
        }
        Set<String> cx = codes(x.actors());
        Set<String> cy = codes(y.actors());
        if (cx.isEmpty() || cy.isEmpty()) {
            // Without actors on one side, only the same named place (not just the same country) ties them.
            return x.place() != null && y.place() != null && !x.place().place().isCountry()
                    && x.place().place().equals(y.place().place());
        }
        if (cx.stream().noneMatch(cy::contains)) {
            return false;
        }
        return x.place() == null || y.place() == null
                || java.util.Objects.equals(x.place().place().countryCode(), y.place().place().countryCode());
    }

    /** An article and its copy report the same events in the same sentences, whatever was resolved in them. */
    private static boolean sameSentenceOfCopies(Occurrence a, Occurrence b, Map<String, String> originalOf) {
        String originalA = originalOf.getOrDefault(a.document().id(), a.document().id());
        String originalB = originalOf.getOrDefault(b.document().id(), b.document().id());
        return originalA.equals(originalB) && a.event().sameKind(b.event()) && sentence(a).equals(sentence(b));
    }

    private static String sentence(Occurrence o) {
        return o.document().text().substring(o.event().start(), o.event().end());
    }

    private static Set<String> codes(List<ActorMention> actors) {
        return actors.stream().filter(a -> a.actor().code() != null).map(a -> a.actor().code()).collect(Collectors.toSet());
    }

    private static LinkedEvent merge(List<Occurrence> group, String storyId) {
        Occurrence lead = group.get(0);
        EventMention e = lead.event();
        Map<String, ActorMention> actors = new LinkedHashMap<>();
        Map<String, ActorMention> recipients = new LinkedHashMap<>();
        List<Sourced<Claim>> claims = new ArrayList<>();
        List<Sourced<Evidence>> mentions = new ArrayList<>();
        PlaceMention place = null;
        DateWindow date = null;
        DateWindow hull = null;
        for (Occurrence o : group) {
            o.event().actors().forEach(a -> actors.putIfAbsent(a.actor().name(), a));
            o.event().recipients().forEach(a -> recipients.putIfAbsent(a.actor().name(), a));
            String article = o.document().id();
            o.event().claims().forEach(c -> claims.add(new Sourced<>(article, c)));
            o.event().mentions().forEach(m -> mentions.add(new Sourced<>(article, m)));
            place = PlaceMention.moreSpecific(place, o.event().place());
            DateWindow narrowed = date == null ? o.date() : date.intersect(o.date());
            date = narrowed != null ? narrowed : date;
            hull = hull == null ? o.date() : hull(hull, o.date());
        }
        recipients.keySet().removeAll(actors.keySet());
        return new LinkedEvent("ev-" + hash(lead.document().id() + ":" + e.triggerStart() + ":" + e.type()), e.type(), e.mode(),
                e.status().label(), e.toll(), mostSpecific(actors.values()), mostSpecific(recipients.values()),
                place == null ? null : place.place(), place == null ? null : place.text(), date != null ? date : hull,
                claims, mentions, storyId);
    }

    /**
     * One side named at several levels across mentions ("Iran", "Iranians", "Iranian troops", "the Quds
     * Force"): the bare state and its people give way to the named or sectoral actors of that country.
     */
    static List<ActorMention> mostSpecific(Collection<ActorMention> side) {
        Set<String> specific = side.stream().filter(a -> a.actor().code() != null && !bareCountry(a))
                .map(a -> a.actor().code()).collect(Collectors.toSet());
        return side.stream().filter(a -> !bareCountry(a) || !specific.contains(a.actor().code())).toList();
    }

    /** A state, or a country's people or an unknown group known only by its country ("Iranians"). */
    private static boolean bareCountry(ActorMention a) {
        Actor actor = a.actor();
        return actor.kind() == Actor.Kind.STATE
                || actor.kind() == Actor.Kind.GROUP && actor.code() != null && actor.sector() == null && actor.wikidata() == null;
    }

    private static DateWindow hull(DateWindow a, DateWindow b) {
        return new DateWindow(a.earliest().isBefore(b.earliest()) ? a.earliest() : b.earliest(),
                a.latest().isAfter(b.latest()) ? a.latest() : b.latest());
    }

    private static String title(List<Document> story) {
        return story.stream().filter(d -> d.title() != null).map(Document::title).findFirst()
                .orElseGet(() -> firstWords(story.get(0).text(), 12));
    }

    private static String firstWords(String text, int words) {
        String[] parts = text.strip().split("\\s+");
        return parts.length <= words ? text.strip() : String.join(" ", List.of(parts).subList(0, words)) + " …";
    }

    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
