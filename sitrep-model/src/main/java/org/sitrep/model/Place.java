package org.sitrep.model;

import java.util.Set;

/** A gazetteer entry: GeoNames id (null for entries without one), feature code and country (ISO alpha-2). */
public record Place(Long geonameid, String name, double lat, double lon, String countryCode, String featureCode,
                    long population) {
    private static final Set<String> AREAS_ABOVE_COUNTRIES = Set.of("CONT", "OCN", "RGN", "SEA");
    private static final double EARTH_RADIUS_KM = 6371.0088;
    /** How far apart two towns may lie and still be one event's place told twice (a city and its suburb). */
    private static final double SAME_SITE_KM = 25;

    public boolean isCountry() {
        return featureCode != null && featureCode.startsWith("PCL");
    }

    /** A continent, ocean, sea or region spanning countries. */
    public boolean isAboveCountries() {
        return featureCode != null && AREAS_ABOVE_COUNTRIES.contains(featureCode);
    }

    /** A first-level division: a state, province or governorate. */
    public boolean isFirstLevelDivision() {
        return "ADM1".equals(featureCode);
    }

    /** A second-level division: a county. */
    public boolean isCounty() {
        return "ADM2".equals(featureCode);
    }

    /** A town, city or other populated place (GeoNames feature class P). */
    public boolean isPopulatedPlace() {
        return featureCode != null && featureCode.startsWith("PPL");
    }

    /**
     * Whether this town and another lie too far apart to be where one event happened: the same side
     * arresting people in Homs and in Hama acts twice; so do two provinces ("in Zamfara state", "in Kaduna
     * state"). Places that contain towns (a province, a country) are never apart from them: a report may name either.
     */
    public boolean apartFrom(Place other) {
        return isPopulatedPlace() && other.isPopulatedPlace() && kmTo(other) > SAME_SITE_KM
                || isFirstLevelDivision() && other.isFirstLevelDivision() && !name.equals(other.name);
    }

    /** Great-circle distance to another place, in kilometres. */
    public double kmTo(Place other) {
        return km(lat, lon, other.lat, other.lon);
    }

    /** Great-circle distance between two points, in kilometres (haversine). */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
