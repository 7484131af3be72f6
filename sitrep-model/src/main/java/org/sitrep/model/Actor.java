package org.sitrep.model;

/**
 * A canonical actor with PLOVER fields: a 3-letter country code, a sector (GOV, MIL, PRM, REB, …)
 * and a Wikidata id, and its kind, any of which may be null when unknown.
 */
public record Actor(String name, String code, String sector, String wikidata, Kind kind) {
    /** A person, a group or institution (armed group, ministry, agency, company), or a state named as one actor. */
    public enum Kind { PERSON, GROUP, STATE }
}
