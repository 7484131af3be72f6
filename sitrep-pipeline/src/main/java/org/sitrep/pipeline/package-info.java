/**
 * Assembles per-article stages into a checked chain: each stage declares the layers it requires
 * and produces, and a pipeline with a missing prerequisite fails when it is built.
 */
package org.sitrep.pipeline;
