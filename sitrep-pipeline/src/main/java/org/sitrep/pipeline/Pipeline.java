package org.sitrep.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.sitrep.model.Document;
import org.sitrep.model.LayerKey;

/** An ordered chain of stages whose prerequisites were checked when it was built. */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Pipeline of(List<Stage> stages) {
        Set<LayerKey<?>> available = new HashSet<>();
        for (Stage stage : stages) {
            Set<LayerKey<?>> missing = new HashSet<>(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage '" + stage.name() + "' requires " + missing
                        + ", which no earlier stage produces; order was " + stages.stream().map(Stage::name).toList());
            }
            available.addAll(stage.produces());
        }
        return new Pipeline(stages);
    }

    public Document apply(Document document) {
        return apply(document, (stage, nanos) -> {});
    }

    /** Runs every stage, telling {@code timing} how long each took; a failing stage is named in the error. */
    public Document apply(Document document, BiConsumer<Stage, Long> timing) {
        Document current = document;
        for (Stage stage : stages) {
            long start = System.nanoTime();
            try {
                current = stage.apply(current);
            } catch (RuntimeException e) {
                throw new StageException(stage.name(), document.id(), e);
            }
            timing.accept(stage, System.nanoTime() - start);
        }
        return current;
    }

    /** A stage failed on one document; the message names both. */
    public static final class StageException extends RuntimeException {
        public StageException(String stage, String documentId, Throwable cause) {
            super("stage '" + stage + "' failed on " + documentId + ": " + cause, cause);
        }
    }
}
