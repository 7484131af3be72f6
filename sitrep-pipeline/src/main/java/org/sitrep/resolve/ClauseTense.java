package org.sitrep.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.model.Tokens;

/**
 * Whether the clause around a time expression speaks of the past or the future, from the nearest
 * verb group: "said Friday" is past, "will meet on Thursday", "plans to leave Tuesday" and "as soon
 * as Tuesday" are future. News uses this to place a bare "Tuesday" or "March 31" on the calendar.
 */
enum ClauseTense {
    PAST, FUTURE, UNKNOWN;

    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo");
    /** Words before "to" that make the next verb a plan: "plans to leave", "is to resume". */
    private static final Set<String> PLANNING = Set.of("plan", "plans", "planned", "planning", "scheduled", "set", "expected", "due",
            "going", "ready", "about", "is", "are", "intends", "intended", "hopes", "wants", "decided", "promised", "vowed", "likely");
    private static final Set<String> BE = Set.of("be", "is", "are", "am", "was", "were", "'s", "'re");
    /** Participles that announce a plan however they are tagged. */
    private static final Set<String> PLANNED = Set.of("scheduled", "planned", "expected", "slated", "due");
    private static final Set<String> RELATIVES = Set.of("which", "who", "that", "when", "while", "but", "and", "after", "before");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "--", "``", "''", "\"");
    /** Forms of "be" and "have" that make the participle after them a verb. */
    private static final Set<String> AUXILIARIES = Stream.concat(BE.stream(), Stream.of("have", "has", "had", "having", "been", "being",
            "'ve", "'d")).collect(Collectors.toUnmodifiableSet());

    /** How far from the expression a verb still governs it. */
    private static final int REACH_BEFORE = 6;
    private static final int REACH_AFTER = 4;

    /** The tense of the verb group nearest to {@code span}: just before it in its clause, else just after it. */
    static ClauseTense around(Span span, List<Token> sentence) {
        int first = Tokens.firstEndingAfter(span.start(), sentence);
        for (int i = first - 1; i >= Math.max(0, first - REACH_BEFORE); i--) {
            ClauseTense tense = at(sentence, i);
            if (tense != null) {
                return tense;
            }
            if (CLAUSE_BREAKS.contains(sentence.get(i).word())) {
                break;
            }
        }
        int after = first;
        while (after < sentence.size() && sentence.get(after).start() < span.end()) {
            after++;
        }
        for (int i = after; i < Math.min(sentence.size(), after + REACH_AFTER); i++) {
            ClauseTense tense = at(sentence, i);
            if (tense != null) {
                return tense;
            }
            // After the expression a new clause starts at a relative word: "issued July 1, which will receive".
            if (CLAUSE_BREAKS.contains(sentence.get(i).word()) || RELATIVES.contains(sentence.get(i).word().toLowerCase(Locale.ROOT))) {
                break;
            }
        }
        return UNKNOWN;
    }

    /**
     * A plan points ahead, unless the text reports it as overtaken ("had been due to expire Friday")
     * or carried out ("as planned"): then the date may have passed or not.
     */
    private static ClauseTense planOf(List<Token> sentence, int planning) {
        String previous = planning > 0 ? sentence.get(planning - 1).word().toLowerCase(Locale.ROOT) : "";
        boolean pluperfect = previous.equals("had")
                || previous.equals("been") && planning > 1 && sentence.get(planning - 2).word().equalsIgnoreCase("had");
        // "began as previously planned Saturday": a plan carried out
        return pluperfect || previous.equals("as") || previous.equals("previously") ? UNKNOWN : FUTURE;
    }

    /** The tense token {@code i} gives its clause, UNKNOWN for a verb that leaves it open, null for no verb. */
    private static ClauseTense at(List<Token> sentence, int i) {
        Token token = sentence.get(i);
        String word = token.word().toLowerCase(Locale.ROOT);
        String previous = i > 0 ? sentence.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
        String pos = token.pos() == null ? "" : token.pos();
        if (pos.equals("MD") && FUTURE_MODALS.contains(word)) {
            return FUTURE;
        }
        if (word.equals("as") && previous.matches("soon|early|late")) {
            return FUTURE;
        }
        if (pos.equals("VB") && previous.equals("to") && i > 1 && PLANNING.contains(sentence.get(i - 2).word().toLowerCase(Locale.ROOT))) {
            return planOf(sentence, i - 2);
        }
        if (PLANNED.contains(word)) {
            return planOf(sentence, i);
        }
        if (pos.equals("VBN") && BE.contains(previous)) {
            return null; // a passive: its auxiliary tells ("was paid", "will be paid", "is heard")
        }
        if (pos.equals("VBN") && !AUXILIARIES.contains(previous) && i + 1 < sentence.size()
                && sentence.get(i + 1).pos() != null && sentence.get(i + 1).pos().matches("NNS?")) {
            return null; // an adjective: "redeem preferred shares on Oct. 31"
        }
        return pos.equals("VBD") || pos.equals("VBN") ? PAST : null;
    }
}
