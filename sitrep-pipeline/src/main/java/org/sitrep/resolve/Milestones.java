package org.sitrep.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Dated world events that news names in set phrases ("the killing of Osama bin Laden", "Russian
 * air strikes" in Syria), from the bundled {@code milestones.tsv}: evidence of when an undated text
 * was written.
 */
final class Milestones {
    /**
     * An event, the country a text must be about for the phrases to mean it (null: any), and
     * whether the phrases can mean only this event ({@code once}) or also later ones named alike.
     */
    record Milestone(LocalDate date, String country, String what, boolean once, List<Pattern> patterns) {}

    /** A pattern and a word every match of it holds, lower-cased (null when none is sure). */
    private record Anchored(Milestone milestone, Pattern pattern, String anchor) {}

    /** Where a sentence names a milestone. */
    record Mention(Milestone milestone, int start, int end) {}

    private final List<Anchored> all = new ArrayList<>();

    Milestones(String resource) {
        for (String[] row : ReferenceData.table(resource)) {
            if (row.length < 5 || !row[3].equals("once") && !row[3].equals("again")) {
                throw new IllegalArgumentException(resource + ": a milestone needs date, country, what, 'once' or 'again', patterns: "
                        + String.join("\t", row));
            }
            List<Pattern> patterns = new ArrayList<>();
            for (String p : row[4].split(";")) {
                try {
                    patterns.add(Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException(resource + ": bad pattern for " + row[2] + ": " + e.getMessage(), e);
                }
            }
            Milestone milestone = new Milestone(LocalDate.parse(row[0]), row[1].equals("-") ? null : row[1], row[2], row[3].equals("once"), patterns);
            patterns.forEach(p -> all.add(new Anchored(milestone, p, anchor(p.pattern()))));
        }
    }

    /** The milestones a sentence names, each once, where first named. */
    List<Mention> find(String sentence) {
        // Most sentences name none: a word each match must hold rules most patterns out cheaply.
        String lower = sentence.toLowerCase(Locale.ROOT);
        List<Mention> out = new ArrayList<>();
        for (Anchored a : all) {
            if (a.anchor() != null && !lower.contains(a.anchor())
                    || out.stream().anyMatch(m -> m.milestone() == a.milestone())) {
                continue;
            }
            Matcher matcher = a.pattern().matcher(sentence);
            if (matcher.find()) {
                out.add(new Mention(a.milestone(), matcher.start(), matcher.end()));
            }
        }
        return out;
    }

    /**
     * The longest run of plain letters (at least four) outside any group, class, escape or
     * alternative of a regular expression: every match holds it. Null when there is none.
     */
    static String anchor(String regex) {
        String best = null;
        int depth = 0;
        StringBuilder run = new StringBuilder();
        for (int k = 0; k <= regex.length(); k++) {
            char c = k < regex.length() ? regex.charAt(k) : ' ';
            char next = k + 1 < regex.length() ? regex.charAt(k + 1) : ' ';
            boolean plain = depth == 0 && c < 128 && Character.isLetter(c) && "?*{".indexOf(next) < 0;
            if (plain) {
                run.append(c);
                continue;
            }
            if (run.length() >= 4 && (best == null || run.length() > best.length())) {
                best = run.toString().toLowerCase(Locale.ROOT);
            }
            run.setLength(0);
            switch (c) {
                case '\\' -> k++; // an escape: the next character is no plain letter
                case '(', '[' -> depth++;
                case ')', ']' -> depth--;
                case '|' -> {
                    if (depth == 0) {
                        return null; // alternatives at the top: no word is sure
                    }
                }
                default -> { }
            }
        }
        return best;
    }
}
