package org.haven.geo;

/**
 * How much a {@link GeoLocation} can be trusted, from the most to the least precise. Matching and
 * the UI treat {@link #AREA} as rough: an area's point is its post town, which can be tens of km
 * from the district a rural postcode belongs to.
 */
public enum GeoPrecision {
    /** The centre of one full postcode (a street or part of one); only a postcodes.io server knows these. */
    POSTCODE,
    /** The centre of a postcode district (outward code such as {@code LS6}). */
    DISTRICT,
    /** The post town of a postcode area (such as {@code LS}, Leeds). */
    AREA,
    /** A named city, town, village or suburb. */
    PLACE
}
