package org.sitrep.resolve;

import org.sitrep.model.Place;

/** A country: ISO alpha-2 and alpha-3 codes (alpha-3 is PLOVER's actor code), name, demonym and its place. */
public record Country(String alpha2, String alpha3, String name, String demonym, Place place) {}
