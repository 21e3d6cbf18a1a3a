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

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.account.Role;
import org.haven.testing.ApiClient;
import org.haven.testing.EmbeddedPostgresSupport;
import org.haven.testing.EmbeddedPostgresSupport.Database;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Imports on PostgreSQL (the V8 table, the per-family rollback) as production runs them. */
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "haven.admin.email=pg-import-admin@haven.test",
        "haven.admin.password=postgres admin pass phrase"
})
@Import(TestAccounts.class)
class ImportPostgresApiTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Database database = EmbeddedPostgresSupport.newDatabase();
        registry.add("HAVEN_DB_URL", database::jdbcUrl);
        registry.add("HAVEN_DB_USER", database::username);
        registry.add("HAVEN_DB_PASSWORD", database::password);
    }

    @Test
    void aRefusedFamilyLeavesNothingAndTheOthersAreKeptOnPostgres() {
        ApiClient caseworker = new ApiClient(port);
        caseworker.login(testAccounts.create(Role.CASEWORKER), TestAccounts.PASSWORD);
        String when = inDays(10);

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
        assertThat(jdbc.queryForObject("select count(*) from family_case", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from family_member", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select status from family_case", String.class)).isEqualTo("READY");
        assertThat(offers.path("imported").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from import_run", Integer.class)).isEqualTo(2);
        assertThat(new ApiClient(port).login("pg-imported@example.org", "").status()).isEqualTo(401);
    }
}
