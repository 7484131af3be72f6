package org.sitrep.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Claim;
import org.sitrep.model.Corpus;
import org.sitrep.model.Document;
import org.sitrep.model.Evidence;
import org.sitrep.model.LinkedEvent;
import org.sitrep.model.Quantity;
import org.sitrep.model.Stance;
import org.sitrep.model.Story;

/**
 * The situation report: per story, a dated timeline of events, each with its claims side by side
 * and their sources ("300 (001) · about 200 (Syrian Observatory for Human Rights, 003) · denied by
 * Popular Mobilization Forces (001)") and the sentence that reports it. One model, two renderings
 * (Markdown and self-contained HTML).
 */
public final class SituationReport {
    /** What one timeline line says, before rendering. */
    private record Line(String date, String what, String who, String where, List<String> claims, String quote, String quotedFrom) {}

    private record Section(String title, String span, List<String> articles, List<Line> lines) {}

    private final List<Section> sections = new ArrayList<>();
    private final int articleCount;
    private final int eventCount;

    public SituationReport(Corpus corpus) {
        Map<String, String> labels = labels(corpus.documents());
        Map<String, LinkedEvent> events = new HashMap<>();
        corpus.events().forEach(e -> events.put(e.id(), e));
        for (Story s : corpus.stories()) {
            List<Line> lines = new ArrayList<>();
            for (String id : s.events()) {
                LinkedEvent e = events.get(id);
                if (e != null && reportable(e)) {
                    lines.add(line(e, labels));
                }
            }
            sections.add(new Section(s.title(), s.span().toString(), s.articles().stream().map(labels::get).toList(), lines));
        }
        this.articleCount = corpus.documents().size();
        this.eventCount = (int) corpus.events().stream().filter(SituationReport::reportable).count();
    }

    /** Events worth a line: asserted, and with an actor or a claim to tell. */
    private static boolean reportable(LinkedEvent e) {
        return e.status().equals("asserted") && (!e.actors().isEmpty() || !e.claims().isEmpty());
    }

    private static Line line(LinkedEvent e, Map<String, String> labels) {
        // A toll is a count with its victims, as it stood on the day; it names an actor only when the text does.
        String actors = e.toll() && e.actors().isEmpty() ? "" : names(e.actors());
        String who = actors + (e.recipients().isEmpty() ? "" : (actors.isEmpty() ? "" : " ") + "→ " + names(e.recipients()));
        String where = e.place() == null ? "" : e.place().name() + (e.place().countryCode() == null ? "" : " (" + e.place().countryCode() + ")");
        List<String> claims = new ArrayList<>();
        for (LinkedEvent.Sourced<Claim> sourced : e.claims()) {
            claims.add(claimText(sourced.value(), labels.get(sourced.article())));
        }
        LinkedEvent.Sourced<Evidence> quoted = quoted(e);
        String what = (e.toll() ? "toll of " : "") + e.type() + (e.mode() == null ? "" : "/" + e.mode());
        String date = e.toll() ? "as of " + e.date().latest() : e.date().toString();
        return new Line(date, what, who, where, claims, quoted.value().text(), labels.get(quoted.article()));
    }

    /**
     * The first mention, unless it names no side of the card ("The resurgence of fighting risks …"):
     * then the first that names one of its actors, so a reader sees who did it. A side is named as one
     * of the mentions wrote it, or a group by its noun ("Rebel forces" names the rebels).
     */
    static LinkedEvent.Sourced<Evidence> quoted(LinkedEvent e) {
        LinkedEvent.Sourced<Evidence> first = e.mentions().get(0);
        if (namesAny(first, e.actors()) || namesAny(first, e.recipients())) {
            return first;
        }
        return e.mentions().stream().filter(m -> namesAny(m, e.actors())).findFirst().orElse(first);
    }

    private static boolean namesAny(LinkedEvent.Sourced<Evidence> mention, List<ActorMention> side) {
        String sentence = mention.value().text().toLowerCase(Locale.ROOT);
        return side.stream().anyMatch(a -> sentence.contains(a.text().toLowerCase(Locale.ROOT))
                || a.actor().isUnnamedGroup() && sentence.contains(a.actor().name().replaceAll("s$", "")));
    }

    private static String claimText(Claim c, String article) {
        String source = c.source() == null ? "" : c.source().actor().name() + ", ";
        if (c.stance() == Stance.DENIES) {
            return "denied by " + (c.source() == null ? "unnamed source" : c.source().actor().name()) + " (" + article + ")";
        }
        String hedge = c.stance() == Stance.HEDGES ? "reportedly " : "";
        return hedge + c.words() + " [" + readable(c.kind()) + "] (" + source + article + ")";
    }

