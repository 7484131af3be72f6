package org.sitrep.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.EventMention;
import org.sitrep.model.Evidence;
import org.sitrep.model.ArticleDate;
import org.sitrep.model.DateWindow;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Layers;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * A generator of synthetic analysed articles for measuring linking at scale. Episodes (a kind of
 * event, an actor, a place, a day) are reported by one to eight articles over the following days,
 * in sentences drawn from templates with slots filled; some episodes repeat an earlier one's kind,
 * actor and place years later (look-alikes); some articles are syndicated copies. Names are made
 * of syllables, so no real place or person appears. Each article comes with its episode, so the
 * clustering can be scored as well as timed.
 */
final class SyntheticNews {
    /** One article, analysed as far as linking needs, and the episode it reports. */
    record Article(Document document, int episode, int kind) {}

    static final String[][] LEDES = {
            {"%s fighters attacked positions held by rival forces near %s on %s, residents said.",
                    "Clashes broke out near %2$s on %3$s after %1$s fighters stormed an outpost, a monitor said."},
            {"Thousands protested in %2$s on %3$s against %1$s, witnesses said.",
                    "Crowds marched through %2$s on %3$s demanding that %1$s step down."},
            {"Police arrested a senior figure of %s in %s on %s, officials said.",
                    "Security forces detained a leader of %s during a raid in %s on %s."},
            {"Floods swept through %2$s on %3$s, forcing families to flee as %1$s appealed for aid.",
                    "Heavy rain flooded %2$s on %3$s and %1$s said thousands were displaced."},
            {"A convoy of %s fighters crossed into %s on %s, security sources said.",
                    "Dozens of vehicles carrying %s fighters entered %s on %s, according to a monitor."},
            {"Envoys of %s met in %s on %s to discuss a ceasefire, diplomats said.",
                    "Talks involving %s opened in %s on %s with a ceasefire on the agenda."},
            {"A car bomb exploded in %2$s on %3$s, and %1$s was blamed by officials.",
                    "An explosion tore through a market in %2$s on %3$s; officials blamed %1$s."},
            {"Gunmen linked to %s kidnapped aid workers near %s on %s, their agency said.",
                    "Aid workers were abducted near %2$s on %3$s by men said to belong to %1$s."},
    };
    private static final String[] BODY = {
            "The %s said the situation remained tense and that more people could be affected.",
            "Local officials in %s said they were counting the damage and asked for calm.",
            "A spokesman for %s declined to comment when reached by telephone.",
            "Witnesses described scenes of confusion as roads out of %s were closed.",
            "Hospitals in the area reported receiving %d wounded by the evening.",
            "The United Nations said it was following events in %s closely.",
            "Prices of bread and fuel in %s rose sharply in the days that followed.",
            "Analysts said the events could weigh on talks planned for next month.",
            "Schools and shops in %s stayed shut while the authorities assessed the risks.",
            "It was the %s such incident reported in the region this year.",
    };
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** The PLOVER type each kind of episode reports. */
    static final String[] TYPES = {"ASSAULT", "PROTEST", "COERCE", "AID", "MOBILIZE", "CONSULT", "ASSAULT", "COERCE"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] ORDINALS = {"second", "third", "fourth", "fifth", "latest"};
    private static final String[] SYLLABLES = {"ka", "ra", "mi", "sa", "bu", "tel", "dor", "an", "is", "ul", "zah", "qa",
            "ne", "vi", "lo", "har", "mes", "tam", "ba", "ri"};

    static final int ARTICLES_PER_DAY = 300;
    private static final int TOPIC_WORDS = 20_000;
    private final Random random;
    private final List<String> places = new ArrayList<>();
    private final List<String> actors = new ArrayList<>();
    private final LocalDate start = LocalDate.of(2010, 1, 1);
    private final int spanDays;

    /**
     * A generator for about {@code articles} articles at {@link #ARTICLES_PER_DAY} a day (a busy
     * international desk's feed): a larger corpus covers a longer time, as a collection grows.
     */
    SyntheticNews(long seed, int articles) {
        random = new Random(seed);
        int names = Math.max(2_000, articles / 5);
        for (int i = 0; i < names; i++) {
            places.add(name(2 + random.nextInt(2)));
            actors.add(name(2) + " " + (random.nextBoolean() ? "Front" : "Brigade"));
        }
        spanDays = Math.max(7, articles / ARTICLES_PER_DAY);
    }

    /** Generates {@code count} articles, one at a time, so that only what the consumer keeps stays in memory. */
    void articles(int count, Consumer<Article> consumer) {
        List<int[]> episodes = new ArrayList<>();
        int episode = 0;
        int made = 0;
        while (made < count) {
            int[] e;
            if (!episodes.isEmpty() && random.nextDouble() < 0.1) {
                int[] earlier = episodes.get(random.nextInt(episodes.size()));
                e = new int[] {earlier[0], earlier[1], earlier[2], random.nextInt(spanDays), random.nextInt(TOPIC_WORDS)};
            } else {
                e = new int[] {random.nextInt(LEDES.length), random.nextInt(actors.size()), random.nextInt(places.size()),
                        random.nextInt(spanDays), random.nextInt(TOPIC_WORDS)};
            }
            episodes.add(e);
            int reports = 1 + (int) Math.min(7, -Math.log(1 - random.nextDouble()) * 2);
            Document first = null;
            for (int r = 0; r < reports && made < count; r++) {
                String id = "a" + made++;
                Document d = first != null && random.nextDouble() < 0.1
                        ? copy(first, id)
                        : article(id, e, random.nextInt(3));
                first = first == null ? d : first;
                consumer.accept(new Article(d, episode, e[0]));
            }
            episode++;
        }
    }

