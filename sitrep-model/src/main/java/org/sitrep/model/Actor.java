package org.sitrep.model;

/**
 * A canonical actor with PLOVER fields: a 3-letter country code, a sector (GOV, MIL, PRM, REB, …)
 * and a Wikidata id, its kind, and the actor it belongs to (a militia's coalition, a commander's
 * force), any of which may be null when unknown.
 */
public record Actor(String name, String code, String sector, String wikidata, Kind kind, Actor parent) {
    /** A person, a group or institution (armed group, ministry, agency, company), or a state named as one actor. */
    public enum Kind { PERSON, GROUP, STATE }

    /** An actor not known to belong to another. */
    public Actor(String name, String code, String sector, String wikidata, Kind kind) {
        this(name, code, sector, wikidata, kind, null);
    }

    /** A group named only by a plural noun ("civilians", "militants"): its name is that noun, in lower case. */
    public static Actor unnamedGroup(String noun, String sector) {
        return new Actor(noun.toLowerCase(java.util.Locale.ROOT), null, sector, null, Kind.GROUP);
    }

    /** Whether this is a group named only by a noun: a sector without a country or a name of its own. */
    public boolean isUnnamedGroup() {
        return kind == Kind.GROUP && code == null && wikidata == null && !name.isEmpty() && Character.isLowerCase(name.charAt(0));
    }
}
