package org.sitrep.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    /** Where a sentence names a milestone. */
    record Mention(Milestone milestone, int start, int end) {}

    private final List<Milestone> all = new ArrayList<>();

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
            all.add(new Milestone(LocalDate.parse(row[0]), row[1].equals("-") ? null : row[1], row[2], row[3].equals("once"), patterns));
        }
    }

    /** The milestones a sentence names, each once, where first named. */
    List<Mention> find(String sentence) {
        List<Mention> out = new ArrayList<>();
        for (Milestone m : all) {
            for (Pattern p : m.patterns()) {
                Matcher matcher = p.matcher(sentence);
                if (matcher.find()) {
                    out.add(new Mention(m, matcher.start(), matcher.end()));
                    break;
                }
            }
        }
        return out;
    }
}
