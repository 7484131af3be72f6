/** Speed and memory harnesses. They print figures for BENCHMARKS.md; they assert nothing. */
package org.sitrep.bench;
