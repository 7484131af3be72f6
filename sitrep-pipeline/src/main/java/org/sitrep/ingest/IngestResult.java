package org.sitrep.ingest;

import java.util.List;
import org.sitrep.model.Diagnostic;

/** What reading some inputs gave: the articles and, for inputs that were skipped, why. */
public record IngestResult(List<RawArticle> articles, List<Diagnostic> diagnostics) {
    public IngestResult {
        articles = List.copyOf(articles);
        diagnostics = List.copyOf(diagnostics);
    }
}
