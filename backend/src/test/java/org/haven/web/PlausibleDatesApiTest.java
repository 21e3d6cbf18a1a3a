package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.haven.account.Role;
import org.haven.family.FamilyApiFixtures;
import org.haven.host.HostApiFixtures;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Dates outside 1900–2100 are refused everywhere with the field's {@code date-out-of-range}
 * error, and nothing is saved (the intake form and the CSV import have their own tests).
 */
@HttpTest
class PlausibleDatesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFamilyCaseWithTheYear999999999IsRefusedAndNotSaved() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        long cases = jdbc.queryForObject("select count(*) from family_case", Long.class);
        for (String date : new String[] {"+999999999-12-31", "1899-12-31", "2101-01-01", "-0001-01-01"}) {
            Map<String, Object> family = FamilyApiFixtures.family();
            family.put("neededFrom", date);
            assertOutOfRange(caseworker.postJson("/api/families", family), "neededFrom");
        }
        assertThat(jdbc.queryForObject("select count(*) from family_case", Long.class)).isEqualTo(cases);
        Map<String, Object> family = FamilyApiFixtures.family();
        family.put("neededFrom", "2100-12-31");
        assertThat(caseworker.postJson("/api/families", family).status()).as("the last day allowed").isEqualTo(201);
    }

    @Test
    void anOfferAVettingVisitAndAnAuditFilterOutOfRangeAreRefused() {
        ApiClient host = HostApiFixtures.newHost(port, "dates-host");
        Map<String, Object> offer = HostApiFixtures.offer("SE15 4AA");
        offer.put("availableUntil", "+999999999-01-01");
        assertOutOfRange(host.postJson("/api/host/offers", offer), "availableUntil");

        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        String hostId = host.get("/api/auth/me").json().path("id").asText();
        Map<String, Object> vetting = HostApiFixtures.allChecks("CHECKS_IN_PROGRESS");
        vetting.put("homeVisitDate", "1899-12-31");
        assertOutOfRange(caseworker.send("PUT", "/api/hosts/" + hostId + "/vetting", vetting), "homeVisitDate");

        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        assertOutOfRange(admin.get("/api/admin/audit-events?from=0999-01-01"), "from");
        assertOutOfRange(admin.get("/api/admin/audit-events?to=%2B999999999-01-01T00:00:00Z"), "to");
    }

    private static void assertOutOfRange(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.fieldCode(field)).as(response.body()).contains("date-out-of-range");
        assertThat(response.fieldError(field)).contains("Write a date between 1900-01-01 and 2100-12-31.");
    }
}
