package org.haven.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.haven.shared.CsvCells;
import org.haven.shared.FieldError;
import org.haven.shared.PlausibleDates;

/**
 * One data row of a CSV file and the problems found reading its values. Each reader answers null
 * (or false, or an empty list) for a blank cell and for a value it cannot read, recording why in
 * the latter case; the caller decides what a blank means.
 */
final class CsvRow {

    private static final Set<String> YES = Set.of("yes", "true", "1", "y");
    private static final Set<String> NO = Set.of("no", "false", "0", "n");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final int number;
    private final Map<String, String> values;
    /** The problems found reading the file (a value without a column), before any value was read. */
    private final List<FieldError> fileErrors;
    private final List<FieldError> errors;

    CsvRow(int number, Map<String, String> values, List<FieldError> fileErrors) {
        this.number = number;
        this.values = values;
        this.fileErrors = List.copyOf(fileErrors);
        this.errors = new ArrayList<>(fileErrors);
    }

    /** The row as the file gave it, without the problems found reading its values: to import it again. */
    CsvRow fresh() {
        return new CsvRow(number, values, fileErrors);
    }

    /** The row as a spreadsheet numbers it: the header is row 1. */
    int number() {
        return number;
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }

    void error(String column, String code, String message) {
        errors.add(new FieldError(column, code, message));
    }

    boolean hasError(String column) {
        return errors.stream().anyMatch(error -> error.field().equals(column));
    }

    /**
     * The cell's text, or null when blank (or the column is absent): control and line-break
     * characters become spaces, surrounding spaces go, and a formula is kept as text
     * ({@link CsvCells}), so an imported value can never run in a spreadsheet it is exported to.
     */
    String text(String column) {
        String value = CsvCells.neutralise(values.get(column));
        return value == null || value.isEmpty() ? null : value;
    }

    Integer wholeNumber(String column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            error(column, "invalid-format", "Write a whole number, like 3.");
            return null;
        }
        return Integer.valueOf(text);
    }

    /** yes/no, true/false or 1/0 in any case; blank is no. */
    boolean yesNo(String column) {
        Boolean value = parseYesNo(text(column));
        if (value == null) {
            error(column, "invalid-value", "Write yes or no.");
            return false;
        }
        return value;
    }

    /** The value as yes/no, {@code false} for blank, null when it is neither. */
    static Boolean parseYesNo(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return YES.contains(lower) ? Boolean.TRUE : NO.contains(lower) ? Boolean.FALSE : null;
    }

    /** A date written YYYY-MM-DD, as spreadsheets can be told to save dates. */
    LocalDate date(String column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            if (ISO_DATE.matcher(text).matches()) {
                LocalDate date = LocalDate.parse(text);
                if (PlausibleDates.contains(date)) {
                    return date;
                }
                error(column, PlausibleDates.OUT_OF_RANGE, PlausibleDates.MESSAGE);
                return null;
            }
        } catch (DateTimeParseException impossibleDate) {
            // e.g. 2026-02-30: answered below
        }
        error(column, "invalid-format", "Write a date as YYYY-MM-DD, like 2026-03-31.");
        return null;
    }

    /** One of the enum's names, in any case, with spaces or hyphens for underscores. */
    <E extends Enum<E>> E choice(String column, Class<E> type) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        String name = text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        error(column, "invalid-value", "Write one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")) + ".");
        return null;
    }

    /** Items separated by semicolons ({@code fa;ps}), blank items dropped. */
    List<String> list(String column) {
        return splitList(text(column));
    }

    static List<String> splitList(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    /** Language codes as the API takes them: two lower-case letters each. */
    List<String> languages(String column) {
        return list(column).stream().map(code -> code.toLowerCase(Locale.ROOT)).toList();
    }
}
