package org.haven.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.haven.shared.FieldError;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;

/**
 * Reads an uploaded CSV file: UTF-8 (a byte-order mark is dropped), commas, a header row naming the
 * columns. The header is checked before any row is read: a column Haven does not know, one named
 * twice, or a required one missing refuses the whole file (400), so a mistyped column never loses
 * its values silently. Column names are matched without regard to case or surrounding spaces.
 */
final class CsvFile {

    /** Beyond this, a file is better split: the report of every row is kept, and the file is held in memory while it is imported. */
    static final int MAX_ROWS = 10_000;

    private CsvFile() {
    }

    /** The columns a kind of file has, in template order, and which of them must be present. */
    record Columns(List<String> all, Set<String> required) {
    }

    /** The data rows, each with its spreadsheet row number; rows with nothing in them are left out. */
    static List<CsvRow> read(byte[] bytes, Columns columns) {
        String text = decode(bytes);
        List<CSVRecord> records = parse(text);
        if (records.isEmpty()) {
            throw ProblemException.invalidField("file", FieldError.REQUIRED,
                    "The file is empty. Start with the header row of the template.");
        }
        List<String> header = checkHeader(records.get(0), columns);
        if (records.size() - 1 > MAX_ROWS) {
            throw ProblemException.invalidField("file", "too-many-rows",
                    "The file has " + (records.size() - 1) + " rows; import at most " + MAX_ROWS + " at a time.");
        }
        List<CsvRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            Map<String, String> values = new HashMap<>();
            List<Integer> unnamed = new ArrayList<>();
            for (int column = 0; column < record.size(); column++) {
                String value = record.get(column);
                String name = column < header.size() ? header.get(column) : "";
                if (!name.isEmpty()) {
                    values.put(name, value);
                } else if (!value.isBlank()) {
                    unnamed.add(column + 1);
                }
            }
            if (unnamed.isEmpty() && values.values().stream().allMatch(String::isBlank)) {
                continue; // an empty line between rows
            }
            List<FieldError> fileErrors = unnamed.stream().map(column -> new FieldError("column " + column,
                    "value-without-column", "Column " + column + " has a value but no name in the header row.")).toList();
            rows.add(new CsvRow(i + 1, values, fileErrors));
        }
        return rows;
    }

    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            throw ProblemException.invalidField("file", "invalid-encoding",
                    "The file is not UTF-8 text. In your spreadsheet, save it as \"CSV UTF-8\".");
        }
    }

    private static List<CSVRecord> parse(String text) {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return parser.getRecords();
        } catch (IOException | UncheckedIOException unreadable) {
            throw ProblemException.invalidField("file", "invalid-format",
                    "The file is not valid CSV (" + firstLine(unreadable.getMessage()) + ").");
        }
    }

    /** The header's columns by their canonical names, in file order. */
    private static List<String> checkHeader(CSVRecord headerRecord, Columns columns) {
        Map<String, String> known = new HashMap<>();
        columns.all().forEach(name -> known.put(name.toLowerCase(Locale.ROOT), name));
        List<FieldError> errors = new ArrayList<>();
        List<String> header = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String cell : headerRecord) {
            String name = known.get(cell.strip().toLowerCase(Locale.ROOT));
            if (cell.isBlank()) {
                header.add(""); // spreadsheets often save empty columns at the end; values under them are refused per row
                continue;
            }
            if (name == null) {
                errors.add(new FieldError(cell.strip(), "unknown-column", cell.contains(";")
                        ? "Haven reads commas between columns, and this header uses semicolons. Save the file as \"CSV UTF-8 (comma delimited)\"."
                        : "Haven does not know the column '" + cell.strip() + "'. Use the column names of the template."));
            } else if (!seen.add(name)) {
                errors.add(new FieldError(name, "duplicate-column", "The column '" + name + "' is named twice."));
            }
            header.add(name == null ? "" : name);
        }
        for (String required : columns.required()) {
            if (!seen.contains(required)) {
                errors.add(new FieldError(required, "missing-column", "The column '" + required + "' is required."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "The header row does not match the template: " + String.join(" ",
                            errors.stream().map(FieldError::message).toList()) + " No row was imported.", errors);
        }
        return header;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
