/**
 * Link: corpus-level work over all stored articles, from their compact link profiles
 * ({@link org.sitrep.link.Profiles}, made once per article). Copies join their original
 * ({@link org.sitrep.link.NearDuplicates}); articles are grouped into stories by average link over
 * blocked candidate pairs, never across incompatible dates ({@link org.sitrep.link.StoryBuilder});
 * stories point to the earlier ones they follow ({@link org.sitrep.link.FollowOns}); dates are
 * narrowed by story mates that report the same news ({@link org.sitrep.link.CorpusDater}); mentions of one real-world event
 * are merged across the articles of a story ({@link org.sitrep.link.EventLinker}). The result is a
 * function of the set of articles, not of the order they arrive in.
 */
package org.sitrep.link;
