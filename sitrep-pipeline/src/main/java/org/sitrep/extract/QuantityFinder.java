package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Document;
import org.sitrep.model.LayerKey;
import org.sitrep.model.Layers;
import org.sitrep.model.Quantity;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;
import org.sitrep.pipeline.Stage;

/**
 * Finds counts of people and what they count: force or crowd size ("at least 300 Iraqi fighters", "thousands of people marched"), dead,
 * injured, displaced, arrested, abducted. A figure in words keeps its words and gets bounds ("hundreds":
 * 200–999); qualifiers set bounds ("at least 300": low 300; "as many as 4,000": high 4,000). A
 * part of a figure just given ("12 civilians, including four children") is of its kind "-among".
 */
public final class QuantityFinder implements Stage {
    private static final String QUALIFIER =
            "(?<qual>at least|no fewer than|more than|over|nearly|almost|about|around|roughly|some|up to|as many as|an estimated|approximately|fewer than|less than|close to)";
    private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|a thousand";
    private static final String VAGUE = "tens of thousands|hundreds of thousands|hundreds|thousands|dozens|scores|(?:several|a few)(?:\\s+(?:dozen|hundred|thousand))?";
    private static final String FIGURE = "(?<![\\p{L}\\d])(?<fig>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s+(?:million|billion|thousand))?|(?:" + NUMBER_WORDS + ")(?:\\s+(?:million|thousand|hundred))?|" + VAGUE + ")";
    private static final String COMBATANTS = "fighters|troops|soldiers|militants|militiamen|militia members|forces|reinforcements|men|officers|commanders|personnel|members|others|Iranians|Iraqis|Afghans|Russians|Syrians|"
            + "policemen|peacekeepers|sailors|marines";
    private static final String PEOPLE = "people|civilians|children|women|residents|persons|refugees|Syrians|Iraqis|Palestinians|Yemenis|Afghans|protesters|prisoners|migrants|villagers|"
            + "journalists|worshippers|students|passengers|pilgrims|schoolgirls|schoolchildren|pupils|hostages|farmers|fishermen|bodies|corpses|"
            + "crew members|crew|seafarers";
    /** Words that may not stand between a figure and its noun: "two camps for displaced people" counts camps. */
    private static final String NOT_BETWEEN = "(?!(?:for|in|at|on|with|to|by|near|when|after|as|while|wounded|injured|killed|dead|"
            + "camps?|villages?|towns?|homes?|buildings?|vehicles?|trucks?)\\b)";
    /** A figure, then up to four modifiers, then the counted noun. */
    private static final Pattern COUNTED = Pattern.compile("(?i)(?:" + QUALIFIER + "\\s+)?[\"“]?" + FIGURE + "[\"”]?\\s+(?:of\\s+)?(?:(?:the\\s+)?" + NOT_BETWEEN + "(?:[\\w'’-]+|(?:\\p{Lu}\\.){2,})\\s+){0,4}?(?<noun>" + COMBATANTS + "|" + PEOPLE + ")\\b");
    /** "the death toll rose to 15", "the number of people killed … rose to 46", "put the death toll at 22". */
    private static final Pattern TOLL = Pattern.compile("(?i)\\b(?:death toll|toll|number of (?:(?:people|those|civilians)\\s+)?(?:dead|deaths|killed))\\b[^.;]{0,90}?"
            + "\\b(?:(?:rose|rises|risen|climbed|climbs|increased|increases|reached|reaches|jumped|jumps|stands at|stood at|is|was|hit|hits)\\s+(?:to\\s+)?|at\\s+)(?:" + QUALIFIER + "\\s+)?" + FIGURE + "\\b");
    /** "killed hundreds", "left 20 dead": a verb that says what the figure counts. */
    private static final Pattern VERB_THEN_FIGURE = Pattern.compile("(?i)\\b(?<verb>killed|killing|kill|buried|burying|neutrali[sz]ed|neutrali[sz]ing|beheaded|beheading|executed|executing|massacred|massacring|abducted|abducting|kidnapped|kidnapping|wounded|wounding|injured|injuring|displaced|displacing|arrested|detained|deployed)"
            + "[\"”’']?\\s+(?:" + QUALIFIER + "\\s+)?" + FIGURE + "\\b");
    /** "had received 31 wounded", "treated 40 injured": the people a hospital takes in, by what befell them. */
    private static final Pattern TAKEN_IN = Pattern.compile("(?i)\\b(?:received|receiving|treated|treating|admitted|admitting)\\s+(?:" + QUALIFIER + "\\s+)?"
            + FIGURE + "\\s+(?<verb>wounded|injured|dead)\\b");
    /** "6.7 million are displaced", "at least 5 million have fled". */
    private static final Pattern FIGURE_THEN_VERB = Pattern.compile("(?i)(?:" + QUALIFIER + "\\s+)?" + FIGURE + "\\s+(?:\\w+\\s+)?(?:are|were|have been|has been|had been|have|had|was|is)\\s+(?:(?:now|already|since|reportedly|\\w+ly)\\s+)?(?<verb>displaced|killed|dead|beheaded|executed|massacred|injured|wounded|fled|arrested|detained|abducted|kidnapped)\\b");
    /** "Two soldiers were killed", "thousands of residents have left the camp": the count's own verb. */
    private static final Pattern OWN_VERB_AFTER = Pattern.compile("(?i)\\s+(?:(?:were\\s+|was\\s+|have been\\s+|had been\\s+)?"
            + "(?<undergone>killed|wounded|injured|displaced|arrested|detained|abducted|kidnapped)"
            + "|(?:have\\s+|has\\s+|had\\s+)?(?<fled>fled|left\\s+(?:their\\s+homes?|the\\s+(?:camp|city|town|area|region|village|country))))\\b");
    private static final Pattern SPEAKERS_AFTER = Pattern.compile("(?i)(?:\\s+and\\s+(?:an?\\s+|two\\s+|three\\s+)?[\\w-]+(?:\\s+[\\w-]+){0,2})?\\s+(?:said|say|says|told|reported)\\b");
    private static final Pattern AIMED_AT_BEFORE = Pattern.compile("(?i)\\b(?:fired|firing|fire|fires|shot|shooting|aimed|aiming|hurled|threw)\\b"
            + "[^.;,]{0,60}?\\b(?:at|on|into)\\s+$");
    private static final Pattern TAKING_BEFORE = Pattern.compile("(?i)\\b(?:taking|took|take|takes|seizing|seized|abducting|kidnapping)\\s+$");
    /** A verb of harm, then one person named by a noun: "shot dead a man", "killing a 17-year-old student". */
    private static final Pattern ONE_VICTIM = Pattern.compile("(?i)\\b(?<verb>killed|killing|shot\\s+dead|shooting\\s+dead|stabbed\\s+to\\s+death|"
            + "beheaded|executed|abducted|abducting|kidnapped|kidnapping|wounded|wounding|injured|injuring)\\s+(?:a|an|one)\\s+(?:[\\w-]+\\s+){0,3}?"
            + "(?:man|woman|boy|girl|child|baby|protester|protestor|student|soldier|policeman|police\\s+officer|journalist|civilian|teenager|"
            + "worker|farmer|person|resident|villager|pilgrim|priest|imam|doctor|nurse|teacher|trader|driver|fisherman|commander|leader|"
            + "official|fighter|militant|member)\\b");
    /** What people who are counted as a crowd do. */
    private static final Pattern CROWD_VERB_AFTER = Pattern.compile("(?i)\\s+(?:\\w+ly\\s+)?(?:marched|protested|rallied|demonstrated|gathered|"
            + "massed|converged|took\\s+to\\s+the\\s+streets|joined|attended|chanted)\\b");
    /** "31 were killed and more than 170 wounded": a second figure joined to the first, its auxiliary left out. */
    private static final Pattern JOINED_FIGURE_THEN_VERB = Pattern.compile("(?i)(?<=\\band\\s)(?:" + QUALIFIER + "\\s+)?" + FIGURE
            + "\\s+(?:(?:people|others|more)\\s+)?(?<verb>wounded|injured|killed|dead|displaced|arrested|detained|abducted)\\b");
    /** A bare vague figure in a sentence about forces: "were in the “hundreds”". */
    private static final Pattern BARE_VAGUE = Pattern.compile("(?i)\\b(?:in (?:the|their)\\s+)?[\"“]?(?<fig>hundreds|thousands|dozens)[\"”]?(?=[\\s.,;”\"]|$)(?!\\s+of\\b)");
    /** What introduces a part of a figure just given: "including", "among them", "of whom". */
    private static final Pattern PART_BEFORE = Pattern.compile("(?i)\\b(?:including|among them|among whom|of whom|of them|among the (?:dead|victims|wounded|injured))[\\s:,]*$");
    private static final Pattern COMBATANT_NOUN = Pattern.compile("(?i)^(" + COMBATANTS + ")$");
    private static final Pattern NUMBER_VALUE = Pattern.compile("^([\\d,.]+|" + NUMBER_WORDS + ")(?:\\s+(million|billion|thousand|hundred))?$");
    private static final Pattern FORCE_CONTEXT = Pattern.compile("(?i)\\b(troops|fighters|forces|militants|militiamen|soldiers|deployed|force)\\b");
    private static final Pattern DEAD_CONTEXT = Pattern.compile("(?i)\\b(killed|killing|dead|deaths|died|fatalities|lives|bodies|toll)\\b");
    private static final Pattern INJURED_CONTEXT = Pattern.compile("(?i)\\b(wounded|injured|injuries|hurt)\\b");
    private static final Pattern DISPLACED_CONTEXT = Pattern.compile("(?i)\\b(displaced|fled|flee|refugees|homeless|evacuated|uprooted)\\b");
    private static final Pattern ARRESTED_CONTEXT = Pattern.compile("(?i)\\b(arrested|detained|captured)\\b");
    private static final Pattern ABDUCTED_CONTEXT = Pattern.compile("(?i)\\b(abducted|abducting|kidnapped|kidnapping|taken hostage|held hostage|"
            + "(?:took|take|taking)\\s+(?:[\\w'’-]+\\s+){0,5}hostage)\\b");
    private static final Map<String, Long> WORD_VALUES = Map.ofEntries(
            Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L),
            Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
            Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("fifteen", 15L), Map.entry("twenty", 20L),
            Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("a hundred", 100L),
            Map.entry("a thousand", 1000L));
    /** Bounds of figures in words, as commonly read. */
    private static final Map<String, long[]> VAGUE_BOUNDS = Map.of(
            "a few", new long[] {2, 9}, "several", new long[] {3, 9}, "dozens", new long[] {24, 99},
            "scores", new long[] {40, 99}, "hundreds", new long[] {200, 999}, "thousands", new long[] {2000, 9999},
            "tens of thousands", new long[] {20000, 99999}, "hundreds of thousands", new long[] {200000, 999999});

    @Override
    public String name() {
        return "quantities";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TIMEX);
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of(Layers.QUANTITIES);
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<TimeExpression> times = document.layer(Layers.TIMEX);
        List<Quantity> out = new ArrayList<>();
        for (Sentence s : document.layer(Layers.SENTENCES)) {
            String sentence = text.substring(s.start(), s.end());
            List<int[]> taken = new ArrayList<>();
            Matcher m = VERB_THEN_FIGURE.matcher(sentence);
            while (m.find()) {
                add(out, taken, times, s.start(), m, kindOfVerb(m.group("verb")));
            }
            m = FIGURE_THEN_VERB.matcher(sentence);
            while (m.find()) {
                add(out, taken, times, s.start(), m, kindOfVerb(m.group("verb")));
            }
            m = TAKEN_IN.matcher(sentence);
            while (m.find()) {
                add(out, taken, times, s.start(), m, kindOfVerb(m.group("verb")));
            }
            m = JOINED_FIGURE_THEN_VERB.matcher(sentence);
            while (m.find()) {
                add(out, taken, times, s.start(), m, kindOfVerb(m.group("verb")));
            }
            m = TOLL.matcher(sentence);
            while (m.find()) {
                add(out, taken, times, s.start(), m, "dead");
            }
            m = COUNTED.matcher(sentence);
            while (m.find()) {
                // "Two soldiers were killed and two others wounded": the verb right after a count says what it counts.
                Matcher own = OWN_VERB_AFTER.matcher(sentence.substring(m.end()));
                // "Tens of thousands of people marched …, demanding accountability for a collapse that killed 15": a crowd, not dead.
                String rest = sentence.substring(m.end());
                // "three residents and a health worker said": who tells the count is not counted.
                // "killing about 1,200 people and taking 251 hostages": those taken are abducted, whatever else the sentence tells.
                boolean hostagesTaken = TAKING_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 20), m.start())).find();
                // "fired tear gas at thousands of protesters, killing three": whom a shot is aimed at is not who died.
                boolean aimedAt = AIMED_AT_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 80), m.start())).find();
                String kind = SPEAKERS_AFTER.matcher(rest).lookingAt() || aimedAt && !own.lookingAt() ? null
                        : hostagesTaken ? "abducted" : own.lookingAt() ? kindOfVerb(own.group("undergone") != null ? own.group("undergone") : own.group("fled"))
                        : CROWD_VERB_AFTER.matcher(rest).lookingAt() ? "size" : kindOfNoun(m.group("noun"), sentence);
                // "killed 12 civilians, including four children": the four are among the twelve, not a figure beside it.
                boolean part = kind != null && !taken.isEmpty() && PART_BEFORE.matcher(sentence.substring(0, m.start())).find();
                add(out, taken, times, s.start(), m, part ? kind + Quantity.PART : kind);
            }
            m = ONE_VICTIM.matcher(sentence);
            while (m.find()) {
                // "police shot dead a man": one person, counted though no figure is written.
                int start = s.start() + m.start();
                int end = s.start() + m.end();
                if (taken.stream().noneMatch(x -> start < x[1] && x[0] < end)) {
                    taken.add(new int[] {start, end});
                    out.add(new Quantity(start, end, m.group().strip(), kindOfVerb(m.group("verb")), 1L, null, null));
                }
            }
            if (FORCE_CONTEXT.matcher(sentence).find()) {
                m = BARE_VAGUE.matcher(sentence);
                while (m.find()) {
                    add(out, taken, times, s.start(), m, "size");
                }
            }
        }
        return document.with(Layers.QUANTITIES, out);
    }

    private static void add(List<Quantity> out, List<int[]> taken, List<TimeExpression> times, int offset, Matcher m, String kind) {
        int start = offset + m.start();
        int end = offset + m.end();
        int figureStart = offset + m.start("fig");
        // A year or a day is no figure: "Oct 4, 2024 - Members of the gang killed …" counts no 2024 members.
        if (times.stream().anyMatch(t -> t.start() <= figureStart && figureStart < t.end())) {
            return;
        }
        for (int[] t : taken) {
            if (start < t[1] && t[0] < end) {
                return;
            }
        }
        if (kind == null) {
            return;
        }
        taken.add(new int[] {start, end});
        String figure = m.group("fig").toLowerCase(Locale.ROOT);
        String qualifier = groupOrNull(m, "qual");
        Long value = value(figure);
        Long low = null;
        Long high = null;
        long[] vague = vagueBounds(figure);
        if (vague != null) {
            low = vague[0];
            high = vague[1];
        } else if (value != null && qualifier != null) {
            switch (qualifier.toLowerCase(Locale.ROOT)) {
                case "at least", "no fewer than", "more than", "over" -> low = value;
                case "up to", "as many as", "fewer than", "less than", "nearly", "almost", "close to" -> high = value;
                default -> { }
            }
        }
        out.add(new Quantity(start, end, m.group().strip(), kind, value, low, high));
    }

    /** "several hundred" is several times a hundred: 300–999. */
    private static long[] vagueBounds(String figure) {
        String[] words = figure.split("\\s+");
        long scale = switch (words[words.length - 1]) {
            case "dozen" -> 12L;
            case "hundred" -> 100L;
            case "thousand" -> 1000L;
            default -> 1L;
        };
        long[] bounds = VAGUE_BOUNDS.get(scale == 1 ? figure : String.join(" ", List.of(words).subList(0, words.length - 1)));
        return bounds == null ? null : new long[] {bounds[0] * scale, bounds[1] * scale + scale - 1};
    }

    private static String groupOrNull(Matcher m, String group) {
        try {
            return m.group(group);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Long value(String figure) {
        String f = figure.toLowerCase(Locale.ROOT).strip();
        Long word = WORD_VALUES.get(f);
        if (word != null) {
            return word;
        }
        Matcher m = NUMBER_VALUE.matcher(f);
        if (!m.matches()) {
            return null;
        }
        double base = WORD_VALUES.containsKey(m.group(1)) ? WORD_VALUES.get(m.group(1)) : Double.parseDouble(m.group(1).replace(",", ""));
        long scale = m.group(2) == null ? 1 : switch (m.group(2)) {
            case "million" -> 1_000_000L;
            case "billion" -> 1_000_000_000L;
            case "thousand" -> 1_000L;
            default -> 100L;
        };
        return Math.round(base * scale);
    }

    private static String kindOfVerb(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        // Armies' communiqués say "neutralised" for the enemies they killed.
        // Those buried are the dead.
        // "shot dead", "stabbed to death": the phrase's last word says so.
        if (v.startsWith("kill") || v.startsWith("buri") || v.startsWith("neutrali") || v.startsWith("behead") || v.startsWith("execut") || v.startsWith("massacr")
                || v.endsWith("dead") || v.endsWith("death")) {
            return "dead";
        }
        if (v.startsWith("wound") || v.startsWith("injur")) {
            return "injured";
        }
        if (v.startsWith("displac") || v.equals("fled") || v.startsWith("left")) {
            return "displaced";
        }
        if (v.equals("arrested") || v.equals("detained")) {
            return "arrested";
        }
        if (v.startsWith("abduct") || v.startsWith("kidnap")) {
            return "abducted";
        }
        return "size";
    }

    /** Combatants count a force unless the sentence says they died; people count by what the sentence says befell them. */
    private static String kindOfNoun(String noun, String sentence) {
        boolean combatant = COMBATANT_NOUN.matcher(noun).matches();
        if (DEAD_CONTEXT.matcher(sentence).find()) {
            return "dead";
        }
        if (INJURED_CONTEXT.matcher(sentence).find()) {
            return "injured";
        }
        if (DISPLACED_CONTEXT.matcher(sentence).find()) {
            return "displaced";
        }
        // Taken by an armed group is not arrested by the state: an abduction is a kind of its own.
        if (ABDUCTED_CONTEXT.matcher(sentence).find()) {
            return "abducted";
        }
        if (ARRESTED_CONTEXT.matcher(sentence).find() && !combatant) {
            return "arrested";
        }
        return combatant || FORCE_CONTEXT.matcher(sentence).find() ? "size" : null;
    }
}
