package org.sitrep.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.ArticleDate;
import org.sitrep.model.Claim;
import org.sitrep.model.Corpus;
import org.sitrep.model.DateWindow;
import org.sitrep.model.Document;
import org.sitrep.model.Evidence;
import org.sitrep.model.LinkedEvent;
import org.sitrep.model.Place;
import org.sitrep.model.Removal;
import org.sitrep.model.Story;

/**
 * The output contract as plain maps, one per line of each JSONL file; field names and order are
 * stable because other tools read them. Offsets are into the article's original input.
 */
public final class Cards {
    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Map<String, String> originalOf;

    public Cards(Corpus corpus) {
        corpus.documents().forEach(d -> documents.put(d.id(), d));
        originalOf = corpus.originalOf();
    }

    public Map<String, Object> article(Document d, Story story) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("source", d.source());
        m.put("title", d.title());
        m.put("byline", d.byline());
        m.put("site", d.site());
        m.put("language", d.language());
        m.put("url", d.url());
        m.put("text", d.text());
        List<Map<String, Object>> removed = new ArrayList<>();
        for (Removal r : d.removed()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("start", r.start());
            x.put("end", r.end());
            x.put("text", r.text());
            x.put("reason", r.reason());
            removed.add(x);
        }
        m.put("removed", removed);
        m.put("published", published(d));
        m.put("story", story == null ? null : story.id());
        m.put("copy_of", originalOf.get(d.id()));
        return m;
    }

    private Map<String, Object> published(Document d) {
        ArticleDate date = d.published();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", date.window().isExact() ? date.window().earliest().toString() : null);
        m.put("earliest", date.window().earliest().toString());
        m.put("latest", date.window().latest().toString());
        m.put("basis", date.basis());
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (Evidence e : date.evidence()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("text", e.text());
            boolean inText = e.end() > e.start();
            x.put("start", inText ? d.originalStart(e) : null);
            x.put("end", inText ? d.originalEnd(e) : null);
            x.put("reading", e.reading());
            evidence.add(x);
        }
        m.put("evidence", evidence);
        return m;
    }

    public Map<String, Object> event(LinkedEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("event", e.type());
        m.put("mode", e.mode());
        m.put("status", e.status());
        m.put("toll", e.toll());
        m.put("actor", actors(e.actors()));
        m.put("recipient", actors(e.recipients()));
        m.put("event_loc", place(e.place(), e.placeText()));
        DateWindow date = e.date();
        if (date.isExact()) {
            m.put("date", date.earliest().toString());
        } else {
            m.put("date_range", List.of(date.earliest().toString(), date.latest().toString()));
        }
        List<Map<String, Object>> claims = new ArrayList<>();
        for (LinkedEvent.Sourced<Claim> sourced : e.claims()) {
            claims.add(claim(sourced.article(), sourced.value()));
        }
        m.put("claims", claims);
        List<Map<String, Object>> mentions = new ArrayList<>();
        for (LinkedEvent.Sourced<Evidence> sourced : e.mentions()) {
            Document d = documents.get(sourced.article());
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("article", sourced.article());
            x.put("start", d.originalStart(sourced.value()));
            x.put("end", d.originalEnd(sourced.value()));
            x.put("text", sourced.value().text());
            mentions.add(x);
        }
        m.put("mentions", mentions);
        m.put("sources", sources(e));
        m.put("story", e.story());
        return m;
    }

    private Map<String, Object> claim(String article, Claim c) {
        Document d = documents.get(article);
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("kind", c.kind());
        x.put("value", c.value());
        x.put("low", c.low());
        x.put("high", c.high());
        x.put("words", c.words());
        x.put("article", article);
        x.put("start", d.originalStart(c));
        x.put("end", d.originalEnd(c));
        if (c.source() == null) {
            x.put("source", null);
        } else {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("entity_text", c.source().text());
            s.put("name", c.source().actor().name());
            s.put("code", c.source().actor().code());
            x.put("source", s);
        }
        x.put("stance", c.stance().label());
        return x;
    }

    private static List<Map<String, Object>> actors(List<ActorMention> actors) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ActorMention a : actors) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("entity_text", a.text());
            x.putAll(actor(a.actor()));
            out.add(x);
        }
        return out;
    }

    /** An actor's fields, with the actor it belongs to in the same form (null when none is known). */
    private static Map<String, Object> actor(Actor actor) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("name", actor.name());
        x.put("code", actor.code());
        x.put("sector", actor.sector());
        x.put("wikidata", actor.wikidata());
        x.put("kind", actor.kind() == null ? null : actor.kind().name().toLowerCase(Locale.ROOT));
        x.put("parent", actor.parent() == null ? null : actor(actor.parent()));
        return x;
    }

    private static Map<String, Object> place(Place p, String text) {
        if (p == null) {
            return null;
        }
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("name", p.name());
        x.put("text", text);
        x.put("geonameid", p.geonameid());
        x.put("lat", p.lat());
        x.put("lon", p.lon());
        x.put("country_code", p.countryCode());
        x.put("feature_code", p.featureCode());
        return x;
    }

    public Map<String, Object> story(Story s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        m.put("articles", s.articles());
        m.put("events", s.events());
        m.put("first_date", s.span().earliest().toString());
        m.put("last_date", s.span().latest().toString());
        m.put("follows", s.follows());
        return m;
    }

    /**
     * The distinct outlets that report an event: each article's site, else its URL's host, else
     * the article id. A syndicated copy on another site is another source.
     */
    private List<String> sources(LinkedEvent e) {
        java.util.Set<String> sources = new java.util.LinkedHashSet<>();
        for (LinkedEvent.Sourced<Evidence> m : e.mentions()) {
            Document d = documents.get(m.article());
            sources.add(d.site() != null ? d.site() : host(d.url()) != null ? host(d.url()) : d.id());
        }
        return List.copyOf(sources);
    }

    private static String host(String url) {
        try {
            return url == null ? null : java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
