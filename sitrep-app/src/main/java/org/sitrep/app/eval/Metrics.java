package org.sitrep.app.eval;

/** Arithmetic the evaluation commands share. */
final class Metrics {
    private Metrics() {}

    /** part / whole, 0 when there is no whole. */
    static double ratio(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }

    /** The harmonic mean of precision and recall, 0 when both are 0. */
    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Text of an XML element as written in benchmark files: the five predefined entities decoded. */
    static String unescapeXml(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}
