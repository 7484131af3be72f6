package org.sitrep.model;

/** How a source stands to a claim. */
public enum Stance {
    ASSERTS, HEDGES, DENIES;

    public String label() {
        return name().toLowerCase();
    }
}
