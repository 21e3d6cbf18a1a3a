package org.haven.placement;

import java.util.Arrays;
import java.util.List;

import org.haven.family.Urgency;
import org.haven.shared.FieldError;
import org.haven.shared.MapArea;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;

/** What part of the map a caseworker looks at, how closely, and which families they want to see. */
record MapRequest(MapArea area, int zoom, Urgency urgency) {

    /** Leaflet's zoom levels; 6 shows Great Britain whole on a desktop screen. */
    static final int MIN_ZOOM = 0;
    static final int MAX_ZOOM = 22;
    static final int DEFAULT_ZOOM = 6;

    /**
     * The request from its query parameters: the area's four sides together or none (then
     * everywhere), 400 problem+json for anything else.
     */
    static MapRequest of(Double south, Double west, Double north, Double east, Integer zoom, Urgency urgency) {
        int level = zoom == null ? DEFAULT_ZOOM : zoom;
        if (level < MIN_ZOOM || level > MAX_ZOOM) {
            throw ProblemException.invalidField("zoom", "out-of-range", "The zoom is between 0 and 22.");
        }
        List<Double> sides = Arrays.asList(south, west, north, east);
        if (sides.stream().allMatch(side -> side == null)) {
            return new MapRequest(MapArea.EVERYWHERE, level, urgency);
        }
        if (sides.stream().anyMatch(side -> side == null)) {
            throw ProblemException.invalidField("south", FieldError.REQUIRED,
                    "Give all four sides of the area (south, west, north, east) or none.");
        }
        List<FieldError> errors = MapArea.errorsOf(south, west, north, east);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The map area is not valid.", errors);
        }
        return new MapRequest(new MapArea(south, west, north, east), level, urgency);
    }
}
