package org.sitrep.model;

/** A toponym in the text resolved to a gazetteer entry. */
public record PlaceMention(int start, int end, String text, Place place) implements Span {
    public PlaceMention {
        Span.check(start, end);
    }

    /**
     * The place so far, unless it is missing or a country and the candidate is a place inside
     * that country: a later mention may say where in the country ("near Albu Kamal"), but a place
     * in another country is a different claim (where they came from), not a refinement.
     */
    public static PlaceMention moreSpecific(PlaceMention current, PlaceMention candidate) {
        if (candidate == null) {
            return current;
        }
        if (current == null) {
            return candidate;
        }
        boolean refines = current.place().isCountry() && !candidate.place().isCountry()
                && current.place().countryCode().equals(candidate.place().countryCode());
        return refines ? candidate : current;
    }
}
