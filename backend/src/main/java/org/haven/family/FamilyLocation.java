package org.haven.family;

/** The family's preferred location as the geocoder resolved it. */
record FamilyLocation(double lat, double lon, String label) {
}
