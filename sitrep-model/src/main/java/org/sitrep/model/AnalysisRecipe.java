package org.sitrep.model;

import java.util.Objects;

/**
 * How an article was analysed: the pipeline's recipe number (raised whenever a stage's output for
 * the same input changes) and a fingerprint of the user's actor tables ("" when none was given),
 * so that a stored analysis made by an older Sitrep, or with other actor tables, is made again.
 */
public record AnalysisRecipe(int version, String actorTables) {
    public AnalysisRecipe {
        Objects.requireNonNull(actorTables, "actorTables");
    }

    /** Whether an analysis made this way must be made again to be one made {@code current}'s way. */
    public boolean outdatedBy(AnalysisRecipe current) {
        return version < current.version || !actorTables.equals(current.actorTables);
    }
}