    /** A claim's kind as a reader says it: "among the dead" for a part of the toll ("dead-among"). */
    static String readable(String kind) {
        return kind.endsWith(Quantity.PART) ? "among the " + kind.substring(0, kind.length() - Quantity.PART.length()) : kind;
    }

    /**
     * The actors' names, each listed once; an actor whose coalition or force is also listed stands
     * in brackets after it: "Popular Mobilization Forces (Badr Organization, Kataib Hezbollah)".
     */
    static String names(List<ActorMention> actors) {
        if (actors.isEmpty()) {
            return "unknown actor";
        }
        List<Actor> listed = actors.stream().map(ActorMention::actor).distinct().toList();
        Map<Actor, List<String>> members = new LinkedHashMap<>();
        for (Actor a : listed) {
            Actor head = listedAncestor(a, listed);
            if (head == null) {
                members.putIfAbsent(a, new ArrayList<>());
            } else {
                members.computeIfAbsent(head, h -> new ArrayList<>()).add(a.name());
            }
        }
        return members.entrySet().stream()
                .map(e -> e.getKey().name() + (e.getValue().isEmpty() ? "" : " (" + String.join(", ", e.getValue()) + ")"))
                .distinct().collect(Collectors.joining(", "));
    }

    /** The furthest ancestor of {@code actor} that is itself listed, or null. */
    private static Actor listedAncestor(Actor actor, List<Actor> listed) {
        Actor found = null;
        for (Actor p = actor.parent(); p != null; p = p.parent()) {
            if (listed.contains(p)) {
                found = p;
            }
        }
        return found;
    }

    /** Short labels for articles: the part of the id before '_' when that is unique. */
    private static Map<String, String> labels(List<Document> documents) {
        Map<String, Long> counts = documents.stream().collect(Collectors.groupingBy(d -> d.id().split("_")[0], Collectors.counting()));
        Map<String, String> labels = new HashMap<>();
        for (Document d : documents) {
            String prefix = d.id().split("_")[0];
            labels.put(d.id(), counts.get(prefix) == 1 ? prefix : d.id());
        }
        return labels;
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# Situation report\n\n");
        md.append(articleCount).append(" articles, ").append(sections.size()).append(" stories, ")
                .append(eventCount).append(" reported events.\n");
        for (Section s : sections) {
            md.append("\n## ").append(s.title()).append("\n\n");
            md.append("*").append(s.span()).append("* · articles: ").append(String.join(", ", s.articles())).append("\n\n");
            if (s.lines().isEmpty()) {
                md.append("No events with actors or figures.\n");
            }
            for (Line l : s.lines()) {
                md.append("- **").append(l.date()).append("** ").append(l.what()).append(l.who().isEmpty() ? "" : ": " + l.who());
                if (!l.where().isEmpty()) {
                    md.append(" — ").append(l.where());
                }
                md.append("\n");
                if (!l.claims().isEmpty()) {
                    md.append("  - ").append(String.join(" · ", l.claims())).append("\n");
                }
                md.append("  - > ").append(l.quote().replace("\n", " ")).append(" (").append(l.quotedFrom()).append(")\n");
            }
        }
        return md.toString();
    }

    public String html() {
        StringBuilder h = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Situation report</title><style>"
                + "body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
                + "h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}.span{color:#666}"
                + "li{margin:.6rem 0}.date{font-weight:600}.type{background:#eef;padding:0 .3rem;border-radius:3px}"
                + ".claims{color:#333}.quote{color:#555;font-style:italic;border-left:3px solid #ddd;padding-left:.5rem}"
                + "</style></head><body>\n<h1>Situation report</h1>\n");
        h.append("<p>").append(articleCount).append(" articles, ").append(sections.size()).append(" stories, ")
                .append(eventCount).append(" reported events.</p>\n");
        for (Section s : sections) {
            h.append("<h2>").append(esc(s.title())).append("</h2>\n<p class=\"span\">").append(esc(s.span()))
                    .append(" · articles: ").append(esc(String.join(", ", s.articles()))).append("</p>\n<ul>\n");
            for (Line l : s.lines()) {
                h.append("<li><span class=\"date\">").append(esc(l.date())).append("</span> <span class=\"type\">")
                        .append(esc(l.what())).append("</span> ").append(esc(l.who()));
                if (!l.where().isEmpty()) {
                    h.append(" — ").append(esc(l.where()));
                }
                if (!l.claims().isEmpty()) {
                    h.append("<div class=\"claims\">").append(esc(String.join(" · ", l.claims()))).append("</div>");
                }
                h.append("<div class=\"quote\">").append(esc(l.quote())).append(" (").append(esc(l.quotedFrom())).append(")</div></li>\n");
            }
            h.append("</ul>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
