/**
 * Link: corpus-level work over all stored articles. Articles are grouped into stories by content
 * and time ({@link org.sitrep.link.StoryBuilder}); dates are narrowed by story mates
 * ({@link org.sitrep.link.CorpusDater}); mentions of one real-world event are merged across
 * articles ({@link org.sitrep.link.EventLinker}), never across stories far apart in time.
 */
package org.sitrep.link;