    private Document article(String id, int[] e, int lagDays) {
        LocalDate day = start.plusDays(e[3]);
        String actor = actors.get(e[1]);
        String place = places.get(e[2]);
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        String[] ledes = LEDES[e[0]];
        append(String.format(Locale.ROOT, ledes[random.nextInt(ledes.length)], actor, place, DAYS[day.getDayOfWeek().getValue() - 1]),
                text, sentences, tokens);
        int body = 3 + random.nextInt(5);
        for (int b = 0; b < body; b++) {
            // Half the sentences are the episode's own (its particular words); half are the stock phrases of news.
            String fill;
            if (b % 2 == 0) {
                fill = String.format(Locale.ROOT, "The %s and the %s near %s were %s, according to %s.", topic(e[4] + b),
                        topic(e[4] + 7 * b + 1), place, topic(e[4] + 3 * b + 2), random.nextBoolean() ? actor : "witnesses");
            } else {
                String template = BODY[random.nextInt(BODY.length)];
                fill = template.contains("%d") ? String.format(Locale.ROOT, template, 2 + random.nextInt(60))
                        : template.startsWith("It was") ? String.format(Locale.ROOT, template, ORDINALS[random.nextInt(ORDINALS.length)])
                        : String.format(Locale.ROOT, template, random.nextBoolean() ? place : actor);
            }
            append(fill, text, sentences, tokens);
        }
        String s = text.toString();
        for (String name : List.of(actor, place)) {
            for (int at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + 1)) {
                entities.add(new EntityMention(at, at + name.length(), name, name == place ? "LOCATION" : "ORGANIZATION"));
            }
        }
        entities.sort((a, b) -> Integer.compare(a.start(), b.start()));
        Sentence lede = sentences.get(0);
        int at = s.indexOf(actor);
        EventMention event = new EventMention(lede.start(), lede.end(), TYPES[e[0]], null, EventMention.Status.ASSERTED, false,
                "report", lede.start(), lede.start() + 1,
                List.of(new ActorMention(at, at + actor.length(), actor, new Actor(actor, "X" + e[1] % 500, "REB", null, Actor.Kind.GROUP))),
                List.of(), null, null, null, List.of(), List.of(new Evidence(s.substring(lede.start(), lede.end()),
                lede.start(), lede.end(), "report")));
        // Most articles carry a publication date; the rest only a window, as dating from text gives.
        LocalDate published = day.plusDays(lagDays);
        DateWindow window = random.nextDouble() < 0.8 ? DateWindow.day(published)
                : new DateWindow(published.minusDays(random.nextInt(30)), published.plusDays(random.nextInt(200)));
        return Document.builder(id, s, s).contentHash(id).build()
                .with(Layers.SENTENCES, sentences).with(Layers.TOKENS, tokens).with(Layers.ENTITIES, entities)
                .with(Layers.EVENTS, List.of(event)).with(Layers.ACTORS, event.actors()).with(Layers.PLACES, List.of())
                .withPublished(new ArticleDate(window, "metadata", List.of()));
    }

    private Document copy(Document original, String id) {
        String text = "(Wire) " + original.text();
        return Document.builder(id, text, text).contentHash(id).build().withPublished(original.published())
                .with(Layers.SENTENCES, original.layer(Layers.SENTENCES).stream()
                        .map(x -> new Sentence(x.start() + 7, x.end() + 7, x.index(), x.paragraph())).toList())
                .with(Layers.TOKENS, List.of()).with(Layers.ENTITIES, List.of()).with(Layers.ACTORS, List.of())
                .with(Layers.PLACES, List.of()).with(Layers.EVENTS, List.of());
    }

    private static void append(String sentence, StringBuilder text, List<Sentence> sentences, List<Token> tokens) {
        if (text.length() > 0) {
            text.append(' ');
        }
        int start = text.length();
        text.append(sentence);
        int index = sentences.size();
        sentences.add(new Sentence(start, text.length(), index, index));
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String word = m.group();
            String pos = Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
            tokens.add(new Token(start + m.start(), start + m.end(), word, word.toLowerCase(Locale.ROOT), pos, "O", index));
        }
    }

    /** One of an episode's own words (what its reports speak of: a bridge, a quarry, a depot), lower case. */
    private static String topic(int index) {
        StringBuilder b = new StringBuilder();
        for (int i = index % TOPIC_WORDS; ; i /= SYLLABLES.length) {
            b.append(SYLLABLES[i % SYLLABLES.length]);
            if (i < SYLLABLES.length) {
                return b.append("ment").toString();
            }
        }
    }

    private String name(int syllables) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }
}
