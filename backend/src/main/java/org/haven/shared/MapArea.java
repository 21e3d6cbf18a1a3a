package org.haven.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of the map a caseworker looks at (degrees, south-west to north-east corner; never
 * across the antimeridian: Haven's map is the UK), and the grid its points are counted in when
 * there are too many to draw one by one.
 */
public record MapArea(double south, double west, double north, double east) {

    /** Everything: what a map asked for without an area sees. */
    public static final MapArea EVERYWHERE = new MapArea(-90, -180, 90, 180);

    /** The field errors of an area as sent (null when it is sound), named by the query parameters. */
    public static List<FieldError> errorsOf(double south, double west, double north, double east) {
        List<FieldError> errors = new ArrayList<>();
        latitude("south", south, errors);
        latitude("north", north, errors);
        longitude("west", west, errors);
        longitude("east", east, errors);
        if (errors.isEmpty() && south > north) {
            errors.add(new FieldError("north", FieldError.INVALID_VALUE, "North must not be south of south."));
        }
        if (errors.isEmpty() && west > east) {
            errors.add(new FieldError("east", FieldError.INVALID_VALUE, "East must not be west of west."));
        }
        return errors;
    }

    public boolean contains(Double lat, Double lon) {
        return lat != null && lon != null && lat >= south && lat <= north && lon >= west && lon <= east;
    }

    private static void latitude(String name, double value, List<FieldError> errors) {
        if (!(value >= -90 && value <= 90)) {
            errors.add(new FieldError(name, "out-of-range", "A latitude is between -90 and 90."));
        }
    }

    private static void longitude(String name, double value, List<FieldError> errors) {
        if (!(value >= -180 && value <= 180)) {
            errors.add(new FieldError(name, "out-of-range", "A longitude is between -180 and 180."));
        }
    }
}
