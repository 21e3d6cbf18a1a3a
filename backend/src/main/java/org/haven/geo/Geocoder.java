package org.haven.geo;

import java.util.Optional;

/**
 * Turns what a person typed (a UK postcode in any case or spacing, an outward code such as
 * {@code SW1A}, an area such as {@code LS}, or a place name such as "Milton Keynes") into an
 * approximate location. Never throws for bad input and never fails because a remote service is
 * down: what cannot be found is empty.
 */
public interface Geocoder {

    Optional<GeoLocation> locate(String query);
}
