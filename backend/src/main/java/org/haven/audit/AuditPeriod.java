package org.haven.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.haven.shared.FieldError;
import org.haven.shared.PlausibleDates;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;

/**
 * The {@code from}/{@code to} filter of the audit log. Each is a date ({@code 2025-03-01}: that whole
 * day in UTC, both ends included) or an instant with its offset ({@code 2025-03-01T09:00:00Z},
 * {@code from} included, {@code to} excluded), so a client can ask for the reader's own local days.
 */
record AuditPeriod(Instant from, Instant to) {

    private static final String FORMAT_MESSAGE =
            "Use a date like 2025-03-01 or a time like 2025-03-01T09:00:00Z.";

    static AuditPeriod parse(String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        Instant start = parse("from", from, false, errors);
        Instant end = parse("to", to, true, errors);
        if (errors.isEmpty() && start != null && end != null && !end.isAfter(start)) {
            errors.add(new FieldError("to", "date-before-start", "The end must be after the start."));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Some values are not valid.", errors);
        }
        return new AuditPeriod(start, end);
    }

    private static Instant parse(String field, String text, boolean end, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            LocalDate day = value.length() == 10 ? LocalDate.parse(value) : null;
            OffsetDateTime time = day == null ? OffsetDateTime.parse(value) : null;
            if (!PlausibleDates.contains(day != null ? day : time.toLocalDate())) {
                errors.add(new FieldError(field, PlausibleDates.OUT_OF_RANGE, PlausibleDates.MESSAGE));
                return null;
            }
            return day != null ? (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant() : time.toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "invalid-format", FORMAT_MESSAGE));
            return null;
        }
    }
}
