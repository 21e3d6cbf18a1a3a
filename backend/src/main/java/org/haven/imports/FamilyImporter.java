package org.haven.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.haven.family.FamilyDtos.FamilyRequest;
import org.haven.family.FamilyDtos.Member;
import org.haven.family.FamilyImports;
import org.haven.family.FamilyImports.ImportedFamily;
import org.haven.family.FamilyStatus;
import org.haven.family.Relationship;
import org.haven.family.Urgency;
import org.haven.imports.ImportReport.RowReport;
import org.haven.imports.ImportReport.RowStatus;
import org.haven.imports.RecordAttempts.Attempt;
import org.haven.shared.FieldError;
import org.haven.shared.Sex;
import org.springframework.stereotype.Component;

/**
 * Imports a CSV of families: one row per member, grouped by {@code familyRef}, with the family's
 * own values (needs, location, dates, contact) on one row or repeated equally on each (see
 * docs/import.md). A family is saved whole or not at all.
 */
@Component
class FamilyImporter {

    static final String FAMILY_REF = "familyRef";

    /** Values of one family, given once or repeated equally on every row of it. */
    static final List<String> FAMILY_COLUMNS = List.of("urgency", "languages", "needsStepFree",
            "needsGroundFloorBedroom", "hasPets", "petAllergy", "smoker", "needsLgbtqiAffirming", "preferredPostcode",
            "preferredPlace", "maxDistanceKm", "locationTies", "neededFrom", "expectedStayMonths", "nationality",
            "religion", "contactPhone", "contactEmail", "notes", "status");

    private static final Set<String> YES_NO_COLUMNS = Set.of("needsStepFree", "needsGroundFloorBedroom", "hasPets",
            "petAllergy", "smoker", "needsLgbtqiAffirming");

    static final CsvFile.Columns COLUMNS = new CsvFile.Columns(
            Stream.concat(Stream.of(FAMILY_REF, "urgency", "firstName", "age", "sex", "relationship", "wheelchairUser"),
                    FAMILY_COLUMNS.stream().filter(column -> !column.equals("urgency"))).toList(),
            Set.of(FAMILY_REF, "urgency", "firstName", "relationship"));

    private static final Pattern MEMBER_FIELD = Pattern.compile("members\\[(\\d+)](?:\\.(\\w+))?");

    private final FamilyImports familyImports;

    FamilyImporter(FamilyImports familyImports) {
        this.familyImports = familyImports;
    }

    /**
     * The file's records: each family (its rows grouped by {@code familyRef}, in the order the
     * families first appear), and each row without a reference, refused on its own.
     */
    List<ImportRecord> read(byte[] file) {
        Map<String, List<CsvRow>> families = new LinkedHashMap<>();
        List<ImportRecord> records = new ArrayList<>();
        for (CsvRow row : CsvFile.read(file, COLUMNS)) {
            String ref = row.text(FAMILY_REF);
            if (ref == null) {
                row.error(FAMILY_REF, FieldError.REQUIRED, "Give the family reference that groups this family's rows.");
                RowReport refused = new RowReport(row.number(), null, RowStatus.REFUSED, null, null, row.errors());
                records.add(new Refused(List.of(refused)));
            } else {
                families.computeIfAbsent(ref, key -> new ArrayList<>()).add(row);
            }
        }
        families.forEach((ref, rows) -> records.add(new Family(ref, rows)));
        return records;
    }

    /** A row refused as it was read: nothing to save. */
    private record Refused(List<RowReport> report) implements ImportRecord {

        @Override
        public int rows() {
            return report.size();
        }

        @Override
        public List<RowReport> importWith(RecordAttempts attempts, UUID actorId) {
            return report;
        }
    }

    /** The rows of one family. */
    private final class Family implements ImportRecord {

        private final String ref;
        private final List<CsvRow> rows;

        Family(String ref, List<CsvRow> rows) {
            this.ref = ref;
            this.rows = rows;
        }

        @Override
        public int rows() {
            return rows.size();
        }

        @Override
        public List<RowReport> importWith(RecordAttempts attempts, UUID actorId) {
            return importFamily(ref, rows.stream().map(CsvRow::fresh).toList(), attempts, actorId);
        }
    }

