package org.sitrep.app.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric: tokens are runs of word characters; a page's text is
 * the multiset of its token 4-grams (the whole token list when shorter); true and false positives
 * and negatives are normalised per page so long pages weigh no more than short ones; precision and
 * recall are averaged over pages, and F1 is their harmonic mean.
 */
public final class ShingleScore {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    /** One page's normalised counts. */
    public record Page(double tp, double fp, double fn) {}

    /** The averaged figures. */
    public record Result(double precision, double recall, double f1) {}

    private ShingleScore() {}

    public static Page page(String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(predicted);
        Set<List<String>> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> key : keys) {
            int tc = t.getOrDefault(key, 0);
            int pc = p.getOrDefault(key, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Page(tp / sum, fp / sum, fn / sum) : new Page(0, 0, 0);
    }

    public static Result average(List<Page> pages) {
        double precision = pages.stream().filter(p -> p.tp() + p.fp() > 0).mapToDouble(ShingleScore::precision).average().orElse(0);
        double recall = pages.stream().filter(p -> p.tp() + p.fn() > 0).mapToDouble(ShingleScore::recall).average().orElse(0);
        return new Result(precision, recall, Metrics.f1(precision, recall));
    }

    private static double precision(Page p) {
        if (p.fp() == 0 && p.fn() == 0) {
            return 1;
        }
        return p.tp() == 0 && p.fp() == 0 ? 0 : p.tp() / (p.tp() + p.fp());
    }

    private static double recall(Page p) {
        if (p.fp() == 0 && p.fn() == 0) {
            return 1;
        }
        return p.tp() == 0 && p.fn() == 0 ? 0 : p.tp() / (p.tp() + p.fn());
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!shingle.isEmpty()) {
                out.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return out;
    }
}
