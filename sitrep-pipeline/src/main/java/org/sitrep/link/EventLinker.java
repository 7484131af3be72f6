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
import java.util.TreeMap;
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
 * An act that two stories both report (a roundup's "Separately, …") is one event when they place it
 * in the same town within days; it belongs to the first story and is listed by both.
 */
final class EventLinker {
    private static final int REPORTING_LAG_DAYS = 7;
    /** How precisely two stories must date an act to be taken for one: within days, not the week before publication. */
    static final int SAME_DAYS = 2;
    /** An article dated to within this many days leads its story's title before one dated more loosely. */
    private static final int DATED_DAYS = 3653;

    private record Occurrence(Document document, EventMention event, DateWindow date) {}

    /** Mentions of one event within one story, and that story's position. */
    private record Group(int story, List<Occurrence> occurrences, DateWindow date, PlaceMention place, Set<String> actors) {
        static Group of(int story, List<Occurrence> occurrences) {
            PlaceMention place = null;
            for (Occurrence o : occurrences) {
                place = PlaceMention.moreSpecific(place, o.event().place());
            }
            Set<String> actors = occurrences.stream().flatMap(o -> o.event().actors().stream()).map(a -> a.actor().name())
                    .collect(Collectors.toSet());
            return new Group(story, occurrences, dateOf(occurrences), place, actors);
        }

        EventMention lead() {
            return occurrences.get(0).event();
        }
    }

    Corpus link(List<List<Document>> stories, Map<String, String> originalOf, List<List<Integer>> follows) {
        List<Document> documents = new ArrayList<>();
        List<String> storyIds = stories.stream()
                .map(story -> "st-" + hash(story.stream().map(Document::id).sorted().collect(Collectors.joining(","))))
                .toList();
        List<Group> groups = new ArrayList<>();
        for (int k = 0; k < stories.size(); k++) {
            List<Document> story = stories.get(k);
            documents.addAll(story);
            List<Occurrence> occurrences = new ArrayList<>();
            for (Document d : story) {
                for (EventMention e : d.layer(Layers.EVENTS)) {
                    occurrences.add(new Occurrence(d, e, dateOf(e, d.published().window())));
                }
            }
            for (List<Occurrence> group : cluster(occurrences, originalOf)) {
                groups.add(Group.of(k, group));
            }
        }
        // Each event belongs to the story of its first group and is listed by every story that reports it.
        List<List<LinkedEvent>> leading = new ArrayList<>();
        List<List<LinkedEvent>> reported = new ArrayList<>();
        for (int k = 0; k < stories.size(); k++) {
            leading.add(new ArrayList<>());
            reported.add(new ArrayList<>());
        }
        for (List<Group> joined : acrossStories(groups)) {
            int lead = joined.get(0).story();
            LinkedEvent event = merge(joined.stream().flatMap(g -> g.occurrences().stream()).toList(), storyIds.get(lead));
            leading.get(lead).add(event);
            joined.stream().map(Group::story).distinct().forEach(k -> reported.get(k).add(event));
        }
        Comparator<LinkedEvent> byDate = Comparator.comparing((LinkedEvent e) -> e.date().earliest()).thenComparing(LinkedEvent::id);
        List<LinkedEvent> events = new ArrayList<>();
        List<Story> storyList = new ArrayList<>();
        for (int k = 0; k < stories.size(); k++) {
            List<Document> story = stories.get(k);
            leading.get(k).sort(byDate);
            events.addAll(leading.get(k));
            reported.get(k).sort(byDate);
            DateWindow span = story.stream().map(d -> d.published().window()).reduce(EventLinker::hull).orElseThrow();
            storyList.add(new Story(storyIds.get(k), title(story), story.stream().map(Document::id).sorted().toList(),
                    reported.get(k).stream().map(LinkedEvent::id).toList(), span, follows.get(k).stream().map(storyIds::get).toList()));
        }
        storyList.sort(Comparator.comparing((Story s) -> s.span().earliest()).thenComparing(Story::id));
        return new Corpus(documents, events, storyList, originalOf);
    }

    /**
     * An article may tell events of several stories ("Separately, the army said …"): groups of
     * different stories join when they report one act in the same town or site (not just the same
     * country) within {@link #SAME_DAYS} days that overlap, by a shared actor when both name one, and
     * neither's target acts in the other. Groups are compared only within a place, in date order.
     */
    private static List<List<Group>> acrossStories(List<Group> groups) {
        int n = groups.size();
        int[] parent = new int[n];
        DateWindow[] date = new DateWindow[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            date[i] = groups.get(i).date();
        }
        Map<Long, List<Integer>> byPlace = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            Group g = groups.get(i);
            if (g.place() != null && !g.place().place().isCountry() && g.place().place().geonameid() != null
                    && g.date().widthDays() <= SAME_DAYS) {
                byPlace.computeIfAbsent(g.place().place().geonameid(), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> bucket : byPlace.values()) {
            bucket.sort(Comparator.comparing((Integer i) -> groups.get(i).date().earliest()).thenComparing(i -> i));
            for (int x = 0; x < bucket.size(); x++) {
                Group a = groups.get(bucket.get(x));
                for (int y = x + 1; y < bucket.size() && !groups.get(bucket.get(y)).date().earliest().isAfter(a.date().latest()); y++) {
                    int ra = root(parent, bucket.get(x));
                    int rb = root(parent, bucket.get(y));
                    Group b = groups.get(bucket.get(y));
                    if (ra != rb && a.story() != b.story() && sameActAcross(a, b) && date[ra].overlaps(date[rb])) {
                        int keep = Math.min(ra, rb);
                        parent[Math.max(ra, rb)] = keep;
                        date[keep] = date[ra].intersect(date[rb]);
                    }
                }
            }
        }
        Map<Integer, List<Group>> joined = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            joined.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(groups.get(i));
        }
        return new ArrayList<>(joined.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    private static boolean sameActAcross(Group a, Group b) {
        if (!a.lead().sameKind(b.lead()) || !a.place().place().equals(b.place().place())) {
            return false;
        }
        if (!a.actors().isEmpty() && !b.actors().isEmpty() && a.actors().stream().noneMatch(b.actors()::contains)) {
            return false;
        }
        return a.occurrences().stream().noneMatch(x -> b.occurrences().stream().anyMatch(y -> EventMention.opposed(x.event(), y.event())));
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
        for (Occurrence o : group) {
            o.event().actors().forEach(a -> actors.putIfAbsent(a.actor().name(), a));
            o.event().recipients().forEach(a -> recipients.putIfAbsent(a.actor().name(), a));
            String article = o.document().id();
            o.event().claims().forEach(c -> claims.add(new Sourced<>(article, c)));
            o.event().mentions().forEach(m -> mentions.add(new Sourced<>(article, m)));
            place = PlaceMention.moreSpecific(place, o.event().place());
        }
        recipients.keySet().removeAll(actors.keySet());
        return new LinkedEvent("ev-" + hash(lead.document().id() + ":" + e.triggerStart() + ":" + e.type()), e.type(), e.mode(),
                e.status().label(), e.toll(), mostSpecific(actors.values()), mostSpecific(recipients.values()),
                place == null ? null : place.place(), place == null ? null : place.text(), dateOf(group), claims, mentions, storyId);
    }

    /** The days all mentions allow, or, if they allow none in common, the hull of their dates. */
    private static DateWindow dateOf(List<Occurrence> group) {
        DateWindow date = null;
        DateWindow hull = null;
        for (Occurrence o : group) {
            DateWindow narrowed = date == null ? o.date() : date.intersect(o.date());
            date = narrowed != null ? narrowed : date;
            hull = hull == null ? o.date() : hull(hull, o.date());
        }
        return date != null ? date : hull;
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

    /**
     * The first headline, of an article dated to within a decade before one dated more loosely (one
     * dated only by a founding year sorts first by its earliest possible day, yet may be a late comment);
     * without headlines, the first words of the first article so ordered.
     */
    private static String title(List<Document> story) {
        List<Document> order = new ArrayList<>(story);
        order.sort(Comparator.comparing((Document d) -> d.published().window().widthDays() > DATED_DAYS));
        return order.stream().filter(d -> d.title() != null).map(Document::title).findFirst()
                .orElseGet(() -> firstWords(order.get(0), 12));
    }

    /** The first words of the text, after a date printed above it. */
    private static String firstWords(Document d, int words) {
        boolean dateAbove = d.published().basis().equals("dateline") && d.text().substring(0, d.published().evidence().get(0).start()).isBlank();
        String text = d.text().substring(dateAbove ? d.published().evidence().get(0).end() : 0).replaceFirst("^[\\s\\p{Pd},:|]+", "").strip();
        String[] parts = text.split("\\s+");
        return parts.length <= words ? text : String.join(" ", List.of(parts).subList(0, words)) + " …";
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
