package org.haven.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.host.HostDtos.Household;
import org.haven.host.HostDtos.OfferRequest;
import org.haven.host.HostDtos.Person;
import org.haven.host.HostImports;
import org.haven.host.HostImports.HostContact;
import org.haven.host.HostImports.ImportedOffer;
import org.haven.host.OfferType;
import org.haven.host.StepFree;
import org.haven.imports.ImportReport.RowReport;
import org.haven.imports.ImportReport.RowStatus;
import org.haven.imports.RecordAttempts.Attempt;
import org.haven.shared.FieldError;
import org.haven.shared.Sex;
import org.springframework.stereotype.Component;

/**
 * Imports a CSV of offers, one per row, each with its host's contact and household (see
 * docs/import.md). Every row is saved, or refused, on its own.
 */
@Component
class OfferImporter {

    static final CsvFile.Columns COLUMNS = new CsvFile.Columns(List.of(
            "hostEmail", "hostName", "adults", "children", "languages", "hasPets", "petKinds", "smokers",
            "title", "type", "address", "postcode", "place", "bedrooms", "maxGuests", "stepFree",
            "wheelchairBathroom", "groundFloorBedroom", "petsAllowed", "childrenWelcome", "womenOnly",
            "lgbtqiAffirming", "smokingAllowed", "availableFrom", "availableUntil", "minimumStayMonths"),
            Set.of("hostEmail", "hostName", "title", "type", "address", "bedrooms", "maxGuests", "availableFrom"));

    /** One person of a household: sex then age, {@code F45}. */
    private static final Pattern PERSON = Pattern.compile("([FMXfmx])\\s*(\\d{1,3})");

    private final HostImports hostImports;

    OfferImporter(HostImports hostImports) {
        this.hostImports = hostImports;
    }

    /** The file's records: one offer per row. */
    List<ImportRecord> read(byte[] file) {
        return CsvFile.read(file, COLUMNS).stream().<ImportRecord>map(Row::new).toList();
    }

    /** One row, one offer. */
    private final class Row implements ImportRecord {

        private final CsvRow row;

        Row(CsvRow row) {
            this.row = row;
        }

        @Override
        public int rows() {
            return 1;
        }

        @Override
        public List<RowReport> importWith(RecordAttempts attempts, UUID actorId) {
            return List.of(importRow(row.fresh(), attempts, actorId));
        }
    }

    private RowReport importRow(CsvRow row, RecordAttempts attempts, UUID actorId) {
        HostContact contact = new HostContact(row.text("hostEmail"), row.text("hostName"));
        Household household = new Household(people(row, "adults"), people(row, "children"), row.languages("languages"),
                row.yesNo("hasPets"), row.list("petKinds"), row.yesNo("smokers"));
        StepFree stepFree = row.choice("stepFree", StepFree.class);
        Integer minimumStay = row.wholeNumber("minimumStayMonths");
        OfferRequest offer = new OfferRequest(row.text("title"), row.choice("type", OfferType.class), row.text("address"),
                row.text("postcode"), row.text("place"), row.wholeNumber("bedrooms"), row.wholeNumber("maxGuests"),
                stepFree == null && !row.hasError("stepFree") ? StepFree.UNKNOWN : stepFree,
                row.yesNo("wheelchairBathroom"), row.yesNo("groundFloorBedroom"), row.yesNo("petsAllowed"),
                row.yesNo("childrenWelcome"), row.yesNo("womenOnly"), row.yesNo("lgbtqiAffirming"),
                row.yesNo("smokingAllowed"), row.date("availableFrom"), row.date("availableUntil"),
                minimumStay == null && !row.hasError("minimumStayMonths") ? Integer.valueOf(0) : minimumStay,
                null); // imported offers are published (AVAILABLE); they enter matching once the host is approved

        List<FieldError> readingErrors = row.errors();
        Attempt<ImportedOffer> attempt = attempts.run(readingErrors.isEmpty(),
                () -> hostImports.importOffer(contact, household, offer, actorId));
        List<FieldError> errors = new ArrayList<>(readingErrors);
        for (FieldError error : attempt.errors("hostEmail")) {
            String column = column(error.field());
            if (!row.hasError(column)) {
                errors.add(new FieldError(column, error.code(), error.message()));
            }
        }
        return attempt.isSaved()
                ? new RowReport(row.number(), contact.email(), RowStatus.IMPORTED, attempt.saved().offerId(), null, List.of())
                : new RowReport(row.number(), contact.email(), RowStatus.REFUSED, null, null, errors);
    }

    /** {@code F45;M47} → two people; anything else in the cell is a reading error. */
    private static List<Person> people(CsvRow row, String column) {
        List<Person> people = new ArrayList<>();
        for (String item : row.list(column)) {
            Matcher person = PERSON.matcher(item);
            if (!person.matches()) {
                row.error(column, "invalid-format",
                        "Write each person as sex (F, M or X) and age, separated by semicolons, like F45;M47.");
                return List.of();
            }
            people.add(new Person(Sex.valueOf(person.group(1).toUpperCase(java.util.Locale.ROOT)),
                    Integer.valueOf(person.group(2))));
        }
        return people;
    }

    /** The CSV column of a field the host module named: {@code adults[1].age} is in {@code adults}. */
    private static String column(String field) {
        String base = field.replaceAll("[\\[.].*$", "");
        return switch (base) {
            case "email" -> "hostEmail";
            case "displayName" -> "hostName";
            default -> base;
        };
    }
}
