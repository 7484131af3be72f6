package org.sitrep.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

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

    /** How far from the expression a verb still governs it. */
    private static final int REACH_BEFORE = 6;
    private static final int REACH_AFTER = 4;

    /** The tense of the verb group nearest to {@code span}: just before it in its clause, else just after it. */
    static ClauseTense around(Span span, List<Token> sentence) {
        int first = Tokens.firstEndingAfter(span.start(), sentence);
        for (int i = first - 1; i >= Math.max(0, first - REACH_BEFORE); i--) {
            ClauseTense tense = at(sentence, i);
            if (tense != UNKNOWN) {
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
            if (tense != UNKNOWN) {
                return tense;
            }
            // After the expression a new clause starts at a relative word: "issued July 1, which will receive".
            if (CLAUSE_BREAKS.contains(sentence.get(i).word()) || RELATIVES.contains(sentence.get(i).word().toLowerCase(Locale.ROOT))) {
                break;
            }
        }
        return UNKNOWN;
    }

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
            return FUTURE;
        }
        if (PLANNED.contains(word)) {
            return FUTURE;
        }
        if (pos.equals("VBN") && BE.contains(previous)) {
            return UNKNOWN; // a passive: its auxiliary tells ("was paid", "will be paid", "is heard")
        }
        return pos.equals("VBD") || pos.equals("VBN") ? PAST : UNKNOWN;
    }
}
