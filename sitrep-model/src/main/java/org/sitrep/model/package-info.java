/**
 * The stand-off document model shared by every stage: an immutable {@link org.sitrep.model.Document}
 * holding the cleaned text, an {@link org.sitrep.model.OffsetMap} back to the original input, and
 * typed layers of span records. Values that reach the output name the span that supports them.
 */
package org.sitrep.model;
