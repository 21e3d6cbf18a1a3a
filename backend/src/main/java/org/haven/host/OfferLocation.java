package org.haven.host;

/** Where an offer is, approximately, as the geocoder resolved its postcode or place. */
record OfferLocation(double lat, double lon, String label) {
}
