/**
 * Evaluation commands ({@code sitrep eval …}): each reads a public benchmark in its own format, runs
 * the stage it measures, scores it with the benchmark's own metric, and prints one JSON object on
 * its last line.
 */
package org.sitrep.app.eval;
