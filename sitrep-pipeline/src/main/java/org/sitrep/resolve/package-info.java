/**
 * Resolve: actors to canonical entities with PLOVER fields (country code, sector, Wikidata id),
 * places to gazetteer entries (GeoNames), from tables users can extend. The reference data comes
 * from npm packages installed by {@code scripts/install-reference-data}.
 */
package org.sitrep.resolve;
