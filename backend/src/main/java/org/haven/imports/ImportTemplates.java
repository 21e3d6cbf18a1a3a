package org.haven.imports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.haven.shared.CsvCells;
import org.springframework.stereotype.Component;

/**
 * The downloadable templates: the header row and an example that imports as it is (its dates are
 * two weeks ahead of the day it is downloaded). A byte-order mark lets spreadsheets open it as UTF-8.
 */
@Component
class ImportTemplates {

    private final Clock clock;

    ImportTemplates(Clock clock) {
        this.clock = clock;
    }

    byte[] offers() {
        Map<String, String> example = new LinkedHashMap<>();
        example.put("hostEmail", "amira.host@example.org");
        example.put("hostName", "Amira Khan");
        example.put("adults", "F45;M47");
        example.put("children", "M8");
        example.put("languages", "en;fa");
        example.put("hasPets", "yes");
        example.put("petKinds", "cat");
        example.put("smokers", "no");
        example.put("title", "Double room in a quiet house");
        example.put("type", "ROOM_IN_HOME");
        example.put("address", "14 Ash Road, Leeds LS6 3AB");
        example.put("postcode", "LS6 3AB");
        example.put("bedrooms", "1");
        example.put("maxGuests", "2");
        example.put("stepFree", "SOME");
        example.put("childrenWelcome", "yes");
        example.put("lgbtqiAffirming", "yes");
        example.put("availableFrom", inTwoWeeks());
        example.put("minimumStayMonths", "6");
        return csv(OfferImporter.COLUMNS.all(), List.of(example));
    }

    /** Two rows of one family: its own values are given once, on the lead's row. */
    byte[] families() {
        Map<String, String> lead = new LinkedHashMap<>();
        lead.put("familyRef", "FAM-001");
        lead.put("urgency", "HIGH");
        lead.put("firstName", "Nadia");
        lead.put("age", "34");
        lead.put("sex", "F");
        lead.put("relationship", "LEAD");
        lead.put("languages", "fa;ps");
        lead.put("preferredPlace", "Leeds");
        lead.put("maxDistanceKm", "30");
        lead.put("locationTies", "Cousin lives in Leeds");
        lead.put("neededFrom", inTwoWeeks());
        lead.put("expectedStayMonths", "12");
        lead.put("contactPhone", "+44 7700 900123");
        lead.put("status", "TRIAGE");
        Map<String, String> child = new LinkedHashMap<>();
        child.put("familyRef", "FAM-001");
        child.put("firstName", "Sara");
        child.put("age", "8");
        child.put("sex", "F");
        child.put("relationship", "CHILD");
        return csv(FamilyImporter.COLUMNS.all(), List.of(lead, child));
    }

    private String inTwoWeeks() {
        return LocalDate.now(clock).plusDays(14).toString();
    }

    private static byte[] csv(List<String> columns, List<Map<String, String>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(columns); // Haven's own column names: nothing to neutralise
            for (Map<String, String> row : rows) {
                List<String> values = new ArrayList<>();
                columns.forEach(column -> values.add(CsvCells.neutralise(row.getOrDefault(column, ""))));
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
