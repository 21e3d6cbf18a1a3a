package org.haven.placement;

/**
 * The points of one square of a map grid ({@code row = floor(lat / size)}, {@code column =
 * floor(lon / size)}): how many, the sums of their coordinates (so cells of different kinds of
 * point merge into a true mean) and their extent.
 */
record MapCell(long row, long column, long count, double latSum, double lonSum, double minLat, double minLon,
                      double maxLat, double maxLon) {

    /** The cell a point falls in. */
    static MapCell of(double lat, double lon, double size) {
        return new MapCell((long) Math.floor(lat / size), (long) Math.floor(lon / size), 1, lat, lon, lat, lon, lat, lon);
    }

    MapCell plus(MapCell other) {
        return new MapCell(row, column, count + other.count, latSum + other.latSum, lonSum + other.lonSum,
                Math.min(minLat, other.minLat), Math.min(minLon, other.minLon), Math.max(maxLat, other.maxLat),
                Math.max(maxLon, other.maxLon));
    }

    public double lat() {
        return latSum / count;
    }

    public double lon() {
        return lonSum / count;
    }
}
