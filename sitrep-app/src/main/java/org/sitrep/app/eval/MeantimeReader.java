package org.sitrep.app.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.app.eval.TimeEval.TimeMlDocument;
import org.sitrep.app.eval.TimeEval.Timex;

/**
 * Reads a NewsReader MEANTIME article (its English Wikinews section: tokens with sentence numbers,
 * TIMEX3 mentions anchored to tokens) as a TimeML document. The tokens are joined by spaces, a
 * sentence per line. Only the title and the first sentences are annotated, so the text ends with the
 * last sentence that holds an annotation of any kind. The creation time is the article's date: like
 * TimeML's DCT it is metadata, so its words (the dateline) are left out of the text and of the gold.
 */
final class MeantimeReader {
    private static final Pattern ROOT = Pattern.compile("<Document\\b[^>]*\\bdoc_id=\"([^\"]+)\"[^>]*\\blang=\"en\"");
    private static final Pattern TOKEN = Pattern.compile("<token\\b[^>]*\\bsentence=\"(\\d+)\"[^>]*\\bt_id=\"(\\d+)\"[^>]*>([^<]*)</token>");
    private static final Pattern TIMEX = Pattern.compile("<TIMEX3\\b([^>]*)>(.*?)</TIMEX3>", Pattern.DOTALL);
    private static final Pattern ANCHOR = Pattern.compile("<token_anchor t_id=\"(\\d+)\"/>");
    private static final Pattern FUNCTION = Pattern.compile("functionInDocument=\"([^\"]*)\"");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{2})-(\\d{2})-(\\d{4})");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

    private MeantimeReader() {}

    /** The article's id when {@code xml} is an English MEANTIME article, else null. */
    static String articleId(String xml) {
        Matcher root = ROOT.matcher(xml.substring(0, Math.min(xml.length(), 2000)));
        return root.find() ? root.group(1) : null;
    }

    /** An ISO date; one article writes its creation time day first ("03-02-2009" under "February 03, 2009"). */
    private static LocalDate date(String value) {
        Matcher dayFirst = DAY_FIRST.matcher(value);
        return dayFirst.matches() ? LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                Integer.parseInt(dayFirst.group(1))) : LocalDate.parse(value.substring(0, 10));
    }

    /** The article in {@code xml}, read from the file {@code name}. */
    static TimeMlDocument read(String name, String xml) {
        LocalDate dct = null;
        Set<String> dateline = new HashSet<>();
        Matcher timex = TIMEX.matcher(xml);
        while (timex.find()) {
            Matcher function = FUNCTION.matcher(timex.group(1));
            Matcher value = VALUE.matcher(timex.group(1));
            if (function.find() && function.group(1).equals("CREATION_TIME") && value.find()) {
                dct = date(value.group(1));
                Matcher anchor = ANCHOR.matcher(timex.group(2));
                while (anchor.find()) {
                    dateline.add(anchor.group(1));
                }
            }
        }
        Map<String, Integer> sentenceOf = new HashMap<>();
        Matcher token = TOKEN.matcher(xml);
        while (token.find()) {
            sentenceOf.put(token.group(2), Integer.parseInt(token.group(1)));
        }
        int lastAnnotated = -1;
        Matcher anyAnchor = ANCHOR.matcher(xml);
        while (anyAnchor.find()) {
            lastAnnotated = Math.max(lastAnnotated, sentenceOf.getOrDefault(anyAnchor.group(1), -1));
        }
        StringBuilder text = new StringBuilder();
        Map<String, int[]> spans = new HashMap<>();
        token.reset();
        String sentence = null;
        while (token.find()) {
            if (dateline.contains(token.group(2)) || Integer.parseInt(token.group(1)) > lastAnnotated) {
                continue;
            }
            if (sentence != null) {
                text.append(token.group(1).equals(sentence) ? " " : "\n");
            }
            sentence = token.group(1);
            String word = Metrics.unescapeXml(token.group(3));
            spans.put(token.group(2), new int[] {text.length(), text.length() + word.length()});
            text.append(word);
        }
        List<Timex> gold = new ArrayList<>();
        timex.reset();
        while (timex.find()) {
            Matcher value = VALUE.matcher(timex.group(1));
            Matcher anchor = ANCHOR.matcher(timex.group(2));
            int start = Integer.MAX_VALUE;
            int end = -1;
            while (anchor.find()) {
                int[] span = spans.get(anchor.group(1));
                if (span != null) {
                    start = Math.min(start, span[0]);
                    end = Math.max(end, span[1]);
                }
            }
            if (end >= 0 && value.find()) {
                gold.add(new Timex(start, end, value.group(1)));
            }
        }
        gold.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new TimeMlDocument(name, dct, text.toString(), gold);
    }
}
