package org.sitrep.model;

/** A gazetteer entry: GeoNames id (null for entries without one), feature code and country (ISO alpha-2). */
public record Place(Long geonameid, String name, double lat, double lon, String countryCode, String featureCode,
                    long population) {
    public boolean isCountry() {
        return featureCode != null && featureCode.startsWith("PCL");
    }
}