    private List<RowReport> importFamily(String ref, List<CsvRow> rows, RecordAttempts attempts, UUID actorId) {
        Map<String, CsvRow> sources = familyValueSources(ref, rows);
        List<Member> members = rows.stream().map(row -> new Member(row.text("firstName"), row.wholeNumber("age"),
                row.choice("sex", Sex.class), row.choice("relationship", Relationship.class),
                row.yesNo("wheelchairUser"))).toList();
        FamilyRequest request = new FamilyRequest(sources.get("urgency").choice("urgency", Urgency.class), members,
                sources.get("languages").languages("languages"), yesNo(sources, "needsStepFree"),
                yesNo(sources, "needsGroundFloorBedroom"), yesNo(sources, "hasPets"), yesNo(sources, "petAllergy"),
                yesNo(sources, "smoker"), yesNo(sources, "needsLgbtqiAffirming"), text(sources, "preferredPostcode"),
                text(sources, "preferredPlace"), sources.get("maxDistanceKm").wholeNumber("maxDistanceKm"),
                text(sources, "locationTies"), null, sources.get("neededFrom").date("neededFrom"),
                sources.get("expectedStayMonths").wholeNumber("expectedStayMonths"), text(sources, "nationality"),
                text(sources, "religion"), text(sources, "contactPhone"), text(sources, "contactEmail"),
                text(sources, "notes"), null);
        boolean ready = readyRequested(sources.get("status"));

        Map<CsvRow, Set<String>> unreadable = new HashMap<>();
        rows.forEach(row -> unreadable.put(row, row.errors().stream().map(FieldError::field).collect(Collectors.toSet())));
        boolean readable = unreadable.values().stream().allMatch(Set::isEmpty);
        Attempt<ImportedFamily> attempt = attempts.run(readable,
                () -> familyImports.create(request, ready, actorId));
        if (attempt.isSaved()) {
            ImportedFamily saved = attempt.saved();
            return rows.stream().map(row -> new RowReport(row.number(), ref, RowStatus.IMPORTED, saved.id(),
                    saved.reference(), List.of())).toList();
        }
        for (FieldError error : attempt.errors(FAMILY_REF)) {
            Placed placed = place(error, rows, sources);
            if (!unreadable.get(placed.row()).contains(placed.column())) {
                placed.row().error(placed.column(), error.code(), error.message());
            }
        }
        return refused(ref, rows);
    }

    /**
     * For each family column, the row its value comes from: the first row that gives one. Rows that
     * give different values are each marked, and the family is refused.
     */
    private static Map<String, CsvRow> familyValueSources(String ref, List<CsvRow> rows) {
        Map<String, CsvRow> sources = new HashMap<>();
        for (String column : FAMILY_COLUMNS) {
            List<CsvRow> giving = rows.stream().filter(row -> row.text(column) != null).toList();
            sources.put(column, giving.isEmpty() ? rows.get(0) : giving.get(0));
            Set<String> values = giving.stream().map(row -> canonical(column, row.text(column)))
                    .collect(Collectors.toSet());
            if (values.size() > 1) {
                String numbers = numbers(giving);
                giving.forEach(row -> row.error(column, "conflicting-value", "Family " + ref + " has different "
                        + column + " values in rows " + numbers + ". Give it once, or the same on every row."));
            }
        }
        return sources;
    }

    /** The value as the family's rows are compared: "yes" and "TRUE", "Leeds" and "leeds" are the same answer. */
    private static String canonical(String column, String text) {
        if (YES_NO_COLUMNS.contains(column)) {
            return String.valueOf(CsvRow.parseYesNo(text) == null ? text.toLowerCase(Locale.ROOT) : CsvRow.parseYesNo(text));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return switch (column) {
            case "languages" -> String.join(";", CsvRow.splitList(lower));
            case "preferredPostcode" -> lower.replaceAll("\\s+", "");
            default -> lower.replaceAll("\\s+", " ");
        };
    }

    private static boolean readyRequested(CsvRow source) {
        FamilyStatus status = source.choice("status", FamilyStatus.class);
        if (status != null && status != FamilyStatus.TRIAGE && status != FamilyStatus.READY) {
            source.error("status", "invalid-value", "Write TRIAGE (the default) or READY.");
        }
        return status == FamilyStatus.READY;
    }

    private static Boolean yesNo(Map<String, CsvRow> sources, String column) {
        return sources.get(column).yesNo(column);
    }

    private static String text(Map<String, CsvRow> sources, String column) {
        return sources.get(column).text(column);
    }

    /** Where an error of the family module belongs in the file: which row, which column. */
    private record Placed(CsvRow row, String column) {
    }

    private static Placed place(FieldError error, List<CsvRow> rows, Map<String, CsvRow> sources) {
        Matcher member = MEMBER_FIELD.matcher(error.field());
        if (member.matches() && Integer.parseInt(member.group(1)) < rows.size()) {
            CsvRow row = rows.get(Integer.parseInt(member.group(1)));
            return new Placed(row, member.group(2) == null ? FAMILY_REF : member.group(2));
        }
        if (error.field().equals("members")) {
            String column = switch (error.code()) {
                case "one-lead", "one-partner" -> "relationship";
                case "no-adult" -> "age";
                default -> FAMILY_REF;
            };
            return new Placed(rows.get(0), column);
        }
        String column = error.field().replaceAll("[\\[.].*$", "");
        CsvRow source = sources.get(column);
        return source == null ? new Placed(rows.get(0), FAMILY_REF) : new Placed(source, column);
    }

    /** Every row of a refused family is refused; those without a problem of their own say why. */
    private static List<RowReport> refused(String ref, List<CsvRow> rows) {
        List<CsvRow> failing = rows.stream().filter(row -> !row.errors().isEmpty()).toList();
        String because = "Not imported: family " + ref + " has problems in "
                + (failing.size() == 1 ? "row " : "rows ") + numbers(failing) + ".";
        return rows.stream().map(row -> new RowReport(row.number(), ref, RowStatus.REFUSED, null, null,
                row.errors().isEmpty() ? List.of(new FieldError(FAMILY_REF, "family-refused", because)) : row.errors()))
                .toList();
    }

    private static String numbers(List<CsvRow> rows) {
        Set<String> numbers = new LinkedHashSet<>();
        rows.forEach(row -> numbers.add(String.valueOf(row.number())));
        return String.join(", ", numbers);
    }
}
