package org.haven.shared;

import java.time.LocalDate;

/**
 * The dates Haven accepts anywhere (the API, the anonymous intake form, CSV imports, filters):
 * years 1900 to 2100. Nothing Haven records (an arrival, a stay, a check-in, a vetting visit)
 * lies outside them, and a year like 999999999 only breaks sorting, arithmetic and exports.
 */
public final class PlausibleDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    /** The field-error code of a date outside the range. */
    public static final String OUT_OF_RANGE = "date-out-of-range";
    public static final String MESSAGE = "Write a date between " + EARLIEST + " and " + LATEST + ".";

    private PlausibleDates() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }
}
