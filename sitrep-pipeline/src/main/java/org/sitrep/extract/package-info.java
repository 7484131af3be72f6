/**
 * Extract: who is quoted ({@link org.sitrep.extract.AttributionFinder}), what is counted
 * ({@link org.sitrep.extract.QuantityFinder}), and what happened
 * ({@link org.sitrep.extract.EventExtractor}): PLOVER events whose actor, recipient, place and time
 * come from the event's own sentence, with the article's claims about each event.
 */
package org.sitrep.extract;
