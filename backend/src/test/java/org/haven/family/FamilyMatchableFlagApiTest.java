package org.haven.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.account.Role;
import org.haven.testing.ApiClient;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * family_case.matchable follows every change the rule reads, written by the case itself, and
 * not by a JPA callback: an edit that changes only the members (an element collection) still
 * updates the stored flag, and so does a status move, a placement's move and an erasure.
 */
@HttpTest
class FamilyMatchableFlagApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    private boolean stored(String id) {
        return jdbc.queryForObject("select matchable from family_case where id = ?", Boolean.class, UUID.fromString(id));
    }

    @SuppressWarnings("unchecked")
    private void editMember(ApiClient caseworker, String id, String field, Object value) {
        Map<String, Object> details = FamilyApiFixtures.family();
        ((List<Map<String, Object>>) details.get("members")).get(2).put(field, value);
        details.put("version", caseworker.get("/api/families/" + id).json().path("version").asLong());
        assertThat(caseworker.send("PUT", "/api/families/" + id, details).status()).isEqualTo(200);
    }

    @Test
    void theStoredFlagFollowsMembersOnlyEditsStatusMovesAndErasure() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        String id = caseworker.postJson("/api/families", FamilyApiFixtures.family()).json().path("id").asText();
        assertThat(stored(id)).as("TRIAGE").isFalse();
        assertThat(caseworker.postJson("/api/families/" + id + "/status", Map.of("status", "READY")).status())
                .isEqualTo(200);
        assertThat(stored(id)).as("READY with everything").isTrue();

        // Only a member changes: the rest of the case is sent exactly as stored.
        editMember(caseworker, id, "sex", null);
        assertThat(stored(id)).as("a child's sex unknown").isFalse();
        editMember(caseworker, id, "sex", "F");
        assertThat(stored(id)).as("known again").isTrue();
        editMember(caseworker, id, "age", null);
        assertThat(stored(id)).as("a child's age unknown").isFalse();
        editMember(caseworker, id, "age", 8);
        assertThat(stored(id)).isTrue();

        assertThat(caseworker.postJson("/api/families/" + id + "/status", Map.of("status", "TRIAGE")).status())
                .isEqualTo(200);
        assertThat(stored(id)).as("back in triage").isFalse();
        assertThat(caseworker.postJson("/api/families/" + id + "/status", Map.of("status", "READY")).status())
                .isEqualTo(200);
        assertThat(stored(id)).isTrue();
        assertThat(caseworker.postJson("/api/families/" + id + "/erase", Map.of()).status()).isEqualTo(200);
        assertThat(stored(id)).as("erased, so CLOSED").isFalse();
    }
}
