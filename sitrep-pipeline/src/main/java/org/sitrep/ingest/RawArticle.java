package org.sitrep.ingest;

import java.time.LocalDate;

/**
 * An article as read, before cleaning: decoded text, its format, and whatever metadata the
 * container gave (JSON Lines may carry title, url and publication date).
 */
public record RawArticle(String id, String source, Format format, String content, String title, String url,
                         LocalDate published, String contentHash) {
    public enum Format { TEXT, HTML }
}
