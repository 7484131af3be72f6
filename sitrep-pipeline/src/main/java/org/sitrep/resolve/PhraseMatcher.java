package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds known phrases in text as whole words, longest match first, without overlaps. Matching
 * ignores case, apostrophe style, the kind of space (no-break spaces are common in scraped text)
 * and hyphen-versus-space ("al-Nujaba" = "Al Nujaba"), except that
 * phrases written in capitals (ISIS, PMF) must match their case exactly.
 */
public final class PhraseMatcher<T> {
    /** A phrase found at [start, end) of the text. */
    public record Match<T>(int start, int end, String phrase, T value) {}

    private final Map<String, T> phrases = new HashMap<>();
    private final Map<String, String> exactCase = new HashMap<>();
    /** Phrases indexed by their first two normalized characters, to skip most of them at each position. */
    private final Map<String, List<String>> byPrefix = new HashMap<>();

    public void add(String phrase, T value) {
        String p = phrase.strip();
        if (p.length() < 2) {
            return;
        }
        String key = normalize(p);
        if (phrases.putIfAbsent(key, value) == null) {
            byPrefix.computeIfAbsent(key.substring(0, 2), k -> new ArrayList<>()).add(key);
            if (isAcronym(p)) {
                exactCase.put(key, p);
            }
        }
    }

    public boolean contains(String phrase) {
        return phrases.containsKey(normalize(phrase.strip()));
    }

    public T get(String phrase) {
        return phrases.get(normalize(phrase.strip()));
    }

    public List<Match<T>> find(String text) {
        String normalized = normalize(text);
        List<Match<T>> found = new ArrayList<>();
        for (int i = 0; i + 1 < normalized.length(); i++) {
            if (i > 0 && isWordChar(normalized.charAt(i - 1))) {
                continue;
            }
            List<String> candidates = byPrefix.get(normalized.substring(i, i + 2));
            if (candidates == null) {
                continue;
            }
            for (String key : candidates) {
                int end = i + key.length();
                if (end <= normalized.length() && normalized.startsWith(key, i)
                        && (end == normalized.length() || !isWordChar(normalized.charAt(end)))) {
                    String exact = exactCase.get(key);
                    if (exact == null || text.startsWith(exact, i)) {
                        found.add(new Match<>(i, end, text.substring(i, end), phrases.get(key)));
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt((Match<T> m) -> m.end() - m.start()).reversed()
                .thenComparingInt(Match::start));
        List<Match<T>> kept = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (Match<T> m : found) {
            boolean free = true;
            for (int i = m.start(); i < m.end() && free; i++) {
                free = !taken[i];
            }
            if (free) {
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return kept;
    }

    /** Same length as the input, so offsets carry over. */
    static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(normalize(s.charAt(i)));
        }
        return out.toString();
    }

    /** One character as {@link #normalize(String)} reads it. */
    static char normalize(char c) {
        return switch (c) {
            case '’', '‘', 'ʼ', '`' -> '\'';
            case '-', '‐', '‑', '–' -> ' ';
            default -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : Character.toLowerCase(c);
        };
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isAcronym(String phrase) {
        int upper = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }
}
