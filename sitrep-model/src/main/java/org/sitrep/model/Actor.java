package org.sitrep.model;

/**
 * A canonical actor with PLOVER fields: a 3-letter country code, a sector (GOV, MIL, PRM, REB, …)
 * and a Wikidata id, any of which may be null when unknown.
 */
public record Actor(String name, String code, String sector, String wikidata) {}
