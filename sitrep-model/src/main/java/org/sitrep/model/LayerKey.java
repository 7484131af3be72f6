package org.sitrep.model;

/** A typed key for one layer of a {@link Document}: spans of one kind, sorted by start offset. */
public record LayerKey<T extends Span>(String name, Class<T> type) {
    @Override
    public String toString() {
        return name;
    }
}
