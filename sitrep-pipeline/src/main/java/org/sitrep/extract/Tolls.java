package org.sitrep.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Running totals of a conflict's cost: "twelve years of war in Syria have killed more than 500,000
 * people", "the war has left 250,000 dead", "300 people have been killed since March", "1,500 were
 * killed in gang violence in the first three months of the year". Such a
 * sentence reports where a count stands on the day it was written, not one event with its own
 * actor and date; a reader wants the figure, and a linker must not merge it with the attacks it sums.
 */
final class Tolls {
    private static final String CONFLICT = "(?:war|warfare|fighting|conflict|violence|bloodshed|insurgency|uprising|unrest|clashes|bombardment|bombing|siege)";
    private static final String COST = "(?:has|have|had)\\s+(?:\\w+\\s+)?(?:been\\s+)?(?:killed|left|claimed|cost|displaced|wounded|injured)";
    /** Up to the verb, within one clause (a few words, no sentence break). */
    private static final String CLAUSE = "[^.;!?]{0,80}?\\b";
    private static final List<Pattern> TOLLS = List.of(
            // "six years of fighting in Yemen have left …"
            Pattern.compile("(?i)\\b(?:years?|months?|weeks?|decades?)\\s+of\\s+(?:[\\w-]+\\s+){0,2}?" + CONFLICT + "\\b" + CLAUSE + COST + "\\b"),
            // "the war has killed …", "a conflict that has displaced …", "Sudan's war … has killed": the war as a whole, in the perfect
            Pattern.compile("(?i)\\b(?:the|a|this|its|\\p{L}+['’]s)\\s+(?:[\\w-]+\\s+){0,2}?(?:war|conflict|insurgency|uprising)\\b" + CLAUSE + COST + "\\b"),
            // "… have been killed since the uprising began", "since March, 300 have been killed"
            Pattern.compile("(?i)\\b(?:has|have|had)\\s+been\\s+(?:killed|wounded|injured|displaced)\\b" + CLAUSE + "since\\b"),
            Pattern.compile("(?i)\\bsince\\b" + CLAUSE + "(?:has|have|had)\\s+been\\s+(?:killed|wounded|injured|displaced)\\b"),
            // "fighting in eastern Congo that has killed thousands this year"
            Pattern.compile("(?i)(?:\\b" + CONFLICT + "\\b" + CLAUSE + ")?\\b(?:has|have)\\s+(?:\\w+\\s+)?(?:killed|displaced)\\b" + CLAUSE
                    + "(?:(?:this|last)\\s+year|since)\\b"),
            // "The killings bring to 75 the number of militants killed in the province since the start of the year": a tally over
            // a time, with the act that adds to it named again as its subject.
            Pattern.compile("(?i)\\b[\\w-]+\\s+bring(?:s|ing)?\\s+to\\s+[^.;]{0,60}?\\bnumber\\s+of\\b[^.;]{0,60}?\\b(?:killed|dead|wounded|injured|displaced|abducted)\\b"
                    + CLAUSE + "(?:since|so\\s+far|(?:this|last)\\s+year|in\\s+\\d{4}|in\\s+the\\s+(?:past|last)\\s+)"),
            // "… were killed in gang violence in the first three months of the year", "… killed this year", and in the active,
            // "gang violence killed more than 1,600 people in the first three months of the year"
            Pattern.compile("(?i)\\b(?:(?:were|have\\s+been|had\\s+been)\\s+(?:killed|wounded|injured|displaced)|" + CONFLICT
                    + "\\s+(?:killed|displaced|left))\\b" + CLAUSE
                    + "(?:in\\s+the\\s+(?:first|past|last)\\s+(?:[\\w-]+\\s+)?(?:days|weeks|months|years)|(?:this|last)\\s+year)\\b"));

    private Tolls() {}

    /** Whether the word at [start, end) of {@code text} is part of a toll phrase in the sentence at [from, to). */
    static boolean reads(String text, int from, int to, int start, int end) {
        for (Pattern p : TOLLS) {
            Matcher m = p.matcher(text).region(from, to);
            while (m.find()) {
                if (m.start() <= start && end <= m.end()) {
                    return true;
                }
            }
        }
        return false;
    }
}
