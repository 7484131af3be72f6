package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.LayerKey;
import org.sitrep.model.Layers;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Stage;

/**
 * Runs CoreNLP once per article: tokenize, ssplit (a line is a paragraph and ends a sentence),
 * pos, lemma, and NER with the 3-class CRF plus SUTime. The dependency parser and the
 * fine-grained NER models are left out: later stages work on tokens, tags and our own gazetteers,
 * which keeps the whole pipeline faster than CoreNLP's default chain. One instance per process;
 * CoreNLP's pipeline is safe to share across threads.
 */
public final class CoreNlpAnnotator implements Stage {
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");
    /** The recogniser's name tags; a token with one is no time word. */
    static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
    /** Words that join two time expressions SUTime composes into one: "the first nine months of 1997". */
    private static final Set<String> CONNECTIVES = Set.of("of", "in", "on", "at", "during", ",");
    private static final Pattern WEEK = Pattern.compile("(?i)(the )?week");
    private static final Pattern SPOKEN_UNITS = Pattern.compile("-(one|two|three|four|five|six|seven|eight|nine)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> RANGE = Set.of("to", "and", "-", "or", "through");
    /**
     * At most how many words SUTime might join to what the common forms leave to it are read with
     * it, before and after: its expressions reach further before their time word ("the end of the
     * year") than after it ("two weeks ago").
     */
    private static final int BEFORE = 5;
    private static final int AFTER = 3;
    /**
     * Words read beyond those on each side, as context; an expression found that reaches into them
     * sends the whole sentence to SUTime. One word each way reads as the whole sentence does on
     * TimeBank, AQUAINT, MEANTIME, ECB+ and the extraction pages; two before cost 12% more tokens.
     */
    private static final int START_MARGIN = 1;
    private static final int END_MARGIN = 1;
    private static volatile StanfordCoreNLP shared;
    private static volatile TimeExpressionExtractor sutimeShared;
    /** Time spent reading time expressions, for the benchmark's share of time work. */
    private static final LongAdder TIME_TAGGING_NANOS = new LongAdder();
    /** Tokens SUTime was given to read, for the benchmark: a measure of its work that machine noise does not blur. */
    private static final LongAdder SUTIME_TOKENS = new LongAdder();

    private final StanfordCoreNLP nlp;
    private final TimeExpressionExtractor sutime;

    public CoreNlpAnnotator() {
        this.nlp = sharedPipeline();
        this.sutime = sharedSutime();
    }

    public static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("tokenize.options", "untokenizable=noneKeep,ptb3Escaping=false");
        props.setProperty("pos.maxlen", "120");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        // Time expressions come from SUTime run apart, on the sentences that may hold one (see times()).
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "true");
        return props;
    }

    private static TimeExpressionExtractor sharedSutime() {
        if (sutimeShared == null) {
            synchronized (CoreNlpAnnotator.class) {
                if (sutimeShared == null) {
                    TimeExpressionExtractor sutime = plainSutime();
                    SutimeRuleFilter.install(sutime);
                    sutimeShared = sutime;
                }
            }
        }
        return sutimeShared;
    }

    /** SUTime as CoreNLP makes it, with all its rules tried everywhere. */
    static TimeExpressionExtractor plainSutime() {
        Properties props = new Properties();
        props.setProperty("sutime.markTimeRanges", "false");
        props.setProperty("sutime.includeRange", "false");
        return TimeExpressionExtractorFactory.createExtractor("sutime", props);
    }

    private static StanfordCoreNLP sharedPipeline() {
        if (shared == null) {
            synchronized (CoreNlpAnnotator.class) {
                if (shared == null) {
                    shared = new StanfordCoreNLP(properties());
                }
            }
        }
        return shared;
    }

    /** The sentences CoreNLP reads in {@code text}, with their tokens, tags and names. */
    List<CoreMap> sentences(String text) {
        Annotation annotation = new Annotation(text);
        nlp.annotate(annotation);
        return annotation.get(CoreAnnotations.SentencesAnnotation.class);
    }

    /** Tokens given to SUTime in this process so far, across threads (windows and whole sentences). */
    public static long sutimeTokens() {
        return SUTIME_TOKENS.sum();
    }

    /** Nanoseconds spent reading time expressions in this process so far, across threads. */
    public static long timeTaggingNanos() {
        return TIME_TAGGING_NANOS.sum();
    }

    @Override
    public String name() {
        return "annotate";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<LayerKey<?>> produces() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.ENTITIES, Layers.TIMEX);
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        Annotation annotation = new Annotation(text);
        nlp.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        int index = 0;
        int paragraph = 0;
        int scanned = 0;
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            // Paragraphs are lines of the cleaned text; count the breaks passed since the last sentence.
            for (; scanned < start; scanned++) {
                if (text.charAt(scanned) == '\n') {
                    paragraph++;
                }
            }
            sentences.add(new Sentence(start, end, index, paragraph));
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(t.beginPosition(), t.endPosition(), t.word(), t.lemma(), t.tag(),
                        t.ner() == null ? "O" : t.ner(), index));
            }
            List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
            for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
                int ms = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int me = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                if (tag != null && !TIME_TAGS.contains(tag)) {
                    entities.add(new EntityMention(ms, me, text.substring(ms, me), tag));
                }
            }
            long timeStart = System.nanoTime();
            times.addAll(times(s, text, document.publishedMetadata()));
            TIME_TAGGING_NANOS.add(System.nanoTime() - timeStart);
            index++;
        }
        return document.with(Layers.SENTENCES, sentences)
                .with(Layers.TOKENS, tokens)
                .with(Layers.ENTITIES, entities)
                .with(Layers.TIMEX, times);
    }

    /**
     * The time expressions of one sentence, valued against the article's date when it is known
     * ("Monday", "last week"). The common forms are read by {@link CommonTimes}; SUTime, which costs
     * far more for every token it reads, reads only the words around what they leave.
     */
    List<TimeExpression> times(CoreMap sentence, String text, LocalDate published) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<int[]> cues = TimeCues.spans(text, sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        if (cues.isEmpty()) {
            return List.of();
        }
        CommonTimes.Reading common = CommonTimes.read(tokens, text, published, cues);
        if (common.unresolved().isEmpty()) {
            return common.times();
        }
        String date = published == null ? null : published.toString();
        List<int[]> windows = windows(common.unresolved(), common.times(), tokens);
        List<CoreMap> found = new ArrayList<>();
        for (int[] window : windows) {
            SUTIME_TOKENS.add(window[1] - window[0]);
            List<CoreMap> read = sutime.extractTimeExpressionCoreMaps(asSentence(tokens.subList(window[0], window[1]), text), date);
            if (read.stream().anyMatch(m -> nearEdge(m, tokens, window))) {
                // SUTime might have joined words beyond the window: let it read the whole sentence
                return sutimeTimes(sentence, text, date);
            }
            found.addAll(read);
        }
        List<TimeExpression> out = expressions(found, text, date);
        for (TimeExpression time : common.times()) {
            if (windows.stream().noneMatch(w -> overlaps(time, tokens, w))) {
                out.add(time);
            }
        }
        out.sort(Comparator.comparingInt(TimeExpression::start));
        return out;
    }

    /** SUTime's time expressions in the whole sentence. */
    List<TimeExpression> sutimeTimes(CoreMap sentence, String text, String published) {
        SUTIME_TOKENS.add(sentence.get(CoreAnnotations.TokensAnnotation.class).size());
        return expressions(sutime.extractTimeExpressionCoreMaps(sentence, published), text, published);
    }

    /**
     * The token ranges around each range left to SUTime, merged where they meet, and widened until
     * every common form they touch lies inside with its context: SUTime may read a form differently
     * without the words after it ("a 30-day free trial").
     */
    private static List<int[]> windows(List<int[]> unresolved, List<TimeExpression> common, List<CoreLabel> tokens) {
        List<int[]> ranges = new ArrayList<>(unresolved);
        List<TimeExpression> outside = new ArrayList<>(common);
        while (true) {
            ranges.sort(Comparator.comparingInt(range -> range[0]));
            List<int[]> windows = new ArrayList<>();
            for (int[] range : ranges) {
                int[] window = around(range, tokens);
                int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
                if (last != null && window[0] <= last[1]) {
                    last[1] = Math.max(last[1], window[1]);
                } else {
                    windows.add(window);
                }
            }
            List<TimeExpression> touched = outside.stream().filter(time -> windows.stream().anyMatch(w -> overlaps(time, tokens, w))).toList();
            if (touched.isEmpty()) {
                return windows;
            }
            outside.removeAll(touched);
            touched.forEach(time -> ranges.add(CommonTimes.tokensOf(tokens, time.start(), time.end())));
        }
    }

    /**
     * The window SUTime reads for one range: the words it might join to it, context words beyond
     * them, and a verb within reach that sets the tense ("it said ... Monday", "Monday ... will").
     */
    private static int[] around(int[] range, List<CoreLabel> tokens) {
        int from = range[0];
        while (from > 0 && range[0] - from < BEFORE && CommonTimes.mayJoin(tokens, from - 1)) {
            from--;
        }
        int to = range[1];
        while (to < tokens.size() && to - range[1] < AFTER && CommonTimes.mayJoin(tokens, to)) {
            to++;
        }
        from = Math.max(0, from - START_MARGIN);
        to = Math.min(tokens.size(), to + END_MARGIN);
        if (from > 0 && CommonTimes.setsTense(tokens.get(from - 1))) {
            from--;
        }
        for (int k = to; k < Math.min(tokens.size(), to + 2); k++) {
            if (CommonTimes.setsTense(tokens.get(k))) {
                to = k + 1;
            }
        }
        return new int[] {from, to};
    }

    private static boolean overlaps(TimeExpression time, List<CoreLabel> tokens, int[] window) {
        return time.start() < tokens.get(window[1] - 1).endPosition() && tokens.get(window[0]).beginPosition() < time.end();
    }

    /** Tokens already tagged, as a sentence of their own for SUTime. */
    private static CoreMap asSentence(List<CoreLabel> tokens, String text) {
        // SUTime places what it finds by the tokens' own indexes in the article
        int firstToken = tokens.get(0).get(CoreAnnotations.TokenBeginAnnotation.class);
        int from = tokens.get(0).beginPosition();
        int to = tokens.get(tokens.size() - 1).endPosition();
        CoreMap part = new ArrayCoreMap();
        part.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
        part.set(CoreAnnotations.TextAnnotation.class, text.substring(from, to));
        part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, from);
        part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, to);
        part.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken);
        part.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + tokens.size());
        return part;
    }

    /**
     * Whether an expression SUTime found in a window lies so near an edge that is not the sentence's
     * that words beyond it could have changed it: "the end of" before "the next three-minute stretch".
     */
    private static boolean nearEdge(CoreMap expression, List<CoreLabel> tokens, int[] window) {
        List<CoreLabel> span = expression.get(CoreAnnotations.TokensAnnotation.class);
        int first = window[0];
        while (tokens.get(first).beginPosition() < span.get(0).beginPosition()) {
            first++;
        }
        int last = window[1] - 1;
        while (tokens.get(last).endPosition() > span.get(span.size() - 1).endPosition()) {
            last--;
        }
        return window[0] > 0 && first - window[0] < START_MARGIN || window[1] < tokens.size() && window[1] - 1 - last < END_MARGIN;
    }

    private List<TimeExpression> expressions(List<CoreMap> found, String text, String published) {
        List<TimeExpression> out = new ArrayList<>();
        for (CoreMap m : found) {
            Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
            List<CoreLabel> tokens = withoutNames(m.get(CoreAnnotations.TokensAnnotation.class));
            if (timex == null || tokens.isEmpty()) {
                continue;
            }
            int ms = tokens.get(0).beginPosition();
            int me = tokens.get(tokens.size() - 1).endPosition();
            if (tokens.size() < m.get(CoreAnnotations.TokensAnnotation.class).size()) {
                // what is left once the name is gone, read again: "recent" of "a recent SEC filing"
                TimeExpression rest = whole(tokens, text, published);
                if (rest != null) {
                    out.add(rest);
                } else if (TimeCues.mayHold(text.substring(ms, me))) {
                    out.add(new TimeExpression(ms, me, text.substring(ms, me), timex.timexType(), null));
                } // else no time word is left: "the" of "the SEC", which SUTime read as seconds
            } else if (timex.value() != null) {
                Matcher units = SPOKEN_UNITS.matcher(text.substring(me, Math.min(text.length(), me + 7)));
                if (units.lookingAt() && timex.value().matches("\\d{3}0.*")) {
                    // a year said in words, "nineteen ninety-six": SUTime stops at the hyphen
                    int unit = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine").indexOf(units.group(1).toLowerCase(Locale.ROOT)) + 1;
                    me += units.end();
                    out.add(new TimeExpression(ms, me, text.substring(ms, me), timex.timexType(), timex.value().substring(0, 3) + unit + timex.value().substring(4)));
                    continue;
                }
                out.add(new TimeExpression(ms, me, text.substring(ms, me), timex.timexType(), timex.value()));
            } else {
                out.addAll(parts(tokens, text, timex.timexType(), published));
            }
        }
        return out;
    }

    /**
     * The expression's tokens without the names at its ends that the recogniser found ("the SEC",
     * "Jan Egeland" are no seconds or January, as in CoreNLP's own NER); none when a name is inside.
     */
    private static List<CoreLabel> withoutNames(List<CoreLabel> tokens) {
        if (tokens == null) {
            return List.of();
        }
        int from = 0;
        int to = tokens.size();
        while (from < to && NAME_TAGS.contains(tokens.get(from).ner())) {
            from++;
        }
        while (to > from && NAME_TAGS.contains(tokens.get(to - 1).ner())) {
            to--;
        }
        List<CoreLabel> kept = tokens.subList(from, to);
        return kept.stream().anyMatch(t -> NAME_TAGS.contains(t.ner())) ? List.of() : kept;
    }

    /**
     * SUTime sometimes composes neighbouring expressions into one that has no value ("the first nine
     * months of 1997" as 1997 INTERSECT P9M, "more than four hours Friday"); TimeML tags the parts.
     * The mention is split at the first point where both sides, read alone, are whole expressions with
     * a value; else it stays one expression without a value.
     */
    private List<TimeExpression> parts(List<CoreLabel> tokens, String text, String tag, String published) {
        int n = tokens.size();
        for (int k = 1; k < n; k++) {
            int right = k;
            while (right < n && CONNECTIVES.contains(tokens.get(right).word().toLowerCase(Locale.ROOT))) {
                right++;
            }
            if (right == n || RANGE.contains(tokens.get(k - 1).word()) || RANGE.contains(tokens.get(k).word())
                    || "CD".equals(tokens.get(k - 1).tag()) && right == k) {
                continue; // "the next 12 to 18 months" is one range
            }
            TimeExpression before = whole(tokens.subList(0, k), text, published);
            TimeExpression after = before == null ? null : whole(tokens.subList(right, n), text, published);
            if (after != null && WEEK.matcher(before.text()).matches() && tokens.get(k).word().equalsIgnoreCase("of")
                    && after.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                // "the week of March 6" is one expression, the week that holds the day (the refiner gives it)
                return List.of(new TimeExpression(before.start(), after.end(), text.substring(before.start(), after.end()), "DATE", after.value()));
            }
            if (after != null) {
                return List.of(before, after);
            }
        }
        int start = tokens.get(0).beginPosition();
        int end = tokens.get(n - 1).endPosition();
        return List.of(new TimeExpression(start, end, text.substring(start, end), tag, null));
    }

    /**
     * The tokens as one time expression with a value, or null. They keep the tags they have in
     * their sentence: tagging the words again on their own costs a whole CoreNLP pass.
     */
    private TimeExpression whole(List<CoreLabel> tokens, String text, String published) {
        int start = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        for (CoreMap m : sutime.extractTimeExpressionCoreMaps(asSentence(tokens, text), published)) {
            Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
            if (timex != null && timex.value() != null && m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) == start
                    && m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) == end) {
                return new TimeExpression(start, end, text.substring(start, end), timex.timexType(), timex.value());
            }
        }
        return null;
    }
}
