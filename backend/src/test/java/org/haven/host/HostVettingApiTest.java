package org.haven.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.host.HostApiFixtures.allChecks;
import static org.haven.host.HostApiFixtures.household;
import static org.haven.host.HostApiFixtures.newHost;
import static org.haven.host.HostApiFixtures.offer;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.account.Role;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@HttpTest
class HostVettingApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    private static String idOf(ApiClient host) {
        return host.get("/api/auth/me").json().path("id").asText();
    }

    @Test
    void theAreaFilterTakesAWholeAreaOrDistrictAndNeverAnotherAreaWithTheSameFirstLetters() {
        String name = "Areal" + System.nanoTime();
        ApiClient host = newHost(port, name);
        host.send("PUT", "/api/host/household", household());
        host.postJson("/api/host/offers", offer("SE15 4AA"));
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);

        for (String area : List.of("SE", "se", "SE15", " se15 ")) {
            assertThat(caseworker.get("/api/hosts?q=" + name + "&area=" + area.replace(" ", "%20")).json()
                    .path("totalItems").asLong()).as(area).isEqualTo(1);
        }
        for (String area : List.of("S", "SE1", "SE154", "E", "15", "%", "_E")) {
            assertThat(caseworker.get("/api/hosts?q=" + name + "&area=" + area.replace("%", "%25")).json()
                    .path("totalItems").asLong()).as(area).isZero();
        }
    }

    @Test
    void aCaseworkerFindsAHostByNameAndByAreaAndReadsTheFullRecord() {
        String name = "Findable" + System.nanoTime();
        ApiClient host = newHost(port, name);
        host.send("PUT", "/api/host/household", household());
        host.postJson("/api/host/offers", offer("SE15 4AA"));
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);

        JsonNode byName = caseworker.get("/api/hosts?q=" + name.toLowerCase() + "&status=APPLIED").json();
        JsonNode byArea = caseworker.get("/api/hosts?area=SE15&q=" + name).json();
        JsonNode wrongArea = caseworker.get("/api/hosts?area=LS&q=" + name).json();

        assertThat(byName.path("totalItems").asLong()).isEqualTo(1);
        JsonNode summary = byName.path("items").get(0);
        assertThat(summary.path("displayName").asText()).isEqualTo(name);
        assertThat(summary.path("areas")).extracting(JsonNode::asText).containsExactly("SE");
        assertThat(summary.path("availableOfferCount").asInt()).isEqualTo(1);
        assertThat(byArea.path("totalItems").asLong()).isEqualTo(1);
        assertThat(wrongArea.path("totalItems").asLong()).isZero();

        JsonNode detail = caseworker.get("/api/hosts/" + summary.path("id").asText()).json();
        assertThat(detail.path("household").path("adults")).hasSize(2);
        assertThat(detail.path("offers").get(0).path("address").asText()).contains("Canary Lane");
        Integer audited = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'HOST_RECORD_VIEWED' and subject_id = ?",
                Integer.class, UUID.fromString(summary.path("id").asText()));
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void aHostIsApprovedOnlyAfterEveryCheckAndSeesTheOutcomeButNotTheNotes() {
        ApiClient host = newHost(port, "vetted-host");
        String hostId = idOf(host);
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        Map<String, Object> incomplete = allChecks("APPROVED");
        incomplete.put("trainingDone", false);
        incomplete.put("homeVisitOutcome", "CONCERNS");

        Map<String, Object> started = allChecks("CHECKS_IN_PROGRESS");
        started.put("note", "Visit booked; private remark about the household");
        assertThat(caseworker.send("PUT", "/api/hosts/" + hostId + "/vetting", started).status()).isEqualTo(200);

        Response missing = caseworker.send("PUT", "/api/hosts/" + hostId + "/vetting", incomplete);
        assertThat(missing.status()).isEqualTo(409);
        assertThat(missing.fieldCode("trainingDone")).contains("check-missing");
        assertThat(missing.fieldCode("homeVisitOutcome")).contains("check-missing");
        assertThat(host.get("/api/host/vetting").json().path("status").asText()).isEqualTo("CHECKS_IN_PROGRESS");

        Response approved = caseworker.send("PUT", "/api/hosts/" + hostId + "/vetting", allChecks("APPROVED"));
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().path("history")).hasSize(2);
        assertThat(approved.json().path("history").get(1).path("note").asText()).startsWith("Visit booked");

        Response own = host.get("/api/host/vetting");
        assertThat(own.json().path("status").asText()).isEqualTo("APPROVED");
        assertThat(own.json().path("pending")).isEmpty();
        assertThat(own.body()).doesNotContain("private remark", "note", "Callum");
    }

    @Test
    void aCaseworkerApprovesANewHostInOneSaveWhenEveryCheckIsRecordedAndTheHistoryShowsBothSteps() {
        ApiClient host = newHost(port, "one-step-host");
        String hostId = idOf(host);
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        assertThat(caseworker.get("/api/hosts/" + hostId).json().path("nextStatuses")).extracting(JsonNode::asText)
                .containsExactly("CHECKS_IN_PROGRESS", "APPROVED", "REJECTED", "WITHDRAWN");
        Map<String, Object> noDbs = allChecks("APPROVED");
        noDbs.put("dbsLevel", "NONE");
        noDbs.put("identityVerified", false);

        Response missing = caseworker.send("PUT", "/api/hosts/" + hostId + "/vetting", noDbs);

        assertThat(missing.status()).isEqualTo(409);
        assertThat(missing.json().path("type").asText()).isEqualTo("urn:haven:problem:conflict");
        assertThat(missing.json().path("detail").asText()).contains("IDENTITY", "DBS");
        assertThat(missing.fieldCode("dbsLevel")).contains("check-missing");
        assertThat(missing.fieldCode("identityVerified")).contains("check-missing");
        JsonNode unchanged = caseworker.get("/api/hosts/" + hostId).json();
        assertThat(unchanged.path("status").asText()).as("a refused approval changes nothing").isEqualTo("APPLIED");
        assertThat(unchanged.path("history")).isEmpty();
        assertThat(unchanged.path("vetting").path("identityVerified").asBoolean()).isFalse();

        Map<String, Object> approve = allChecks("APPROVED");
        approve.put("note", "All five checks done at the home visit");
        Response approved = caseworker.send("PUT", "/api/hosts/" + hostId + "/vetting", approve);

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.json().path("nextStatuses")).extracting(JsonNode::asText)
                .containsExactly("PAUSED", "REJECTED", "WITHDRAWN");
        JsonNode history = approved.json().path("history");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("fromStatus").asText()).isEqualTo("CHECKS_IN_PROGRESS");
        assertThat(history.get(0).path("toStatus").asText()).isEqualTo("APPROVED");
        assertThat(history.get(0).path("note").asText()).isEqualTo("All five checks done at the home visit");
        assertThat(history.get(1).path("fromStatus").asText()).isEqualTo("APPLIED");
        assertThat(history.get(1).path("toStatus").asText()).isEqualTo("CHECKS_IN_PROGRESS");
        assertThat(history.get(1).path("note").isNull()).isTrue();
        assertThat(jdbc.queryForList("select action from audit_event where subject_id = ? and action like 'VETTING_%'",
                String.class, UUID.fromString(hostId)))
                .containsExactlyInAnyOrder("VETTING_APPLIED_TO_CHECKS_IN_PROGRESS", "VETTING_CHECKS_IN_PROGRESS_TO_APPROVED");
        assertThat(host.get("/api/host/vetting").json().path("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void rejectingOrPausingNeedsANoteAndFinalStatusesStayFinal() {
        String hostId = idOf(newHost(port, "rejected-host"));
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        Map<String, Object> reject = allChecks("REJECTED");

        Response noNote = caseworker.send("PUT", "/api/hosts/" + hostId + "/vetting", reject);
        reject.put("note", "References raised a safeguarding concern");
        Response rejected = caseworker.send("PUT", "/api/hosts/" + hostId + "/vetting", reject);
        Response reopen = caseworker.send("PUT", "/api/hosts/" + hostId + "/vetting", allChecks("CHECKS_IN_PROGRESS"));

        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.fieldCode("note")).contains("required");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(reopen.status()).isEqualTo(409);
        String stored = jdbc.queryForObject("select note from host_vetting_event where host_id = ? and to_status = 'REJECTED'",
                String.class, UUID.fromString(hostId));
        assertThat(stored).startsWith("v1:").doesNotContain("safeguarding");
    }

    @Test
    void onlyCaseworkersRecordVettingAndHostsNeverReachOtherHosts() {
        ApiClient host = newHost(port, "curious-host");
        String otherHost = idOf(newHost(port, "other-host"));
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);

        assertThat(new ApiClient(port).get("/api/hosts").status()).isEqualTo(401);
        assertThat(host.get("/api/hosts").status()).isEqualTo(404);
        assertThat(host.get("/api/hosts/" + otherHost).status()).isEqualTo(404);
        assertThat(admin.get("/api/hosts/" + otherHost).status()).isEqualTo(200);
        assertThat(admin.send("PUT", "/api/hosts/" + otherHost + "/vetting", allChecks("CHECKS_IN_PROGRESS")).status())
                .isEqualTo(403);
        assertThat(testAccounts.signedIn(Role.CASEWORKER).get("/api/hosts/" + UUID.randomUUID()).status()).isEqualTo(404);
    }
}
