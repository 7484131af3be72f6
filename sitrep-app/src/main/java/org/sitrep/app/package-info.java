/**
 * The application: the {@code sitrep} command line. It wires ingest, the per-article pipeline, the
 * store and the corpus-level linker together and writes the outputs; no stage logic lives here.
 */
package org.sitrep.app;
