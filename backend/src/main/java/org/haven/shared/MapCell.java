package org.haven.shared;

import java.math.BigDecimal;

/**
 * The points of one square of a map grid ({@code row = floor(lat / size)}, {@code column =
 * floor(lon / size)}): how many, the sums of their coordinates (so cells of different kinds of
 * point merge into a true mean) and their extent.
 */
public record MapCell(long row, long column, long count, double latSum, double lonSum, double minLat, double minLon,
                      double maxLat, double maxLon) {

    /** The cell a point falls in, with the same arithmetic the database queries use. */
    public static MapCell of(double lat, double lon, double size) {
        return new MapCell((long) Math.floor(lat / size), (long) Math.floor(lon / size), 1, lat, lon, lat, lon, lat, lon);
    }

    /**
     * The select clause of a JPQL query counting entities {@code alias} (with {@code lat} and
     * {@code lon}) per cell; {@link #ofRow} reads its rows. The cell size is a number Haven works out
     * from the zoom, written into the query as a literal so that every database groups by the very
     * expression it selects (bound parameters would make two different expressions on PostgreSQL).
     */
    public static String select(String alias, double size) {
        return "select " + row(alias, size) + ", " + column(alias, size) + ", count(" + alias + "), sum(" + alias
                + ".lat), sum(" + alias + ".lon), min(" + alias + ".lat), min(" + alias + ".lon), max(" + alias
                + ".lat), max(" + alias + ".lon)";
    }

    /** The group by clause that goes with {@link #select}. */
    public static String groupBy(String alias, double size) {
        return " group by " + row(alias, size) + ", " + column(alias, size);
    }

    public static MapCell ofRow(Object[] row) {
        return new MapCell(number(row[0]).longValue(), number(row[1]).longValue(), number(row[2]).longValue(),
                number(row[3]).doubleValue(), number(row[4]).doubleValue(), number(row[5]).doubleValue(),
                number(row[6]).doubleValue(), number(row[7]).doubleValue(), number(row[8]).doubleValue());
    }

    private static String row(String alias, double size) {
        return "floor(" + alias + ".lat / " + literal(size) + ")";
    }

    private static String column(String alias, double size) {
        return "floor(" + alias + ".lon / " + literal(size) + ")";
    }

    /**
     * The size as a double-precision literal with the double's exact decimal value: the database
     * then divides in floating point, as {@link #of} does (with a plain decimal literal it divided
     * in exact decimal arithmetic, several times slower on H2, and could put a point on a cell's
     * edge in another cell than Java did).
     */
    private static String literal(double size) {
        if (!(size > 0) || Double.isInfinite(size)) {
            throw new IllegalArgumentException("A cell size is a positive number of degrees: " + size);
        }
        return "cast(" + new BigDecimal(size).toPlainString() + " as Double)";
    }

    private static Number number(Object value) {
        return (Number) value;
    }

    public MapCell plus(MapCell other) {
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
