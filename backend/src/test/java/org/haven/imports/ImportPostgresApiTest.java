package org.haven.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.imports.ImportFixtures.FAMILY_HEADER;
import static org.haven.imports.ImportFixtures.OFFER_HEADER;
import static org.haven.imports.ImportFixtures.csv;
import static org.haven.imports.ImportFixtures.errors;
import static org.haven.imports.ImportFixtures.importFamilies;
import static org.haven.imports.ImportFixtures.importOffers;
import static org.haven.imports.ImportFixtures.inDays;
import static org.haven.imports.ImportFixtures.report;
import static org.haven.imports.ImportFixtures.row;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.account.Role;
import org.haven.testing.ApiClient;
import org.haven.testing.PostgresHttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Imports on PostgreSQL (the V8 and V32 tables, the per-family savepoints of a batch, the job's lease
 * and the one-import-at-a-time rule) as production runs them.
 */
@PostgresHttpTest
class ImportPostgresApiTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void aRefusedFamilyLeavesNothingAndTheOthersAreKeptOnPostgres() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        String when = inDays(10);
        // The database is shared with the other PostgreSQL API tests: count what this import added.
        List<UUID> casesBefore = jdbc.queryForList("select id from family_case", UUID.class);
        int runsBefore = jdbc.queryForObject("select count(*) from import_run", Integer.class);

        JsonNode families = report(importFamilies(caseworker, csv(FAMILY_HEADER,
                "G1,HIGH,Pgnadia,34,F,LEAD,no,fa;ps,,Leeds," + when + ",12,Fled after threats,READY",
                "G1,,Pgomid,8,M,CHILD,,,,,,,,",
                "B1,HIGH,Pgfarid,40,M,LEAD,,fa,,Leeds," + when + ",12,,",
                "B1,,Pgzohra,140,F,PARTNER,,,,,,,,")));
        JsonNode offers = report(importOffers(caseworker, csv(OFFER_HEADER,
                "pg-imported@example.org,Pat Imported,F45,,en,no,,no,Room,ROOM_IN_HOME,1 Long Street,,Leeds,1,2,,yes,"
                        + inDays(7) + ",,6")));

        assertThat(row(families, 2).path("status").asText()).isEqualTo("IMPORTED");
        assertThat(errors(row(families, 5))).containsExactly("age out-of-range");
        List<UUID> added = jdbc.queryForList("select id from family_case", UUID.class);
        added.removeAll(casesBefore);
        assertThat(added).as("only the good family").hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from family_member where family_id = ?", Integer.class,
                added.get(0))).isEqualTo(2);
        assertThat(jdbc.queryForObject("select status from family_case where id = ?", String.class, added.get(0)))
                .isEqualTo("READY");
        assertThat(offers.path("imported").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from import_run", Integer.class)).isEqualTo(runsBefore + 2);
        assertThat(new ApiClient(port).login("pg-imported@example.org", "").status()).isEqualTo(401);
    }

    @Test
    void anUploadIsAcceptedThenReportedRowByRowOnPostgres() {
        ImportJobScenarios.anUploadIsAcceptedThenReportedRowByRow(testAccounts.signedIn(Role.CASEWORKER),
                testAccounts.signedIn(Role.CASEWORKER), jdbc);
    }

    @Test
    void anImportRunningElsewhereRefusesAnotherUntilItsLeaseExpiresOnPostgres() {
        ImportJobScenarios.anImportRunningElsewhereRefusesAnotherUntilItsLeaseExpires(
                testAccounts.signedIn(Role.CASEWORKER), jdbc);
    }
}
