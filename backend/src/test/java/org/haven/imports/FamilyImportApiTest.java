package org.haven.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.imports.ImportFixtures.FAMILY_HEADER;
import static org.haven.imports.ImportFixtures.csv;
import static org.haven.imports.ImportFixtures.errors;
import static org.haven.imports.ImportFixtures.importFamilies;
import static org.haven.imports.ImportFixtures.inDays;
import static org.haven.imports.ImportFixtures.message;
import static org.haven.imports.ImportFixtures.report;
import static org.haven.imports.ImportFixtures.row;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.shared.crypto.FieldEncryptor;
import org.haven.testing.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FamilyImportApiTest extends ImportApiTestBase {


    /** Names no other test uses, so the database can be asked about exactly these people. */
    String tag;

    @BeforeEach
    void newTag() {
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private String name(String first) {
        return first + tag;
    }

    /** Names are encrypted at rest: members are found by their search key, as the families list finds them. */
    private int membersNamed(String firstName) {
        return jdbc.queryForObject("select count(*) from family_member where first_name_key = ?", Integer.class,
                encryptor.searchKey(firstName));
    }

    @Autowired
    FieldEncryptor encryptor;

    @Test
    void formulaCellsAreKeptAsTextAndImplausibleDatesAreRefused() {
        String when = inDays(10);
        JsonNode report = report(importFamilies(caseworker, csv(FAMILY_HEADER,
                "G1,HIGH," + name("Roya") + ",30,F,LEAD,no,fa,,Leeds," + when + ",12,\"=\n1+1\",",
                "G1,,\"@SUM(A1)\",5,M,CHILD,,,,,,,,",
                "H1,HIGH," + name("Wali") + ",30,M,LEAD,no,fa,,Leeds,1899-12-31,12,,",
                "J1,HIGH," + name("Mina") + ",30,F,LEAD,no,fa,,Leeds,2101-01-01,12,,")));

        assertThat(errors(row(report, 4))).containsExactly("neededFrom date-out-of-range");
        assertThat(message(row(report, 4), "neededFrom")).hasValue("Write a date between 1900-01-01 and 2100-12-31.");
        assertThat(errors(row(report, 5))).containsExactly("neededFrom date-out-of-range");
        JsonNode family = caseworker.get("/api/families/" + row(report, 2).path("id").asText()).json();
        assertThat(family.path("notes").asText()).isEqualTo("'= 1+1");
        assertThat(family.path("members").get(1).path("firstName").asText()).isEqualTo("'@SUM(A1)");
    }

    @Test
    void goodFamiliesAreImportedAndBadRowsAreRefusedWithTheirReasons() {
        String when = inDays(10);
        JsonNode report = report(importFamilies(caseworker, csv(FAMILY_HEADER,
                // rows 2-3: a mother and her son, the family's values on the first row only
                "A1,HIGH," + name("Nadia") + ",34,F,LEAD,no,fa;ps,,Leeds," + when + ",12,,",
                "A1,," + name("Omid") + ",8,M,CHILD,,,,,,,,",
                // rows 4-5: a typo in an age and an unknown sex
                "B2,NORMAL," + name("Farid") + ",forty,M,LEAD,no,fa,,Leeds," + when + ",6,,",
                "B2,," + name("Zohra") + ",39,Q,PARTNER,,,,,,,,",
                // row 6: nobody is the lead
                "C3,CRITICAL," + name("Maryam") + ",29,F,PARTNER,no,uk,,Leeds," + when + ",6,,")));

        assertThat(report.path("imported").asInt()).isEqualTo(2);
        assertThat(report.path("refused").asInt()).isEqualTo(3);
        assertThat(report.path("importedRecords").asInt()).isEqualTo(1);
        assertThat(report.path("refusedRecords").asInt()).isEqualTo(2);
        assertThat(report.path("rows")).extracting(row -> row.path("row").asInt()).containsExactly(2, 3, 4, 5, 6);

        JsonNode nadia = row(report, 2);
        assertThat(nadia.path("status").asText()).isEqualTo("IMPORTED");
        assertThat(nadia.path("key").asText()).isEqualTo("A1");
        assertThat(nadia.path("reference").asText()).matches("F-[A-Z2-9]{6}");
        assertThat(row(report, 3).path("id").asText()).isEqualTo(nadia.path("id").asText());
        assertThat(errors(row(report, 4))).containsExactly("age invalid-format");
        assertThat(errors(row(report, 5))).containsExactly("sex invalid-value");
        assertThat(message(row(report, 5), "sex")).hasValue("Write one of F, M, X.");
        assertThat(errors(row(report, 6))).containsExactly("relationship one-lead");
        assertThat(row(report, 6).path("status").asText()).isEqualTo("REFUSED");

        // The imported case is an ordinary case: a Haven reference, both members, TRIAGE, audited as created.
        JsonNode family = caseworker.get("/api/families/" + nadia.path("id").asText()).json();
        assertThat(family.path("reference").asText()).isEqualTo(nadia.path("reference").asText());
        assertThat(family.path("status").asText()).isEqualTo("TRIAGE");
        assertThat(family.path("urgency").asText()).isEqualTo("HIGH");
        assertThat(family.path("members")).extracting(member -> member.path("firstName").asText())
                .containsExactly(name("Nadia"), name("Omid"));
        assertThat(family.path("languages")).extracting(JsonNode::asText).containsExactly("fa", "ps");
        assertThat(family.path("locationLabel").asText()).contains("Leeds");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'FAMILY_CREATED' and subject_id = ?",
                Integer.class, UUID.fromString(family.path("id").asText()))).isEqualTo(1);
    }

    @Test
    void aFamilyWithOneBadMemberRowLeavesNoCaseAndNoMemberBehind() {
        String when = inDays(10);
        int casesBefore = jdbc.queryForObject("select count(*) from family_case", Integer.class);

        JsonNode report = report(importFamilies(caseworker, csv(FAMILY_HEADER,
                "F9,HIGH," + name("Leila") + ",41,F,LEAD,no,fa,,Leeds," + when + ",12,,",
                "F9,," + name("Yusuf") + ",12,M,CHILD,,,,,,,,",
                "F9,," + name("Hamid") + ",130,M,CHILD,,,,,,,,")));

        assertThat(report.path("imported").asInt()).isZero();
        assertThat(report.path("refused").asInt()).isEqualTo(3);
        assertThat(errors(row(report, 4))).containsExactly("age out-of-range");
        assertThat(errors(row(report, 2))).containsExactly("familyRef family-refused");
        assertThat(message(row(report, 2), "familyRef")).hasValue("Not imported: family F9 has problems in row 4.");
        assertThat(row(report, 2).path("id").isNull()).isTrue();

        assertThat(caseworker.get("/api/families?q=" + name("Leila")).json().path("totalItems").asInt()).isZero();
        assertThat(membersNamed(name("Leila")) + membersNamed(name("Yusuf")) + membersNamed(name("Hamid"))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from family_case", Integer.class)).isEqualTo(casesBefore);
    }

    @Test
    void familyValuesThatDifferBetweenRowsRefuseTheFamily() {
        String when = inDays(10);
        JsonNode report = report(importFamilies(caseworker, csv(FAMILY_HEADER,
                "K1,HIGH," + name("Sima") + ",30,F,LEAD,no,fa,,Leeds," + when + ",12,,",
                "K1,HIGH," + name("Reza") + ",32,M,PARTNER,,FA,,Bristol,,,,",
                "K1,high," + name("Dina") + ",3,F,CHILD,,,,leeds,,,,")));

        assertThat(report.path("imported").asInt()).isZero();
        // Leeds and Bristol differ; "high" and "HIGH", "fa" and "FA", "Leeds" and "leeds" are the same answers.
        assertThat(errors(row(report, 2))).containsExactly("preferredPlace conflicting-value");
        assertThat(errors(row(report, 3))).containsExactly("preferredPlace conflicting-value");
        assertThat(message(row(report, 3), "preferredPlace")).hasValue(
                "Family K1 has different preferredPlace values in rows 2, 3, 4. Give it once, or the same on every row.");
        assertThat(membersNamed(name("Sima"))).isZero();
    }

    @Test
    void readyIsSetOnlyForACompleteFamilyByTheSameRuleAsTheStatusEndpoint() {
        String when = inDays(10);
        JsonNode report = report(importFamilies(caseworker, csv(FAMILY_HEADER,
                "R1,NORMAL," + name("Aziz") + ",50,M,LEAD,yes,fa,LS6 3AB,," + when + ",12,,READY",
                // no date and no age: matching cannot use this family yet
                "R2,NORMAL," + name("Parisa") + ",,F,LEAD,,fa,,Leeds,,12,,READY",
                "R3,NORMAL," + name("Karim") + ",44,M,LEAD,,fa,,Leeds," + when + ",12,,MATCHED")));

        JsonNode ready = row(report, 2);
        assertThat(ready.path("status").asText()).isEqualTo("IMPORTED");
        assertThat(caseworker.get("/api/families/" + ready.path("id").asText()).json().path("status").asText())
                .isEqualTo("READY");
        assertThat(errors(row(report, 3))).containsExactlyInAnyOrder("age required", "neededFrom required");
        assertThat(errors(row(report, 4))).containsExactly("status invalid-value");
        assertThat(membersNamed(name("Parisa")) + membersNamed(name("Karim"))).isZero();
    }

    @Test
    void theFamilyModulesOwnRulesAreNamedOnTheRowThatGaveTheValue() {
        JsonNode report = report(importFamilies(caseworker, csv(FAMILY_HEADER,
                "P1,NORMAL," + name("Ali") + ",50,M,LEAD,,,,,,,,",
                "P1,,,17,M,CHILD,,,,,2020-01-01,,,",
                "P2,NORMAL," + name("Sahar") + ",50,F,LEAD,,,ZZ99 9ZZ,,,,,")));

        assertThat(errors(row(report, 2))).containsExactly("familyRef family-refused");
        assertThat(errors(row(report, 3))).containsExactlyInAnyOrder("firstName required", "neededFrom date-not-future");
        assertThat(errors(row(report, 4))).containsExactly("preferredPostcode location-not-found");
    }

    @Test
    void rowsWithoutAFamilyReferenceAreRefusedOnTheirOwn() {
        JsonNode report = report(importFamilies(caseworker, csv(FAMILY_HEADER,
                ",HIGH," + name("Noor") + ",30,F,LEAD,,,,,,,,",
                "",
                "N1,HIGH," + name("Bashir") + ",30,M,LEAD,,,,,,,,")));

        assertThat(errors(row(report, 2))).containsExactly("familyRef required");
        assertThat(row(report, 4).path("status").asText()).isEqualTo("IMPORTED");
        assertThat(report.path("rows")).hasSize(2);
    }

    @Test
    void aHeaderThatDoesNotMatchTheTemplateRefusesTheWholeFileBeforeAnyRow() {
        Response unknown = importFamilies(caseworker, csv("familyRef,urgency,firstName,relationship,shoeSize",
                "U1,HIGH," + name("Tariq") + ",LEAD,44"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.fieldCode("shoeSize")).hasValue("unknown-column");
        assertThat(unknown.json().path("detail").asText()).contains("Haven does not know the column 'shoeSize'")
                .endsWith("No row was imported.");
        assertThat(membersNamed(name("Tariq"))).isZero();

        Response missing = importFamilies(caseworker, csv("familyRef,firstName,relationship", "M1," + name("Tariq") + ",LEAD"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.fieldCode("urgency")).hasValue("missing-column");

        Response twice = importFamilies(caseworker, csv("familyRef,urgency,firstName,relationship,FIRSTNAME", "x,HIGH,a,LEAD,b"));
        assertThat(twice.fieldCode("firstName")).hasValue("duplicate-column");

        Response semicolons = importFamilies(caseworker, csv("familyRef;urgency;firstName;relationship"));
        assertThat(semicolons.json().path("detail").asText()).contains("semicolons");
    }

    @Test
    void aFileThatIsNotUtf8OrNotCsvOrMissingIsRefusedWithAReason() {
        byte[] latin1 = (FAMILY_HEADER + "\r\nL1,HIGH,Jos\u00e9,30,M,LEAD,,,,,,,,\r\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(importFamilies(caseworker, latin1).fieldCode("file")).hasValue("invalid-encoding");

        Response unclosedQuote = importFamilies(caseworker, csv(FAMILY_HEADER, "Q1,HIGH,\"Jo,30,M,LEAD"));
        assertThat(unclosedQuote.status()).isEqualTo(400);
        assertThat(unclosedQuote.fieldCode("file")).hasValue("invalid-format");

        assertThat(importFamilies(caseworker, new byte[0]).fieldCode("file")).hasValue("required");
        Response json = caseworker.postJson("/api/import/families", "{}");
        assertThat(json.status()).isEqualTo(415);
    }

    @Test
    void theTemplateDownloadsAndImportsAsItIs() {
        Response template = caseworker.get("/api/import/families/template.csv");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.contentType()).startsWith("text/csv");
        assertThat(template.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("attachment").contains("haven-families-template.csv"));
        String text = template.body();
        assertThat(text).startsWith("\uFEFFfamilyRef,urgency,firstName,age,sex,relationship,wheelchairUser,languages,");

        JsonNode report = report(importFamilies(caseworker, text.getBytes(StandardCharsets.UTF_8)));
        assertThat(report.path("imported").asInt()).isEqualTo(2);
        assertThat(report.path("importedRecords").asInt()).isEqualTo(1);
        JsonNode family = caseworker.get("/api/families/" + row(report, 2).path("id").asText()).json();
        assertThat(family.path("size").asInt()).isEqualTo(2);
        assertThat(family.path("contactPhone").asText()).isEqualTo("+44 7700 900123");
    }

    @Test
    void eachImportIsAuditedOnceWithItsCounts() {
        UUID caseworkerId = UUID.fromString(caseworker.get("/api/auth/me").json().path("id").asText());
        report(importFamilies(caseworker, csv(FAMILY_HEADER,
                "E1,HIGH," + name("Hana") + ",30,F,LEAD,,,,,,,,",
                "E2,HIGH," + name("Omar") + ",,M,CHILD,,,,,,,,")));

        var events = jdbc.queryForList("select subject_type, subject_id from audit_event where actor_id = ? and action = ?",
                caseworkerId, "IMPORT_FAMILIES");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("SUBJECT_TYPE")).isEqualTo("IMPORT");
        var run = jdbc.queryForMap("select * from import_run where id = ?", events.get(0).get("SUBJECT_ID"));
        assertThat(run).containsEntry("KIND", "FAMILIES").containsEntry("IMPORTED_BY", caseworkerId)
                .containsEntry("ROWS_IMPORTED", 1).containsEntry("ROWS_REFUSED", 1)
                .containsEntry("RECORDS_IMPORTED", 1).containsEntry("RECORDS_REFUSED", 1);
    }
}
