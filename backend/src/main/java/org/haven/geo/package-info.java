/**
 * Turns UK postcodes and place names into approximate coordinates ({@link org.haven.geo.Geocoder})
 * and measures great-circle distances ({@link org.haven.geo.Distance}). The default geocoder is an
 * offline gazetteer shipped in the jar; a self-hosted postcodes.io server replaces it when
 * {@code haven.geo.postcodes-io.url} is set. See docs/geo-data.md for the data and its gaps.
 */
package org.haven.geo;
