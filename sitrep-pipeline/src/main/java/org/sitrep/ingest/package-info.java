/**
 * Ingest: files, folders, JSON Lines and gzip in; decoded {@link org.sitrep.ingest.RawArticle}s out,
 * with a content hash for idempotent re-ingest. Bad inputs become diagnostics, never exceptions.
 */
package org.sitrep.ingest;
